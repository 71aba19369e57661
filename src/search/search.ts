// Search on the page: the worker's answer with the articles themselves, as the views show it.
import type { PassageRef } from '../corpus/search-index.ts';
import type { Article, Range } from '../corpus/types.ts';
import type { EngineHit } from './engine.ts';
import type { WorkerResult } from './protocol.ts';
import type { Query } from './query.ts';

export type { SearchFilters } from './engine.ts';

export interface PassageHit extends PassageRef, EngineHit {
  /** What to highlight: ranges of the article's text, in order, not overlapping. */
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
 * The worker's answer with each group's article. Ask the worker to mark every hit (`marked: Infinity`): a hit it
 * left unmarked has nothing to highlight here.
 */
export function withArticles(articles: readonly Article[], result: WorkerResult): SearchResult {
  return {
    query: result.query,
    total: result.total,
    groups: result.groups.flatMap(({ article, hits }) => {
      const found = articles[article];
      return found
        ? [{ article: found, hits: hits.map((hit) => ({ ...hit, ranges: hit.ranges ?? [] })) }]
        : [];
    }),
  };
}
