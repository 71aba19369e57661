// Pure helpers of the articles table: its columns, filtering, and the coverage summary.
import { foldForSearch, type ArticleSummary } from '../../corpus/client.ts';
import { countOf, formatDateRange, outletName } from '../../app/format.ts';
import type { CopyFamilies } from '../../corpus/types.ts';

export const COLUMN_IDS = ['title', 'outlet', 'published', 'words', 'sentences', 'source'] as const;
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

/**
 * Which articles the Source filter shows (`?source=`): every one (`''`), the originals and independent articles
 * (`first`: one article a source), the copies and rewrites (`copies`), or one family (`family-3`, counted from 1).
 */
export function sourceChoices(
  sources: CopyFamilies | null,
  articles: readonly Pick<ArticleSummary, 'outlet'>[],
): { value: string; label: string }[] {
  const choices = [{ value: '', label: 'All articles' }];
  if (sources === null || sources.families.length === 0) return choices;
  return [
    ...choices,
    { value: 'first', label: 'Originals and independent articles' },
    { value: 'copies', label: 'Copies and rewrites' },
    ...sources.families.map((family, f) => {
      const original = articles[family.original];
      return {
        value: `family-${String(f + 1)}`,
        label: `Family ${String(f + 1)}: ${original ? outletName(original) : ''} (${String(family.members.length)})`,
      };
    }),
  ];
}

/** The articles the Source filter keeps, in the order given; all while the families load or for a choice unknown. */
export function filterBySource(
  articles: readonly ArticleSummary[],
  indexOf: ReadonlyMap<string, number>,
  sources: CopyFamilies | null,
  choice: string,
): readonly ArticleSummary[] {
  if (sources === null || choice === '') return articles;
  const family = /^family-(\d+)$/.exec(choice);
  const keep = (kind: string, inFamily: number | null) => {
    if (choice === 'first') return kind === 'original' || kind === 'independent';
    if (choice === 'copies') return kind === 'copy' || kind === 'rewrite';
    return family !== null && inFamily === Number(family[1]) - 1;
  };
  if (choice !== 'first' && choice !== 'copies' && family === null) return articles;
  return articles.filter((article) => {
    const source = sources.articles[indexOf.get(article.id) ?? -1];
    return source !== undefined && keep(source.kind, source.family);
  });
}
