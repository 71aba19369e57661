// The engine in the page itself, for a corpus small enough that a search takes a fraction of a millisecond: its
// answer then paints with the key that asked for it. Through the worker, the answer comes back as a task of its own,
// which Chromium runs after the next frame: two frames a key (35 ms median on the seeds) where one will do. A larger
// corpus keeps the worker, so that typing never waits for a search; its page gets `null` here, and no data.
import type { SearchDataJson } from './search-data.ts';
import { createEngine, type Engine } from './engine.ts';
import { readSearchData } from './search-data.ts';

/** Passages up to which the page searches itself (the seeds have 116; 1,000 news-like articles some 30,000). */
export const IN_PAGE_PASSAGES = 10_000;

/** Whether a corpus of `passages` passages is searched in the page. */
export const searchedInPage = (passages: number): boolean => passages <= IN_PAGE_PASSAGES;

/** The engine over the search data of a corpus searched in the page. */
export function inPageEngine(data: SearchDataJson): Engine {
  return createEngine(readSearchData(data));
}
