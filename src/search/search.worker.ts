// The search worker: the engine off the main thread, so that typing never waits for a search. It takes the
// search data once (`load`), then answers each request in turn (protocol.ts); worker-client.ts is its page side.
/// <reference lib="webworker" />
import { createEngine, type Engine } from './engine.ts';
import { answer, type Request, type Response } from './protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

let engine: Engine | null = null;

self.onmessage = ({ data: request }: MessageEvent<Request>) => {
  if (request.kind === 'load') {
    engine = createEngine(request.data);
    return;
  }
  const response: Response = engine
    ? answer(engine, request)
    : { kind: 'error', id: request.id, message: 'the search data has not been loaded' };
  self.postMessage(response);
};
