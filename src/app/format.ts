// Words and numbers shown to the reader: dates, counts, and how a date or title is known. Pure, locale-fixed.
import type { Article, PublishedSource, TitleSource } from '../corpus/types.ts';
import { parseYmd, shortMonth } from '../corpus/client.ts';

const numberFormat = new Intl.NumberFormat('en-US');

/** `2025-01-30` → `30 Jan 2025`; a value that is not a date is shown as it is. */
export function formatDate(iso: string): string {
  const date = parseYmd(iso);
  return date ? `${String(date.day)} ${shortMonth(date.month)} ${String(date.year)}` : iso;
}

/** The span of `YYYY-MM-DD` dates, written as briefly as it stays clear: `27–30 Jan 2025`. */
export function formatDateRange(first: string, last: string): string {
  const a = parseYmd(first);
  const b = parseYmd(last);
  if (!a || !b || first === last) return formatDate(first);
  if (a.year !== b.year) return `${formatDate(first)} – ${formatDate(last)}`;
  if (a.month !== b.month) return `${String(a.day)} ${shortMonth(a.month)} – ${formatDate(last)}`;
  return `${String(a.day)}–${formatDate(last)}`;
}

/** `2291` → `2,291`. */
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/** `1, 'word'` → `1 word`; `2291, 'word'` → `2,291 words`. */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(n)} ${n === 1 ? singular : plural}`;
}

const PUBLISHED_BASIS: Record<PublishedSource, string> = {
  'sources.json': 'from sources.json',
  metadata: 'from the text’s metadata line',
  'date-line': 'from the date line under the headline',
  dateline: 'from the dateline',
  url: 'from the date in the URL',
  'file-name': 'from the file name',
};

/** How an article's publication date is known, in words. */
export function publishedBasis(source: PublishedSource | null): string {
  return source === null ? 'undated' : PUBLISHED_BASIS[source];
}

const DERIVED_TITLE: Partial<Record<TitleSource, string>> = {
  url: 'Title taken from the URL',
  'first-sentence': 'Title taken from the first sentence',
  'file-name': 'Title taken from the file name',
};

/** A note for titles the author did not give (derived from the URL, the text or the file name), else null. */
export function derivedTitleNote(source: TitleSource): string | null {
  return DERIVED_TITLE[source] ?? null;
}

/** The URL if it is a well-formed `http:` or `https:` link, else null: a second guard behind the pipeline's. */
export function safeHref(url: string | null): string | null {
  if (url === null) return null;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** The outlet's name for display, never empty. */
export function outletName(article: Pick<Article, 'outlet'>): string {
  return article.outlet ?? 'Unknown outlet';
}
