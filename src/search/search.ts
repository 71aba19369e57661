// Search on the page: the worker's answer with the articles themselves, as the views show it.
import type { PassageRef } from '../corpus/client.ts';
import type { Article, Range } from '../corpus/types.ts';
import type { EngineHit } from './engine.ts';
import type { WorkerResult } from './protocol.ts';
import type { Query } from './query.ts';

export type { SearchFilters } from './engine.ts';

export interface PassageHit extends PassageRef, EngineHit {
  /** What to highlight: ranges of the article's text, in order, not overlapping. */
  readonly ranges: Range[];
  /** Whether the answer marked it: past the first few of an article, `ranges` are asked for when shown. */
  readonly marked: boolean;
}

export interface ArticleHits {
  article: Article;
  hits: PassageHit[];
}

export interface SearchResult {
  query: Query;
  /** The first articles with a matching passage, best first; each article's passages best first. */
  groups: ArticleHits[];
  /** Matching passages, and the articles holding them, in all. */
  total: number;
  articles: number;
}

/** The worker's answer with each group's article; a hit it left unmarked has no ranges yet (`marked` false). */
export function withArticles(articles: readonly Article[], result: WorkerResult): SearchResult {
  return {
    query: result.query,
    total: result.total,
    articles: result.articles,
    groups: result.groups.flatMap(({ article, hits }) => {
      const found = articles[article];
      return found
        ? [
            {
              article: found,
              hits: hits.map((hit) => ({
                ...hit,
                ranges: hit.ranges ?? [],
                marked: hit.ranges !== undefined,
              })),
            },
          ]
        : [];
    }),
  };
}
