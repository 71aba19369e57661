// For unit tests: a corpus searched as the page searches it, through the search data the build writes for the worker.
import type { Corpus } from '../corpus/types.ts';
import { createEngine, type Engine, type SearchFilters } from '../search/engine.ts';
import { answer } from '../search/protocol.ts';
import { readSearchData, searchData, searchDataJson, type SearchDataJson } from '../search/search-data.ts';
import { withArticles, type SearchResult } from '../search/search.ts';

/** The engine over a corpus's search data as the build writes it for the worker and the worker reads it back. */
export function workerEngine(corpus: Corpus): Engine {
  const json = JSON.parse(JSON.stringify(searchDataJson(searchData(corpus)))) as SearchDataJson;
  return createEngine(readSearchData(json));
}

/** Search as the page runs it: the worker's answer to a query, every hit marked, with its articles. */
export function pageSearch(corpus: Corpus): (query: string, filters?: SearchFilters) => SearchResult {
  const engine = workerEngine(corpus);
  return (query, filters = {}) => {
    const response = answer(engine, {
      kind: 'search',
      id: 0,
      query,
      filters,
      groups: Infinity,
      marked: Infinity,
    });
    if (response.kind !== 'search') throw new Error(`the worker answered ${response.kind}`);
    return withArticles(corpus.articles, response.result);
  };
}
