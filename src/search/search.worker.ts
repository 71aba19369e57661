// The search worker: the engine off the main thread, so that typing never waits for a search. It reads the search
// data the build wrote for it (parsed here, not on the page), then answers each request in turn (protocol.ts);
// worker-client.ts is its page side.
/// <reference lib="webworker" />
import data from 'virtual:corpus/search-data';
import { createEngine } from './engine.ts';
import { answer, type Request } from './protocol.ts';
import { readSearchData } from './search-data.ts';

declare const self: DedicatedWorkerGlobalScope;

const engine = createEngine(readSearchData(data));

self.onmessage = ({ data: request }: MessageEvent<Request>) => {
  self.postMessage(answer(engine, request));
};
