// Pure helpers of the articles table: filtering, the coverage summary, and sort state in the URL.
import type { ArticleSummary } from '../../corpus/parts.ts';
import { foldForSearch } from '../../corpus/fold.ts';
import type { Query, QueryPatch } from '../../app/location.ts';
import { countOf, formatDateRange } from '../../app/format.ts';

export const COLUMN_IDS = ['title', 'outlet', 'published', 'words', 'sentences'] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

export interface ColumnSort {
  id: ColumnId;
  desc: boolean;
}

/**
 * Articles whose title or outlet contains every word of the filter, in corpus order; both folded as search folds
 * them, so `anthropic's` finds `Anthropic’s` and `lutnick` finds `Lut\u00ADnick`.
 */
export function filterArticles(
  articles: readonly ArticleSummary[],
  filter: string,
): readonly ArticleSummary[] {
  const words = foldForSearch(filter).split(/\s+/).filter(Boolean);
  if (words.length === 0) return articles;
  return articles.filter((article) => {
    const haystack = foldForSearch(`${article.title}\n${article.outlet ?? ''}`);
    return words.every((word) => haystack.includes(word));
  });
}

/** The coverage summary, one phrase each: `5 articles`, `5 outlets`, `27–30 Jan 2025 (2 undated)`, `2,291 words`. */
export function summarise(articles: readonly ArticleSummary[]): string[] {
  const outlets = new Set(articles.flatMap((a) => (a.outlet === null ? [] : [a.outlet.toLowerCase()])));
  const dates = articles.flatMap((a) => (a.published === null ? [] : [a.published])).sort();
  const undated = articles.length - dates.length;
  const first = dates[0];
  const last = dates[dates.length - 1];
  let when = 'undated';
  if (first !== undefined && last !== undefined) {
    when = formatDateRange(first, last) + (undated > 0 ? ` (${String(undated)} undated)` : '');
  }
  const words = articles.reduce((sum, a) => sum + a.wordCount, 0);
  const parts = [countOf(articles.length, 'article'), countOf(outlets.size, 'outlet')];
  if (articles.length > 0) parts.push(when);
  parts.push(countOf(words, 'word'));
  return parts;
}

/** The sort in `?sort=<column>&desc=1`, or none when the URL names no known column. */
export function sortFromQuery(query: Query): ColumnSort | null {
  const id = COLUMN_IDS.find((column) => column === query.sort);
  return id === undefined ? null : { id, desc: query.desc === '1' };
}

/** The URL change for a sort (the table sorts by one column at a time). */
export function sortToPatch(sort: { id: string; desc: boolean } | undefined): QueryPatch {
  return sort === undefined ? { sort: null, desc: null } : { sort: sort.id, desc: sort.desc ? '1' : null };
}

/** `aria-sort` for a column's sort direction. */
export function ariaSort(direction: false | 'asc' | 'desc'): 'ascending' | 'descending' | 'none' {
  if (direction === 'asc') return 'ascending';
  if (direction === 'desc') return 'descending';
  return 'none';
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Ascending text order that ignores case and accents and reads digits as numbers. */
export function compareText(a: string, b: string): number {
  return collator.compare(a, b);
}
