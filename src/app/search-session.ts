// The search of the corpus the page reads: a worker started when a search first needs it, which loads the search
// data itself; or, for a small corpus, the engine in the page (src/search/in-page.ts), its data asked for once, when
// results first show. The engine's code comes with it, so that neither weighs on the first page load. Each corpus
// source has its own; opening another corpus closes the last one's worker.
import type { Engine } from '../search/engine.ts';
import { createSearchClient, type SearchClient } from '../search/worker-client.ts';
import type { CorpusSource } from './corpus-source.ts';
import { currentSource } from './corpus-parts.ts';

interface Searches {
  source: CorpusSource;
  client?: Promise<SearchClient>;
  inPage?: Promise<Engine | null>;
}

let searches: Searches | undefined;

function ofCurrent(): Searches {
  const source = currentSource();
  if (searches?.source !== source) {
    void searches?.client?.then((client) => {
      client.close();
    });
    searches = { source };
  }
  return searches;
}

/** The search worker's client for the corpus the page reads. */
export function searchClient(): Promise<SearchClient> {
  const current = ofCurrent();
  return (current.client ??= current.source.searchWorker().then((worker) => createSearchClient(worker)));
}

/** The engine in the page, for a corpus small enough; null for one the worker searches. */
export function pageEngine(): Promise<Engine | null> {
  const current = ofCurrent();
  return (current.inPage ??= current.source
    .searchInPage()
    .then(async (data) =>
      data === null ? null : (await import('../search/in-page.ts')).inPageEngine(data),
    ));
}
