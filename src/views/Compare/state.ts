// The compare view's URL state: which articles (`?a=`, `?b=`), with defaults, what a swap writes, and whether
// passages that read the same in both are hidden (`?hide=identical`).
import type { Article } from '../../corpus/types.ts';
import type { Query, QueryPatch } from '../../app/location.ts';

export type Side = 'a' | 'b';

export type CompareSelection =
  | { kind: 'pair'; a: number; b: number }
  /** Ids in the URL that name no article: their sides are null, the other side is chosen as it would be alone. */
  | { kind: 'unknown'; a: number | null; b: number | null; missing: { side: Side; id: string }[] }
  /** Fewer than two articles in the corpus. */
  | { kind: 'too-few' };

/** The two articles `?a=` and `?b=` name, by index; the first two articles (distinct) where the URL is silent. */
export function selectArticles(articles: readonly Pick<Article, 'id'>[], query: Query): CompareSelection {
  if (articles.length < 2) return { kind: 'too-few' };
  const indexOf = (id: string | undefined) =>
    id === undefined ? -1 : articles.findIndex((x) => x.id === id);
  const missing = (['a', 'b'] as const).flatMap((side) => {
    const id = query[side];
    return id !== undefined && indexOf(id) === -1 ? [{ side, id }] : [];
  });
  const known = (side: Side) => (missing.some((m) => m.side === side) ? undefined : query[side]);
  const [qa, qb] = [known('a'), known('b')];
  const a = qa === undefined ? (qb === undefined || indexOf(qb) !== 0 ? 0 : 1) : indexOf(qa);
  const b = qb === undefined ? (a === 0 ? 1 : 0) : indexOf(qb);
  if (missing.length === 0) return { kind: 'pair', a, b };
  const side = (s: Side, index: number) => (missing.some((m) => m.side === s) ? null : index);
  return { kind: 'unknown', a: side('a', a), b: side('b', b), missing };
}

/** The id of the article at `index`, or null for a side with none. */
export function idAt(articles: readonly Pick<Article, 'id'>[], index: number | null): string | null {
  return index === null ? null : (articles[index]?.id ?? null);
}

/** The URL change that swaps the two sides. */
export function swapPatch(
  articles: readonly Pick<Article, 'id'>[],
  a: number | null,
  b: number | null,
): QueryPatch {
  return { a: idAt(articles, b), b: idAt(articles, a) };
}

/** Whether the URL hides the aligned passages that read the same in both articles. */
export function hidesIdentical(query: Query): boolean {
  return query.hide === 'identical';
}

/** The URL change for "Hide identical passages". */
export function hideIdenticalPatch(on: boolean): QueryPatch {
  return { hide: on ? 'identical' : null };
}
