// Pure helpers of the articles table: its columns, filtering, and the coverage summary.
import { foldForSearch, type ArticleSummary } from '../../corpus/client.ts';
import { countOf, formatDateRange } from '../../app/format.ts';

export const COLUMN_IDS = ['title', 'outlet', 'published', 'words', 'sentences'] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

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

/**
 * What the Published column sorts by: the date, or for an undated article the earliest it can have been published,
 * just after the articles dated that day (it was published then or later), so oldest-first puts it where it can
 * first belong; `undefined` for an article with neither, which the table puts last either way round.
 */
export function publishedSortKey(
  article: Pick<ArticleSummary, 'published' | 'publishedBound'>,
): string | undefined {
  if (article.published !== null) return article.published;
  return article.publishedBound === null ? undefined : `${article.publishedBound.after} or after`;
}

/**
 * The corpus in a line, one phrase each: `5 articles from 4 outlets`, `published 27–30 Jan 2025 (2 undated)`,
 * `2,291 words`.
 */
export function summarise(articles: readonly ArticleSummary[]): string[] {
  if (articles.length === 0) return [countOf(0, 'article')];
  const outlets = new Set(articles.flatMap((a) => (a.outlet === null ? [] : [a.outlet.toLowerCase()])));
  const dates = articles.flatMap((a) => (a.published === null ? [] : [a.published])).sort();
  const undated = articles.length - dates.length;
  const first = dates[0];
  const last = dates[dates.length - 1];
  let when = 'undated';
  if (first !== undefined && last !== undefined) {
    when = `published ${formatDateRange(first, last)}` + (undated > 0 ? ` (${String(undated)} undated)` : '');
  }
  const words = articles.reduce((sum, a) => sum + a.wordCount, 0);
  return [
    `${countOf(articles.length, 'article')} from ${countOf(outlets.size, 'outlet')}`,
    when,
    countOf(words, 'word'),
  ];
}
