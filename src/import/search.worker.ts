// The search worker for an imported corpus: the bundled corpus's worker (src/search/search.worker.ts) has its data
// built in, this one is told first where to find it — the corpus's id in the browser's storage, or the data itself
// for a corpus kept in memory — and loads and parses it here, off the page, before answering any request.
/// <reference lib="webworker" />
import { createEngine, type Engine } from '../search/engine.ts';
import { answer, type Request, type Response } from '../search/protocol.ts';
import { readSearchData, type SearchDataJson } from '../search/search-data.ts';
import { getData } from './store.ts';

declare const self: DedicatedWorkerGlobalScope;

/** The first message: where the search data is. */
export type SearchDataAt = { corpus: string } | { json: string };

async function load(at: SearchDataAt): Promise<Engine> {
  const json = 'json' in at ? at.json : await getData(at.corpus, 'search');
  if (typeof json !== 'string') throw new Error('this corpus is no longer in the browser’s storage');
  return createEngine(readSearchData(JSON.parse(json) as SearchDataJson));
}

let engine: Promise<Engine> | undefined;

self.onmessage = ({ data }: MessageEvent<SearchDataAt | Request>) => {
  if (!('kind' in data)) {
    engine = load(data);
    return;
  }
  const request = data;
  const answered = engine ?? Promise.reject(new Error('the search worker was not told where its data is'));
  answered.then(
    (ready) => {
      self.postMessage(answer(ready, request));
    },
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      self.postMessage({ kind: 'error', id: request.id, message } satisfies Response);
    },
  );
};
