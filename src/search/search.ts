// Search on the page: the worker's answer with the articles themselves, as the views show it.
import type { PassageRef } from '../corpus/client.ts';
import type { Article, Range } from '../corpus/types.ts';
import type { Count, EngineHit } from './engine.ts';
import type { WorkerResult } from './protocol.ts';
import type { Query } from './query.ts';

export type { SearchFilters } from './engine.ts';

export interface PassageHit extends PassageRef, EngineHit {
  /** What to highlight: ranges of the article's text, in order, not overlapping. */
  readonly ranges: Range[];
  /** Whether the answer marked it: past the first few of an article, `ranges` are asked for when shown. */
  readonly marked: boolean;
}

/** One article's matching passages of one kind: exact, or close (see word-match.ts). */
export interface ArticleHits {
  article: Article;
  close: boolean;
  hits: PassageHit[];
}

export interface SearchResult {
  query: Query;
  /** The first articles with a matching passage, exact matches first, best first; each one's passages best first. */
  groups: ArticleHits[];
  /** Matching passages, and the articles holding them, in all. */
  total: number;
  articles: number;
  /** The exact matches and the close ones, each counted; an article holding both is a group of each. */
  exact: Count;
  close: Count;
  /** The query as searched, folded, when a word of it was in no passage and a close one was taken for it. */
  meant: string | null;
  /** Each article's matching passages with no filter, by article number. */
  perArticle: Int32Array;
}

/** The worker's answer with each group's article; a hit it left unmarked has no ranges yet (`marked` false). */
export function withArticles(articles: readonly Article[], result: WorkerResult): SearchResult {
  return {
    query: result.query,
    total: result.total,
    articles: result.articles,
    exact: result.exact,
    close: result.close,
    meant: result.meant,
    perArticle: result.perArticle,
    groups: result.groups.flatMap(({ article, close, hits }) => {
      const found = articles[article];
      return found
        ? [
            {
              article: found,
              close,
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
