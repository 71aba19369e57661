// The compare view's URL state: which articles (`?a=`, `?b=`), with defaults, and what a swap writes.
import type { Article } from '../../corpus/types.ts';
import type { Query, QueryPatch } from '../../app/location.ts';

export type CompareSelection =
  | { kind: 'pair'; a: number; b: number }
  /** Ids in the URL that name no article. */
  | { kind: 'unknown'; ids: string[] }
  /** Fewer than two articles in the corpus. */
  | { kind: 'too-few' };

/** The two articles `?a=` and `?b=` name, by index; the first two articles (distinct) where the URL is silent. */
export function selectArticles(articles: readonly Pick<Article, 'id'>[], query: Query): CompareSelection {
  if (articles.length < 2) return { kind: 'too-few' };
  const indexOf = (id: string | undefined) =>
    id === undefined ? -1 : articles.findIndex((x) => x.id === id);
  const unknown = [query.a, query.b].filter((id): id is string => id !== undefined && indexOf(id) === -1);
  if (unknown.length > 0) return { kind: 'unknown', ids: unknown };
  const a =
    query.a === undefined ? (query.b === undefined || indexOf(query.b) !== 0 ? 0 : 1) : indexOf(query.a);
  const b = query.b === undefined ? (a === 0 ? 1 : 0) : indexOf(query.b);
  return { kind: 'pair', a, b };
}

/** The URL change that swaps the two sides. */
export function swapPatch(articles: readonly Pick<Article, 'id'>[], a: number, b: number): QueryPatch {
  return { a: articles[b]?.id ?? null, b: articles[a]?.id ?? null };
}
