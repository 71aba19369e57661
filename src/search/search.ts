// Search on the page: the engine's results with the articles themselves, and each hit's ranges worked out when read.
import type { PassageRef } from '../corpus/search-index.ts';
import type { Article, Corpus, Range } from '../corpus/types.ts';
import { createEngine, type EngineHit, type SearchFilters } from './engine.ts';
import type { Query } from './query.ts';
import { searchData } from './search-data.ts';

export type { SearchFilters } from './engine.ts';

export interface PassageHit extends PassageRef, EngineHit {
  /** What to highlight: ranges of the article's text, in order, not overlapping (worked out when first read). */
  readonly ranges: Range[];
}

export interface ArticleHits {
  article: Article;
  hits: PassageHit[];
}

export interface SearchResult {
  query: Query;
  /** Articles with a matching passage, best first; each article's passages best first. */
  groups: ArticleHits[];
  /** Matching passages in all. */
  total: number;
}

/**
 * A search function over one corpus; build it once, call it on every keystroke. Plain queries: Fuse matches each
 * word of the query, typos and all, against the few index words its bigrams allow (word-grams.ts); the word index
 * then gives the passages holding those words. Queries in Fuse's extended syntax run Fuse over the passages their
 * words allow (extended-candidates.ts). See engine.ts; search.worker.ts runs the same engine off the main thread.
 */
export function createSearch(
  corpus: Pick<Corpus, 'articles' | 'search'>,
): (query: string, filters?: SearchFilters) => SearchResult {
  const engine = createEngine(searchData(corpus));
  return function search(text: string, filters: SearchFilters = {}): SearchResult {
    const { query, total, groups } = engine.search(text, filters);
    const mark = engine.marker(query);
    return {
      query,
      total,
      groups: groups.flatMap(({ article, hits }) => {
        const a = corpus.articles[article];
        return a ? [{ article: a, hits: hits.map((h) => new Hit(h, mark)) }] : [];
      }),
    };
  };
}

class Hit implements PassageHit {
  readonly passage: number;
  readonly article: number;
  readonly sentence: number;
  readonly phrase: boolean;
  readonly termsMatched: number;
  readonly score: number;
  #ranges: Range[] | undefined;
  /** `mark`: the query's marker, one for all the hits of a search: most hits are counted, not shown. */
  constructor(
    hit: EngineHit,
    private readonly mark: (passage: number) => Range[],
  ) {
    this.passage = hit.passage;
    this.article = hit.article;
    this.sentence = hit.sentence;
    this.phrase = hit.phrase;
    this.termsMatched = hit.termsMatched;
    this.score = hit.score;
  }
  get ranges(): Range[] {
    this.#ranges ??= this.mark(this.passage);
    return this.#ranges;
  }
}
