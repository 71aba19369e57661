// Words and numbers shown to the reader: dates, counts, and how a date or title is known. Pure, locale-fixed.
import type { Article, PublishedSource, TitleSource } from '../corpus/types.ts';
import { lastDayOfMonth, parseYmd, shortMonth, type Ymd } from '../corpus/client.ts';

const numberFormat = new Intl.NumberFormat('en-US');

/** `2025-01-30` → `30 Jan 2025`; a value that is not a date is shown as it is. */
export function formatDate(iso: string): string {
  const date = parseYmd(iso);
  return date ? `${String(date.day)} ${shortMonth(date.month)} ${String(date.year)}` : iso;
}

/** One `<time>` of a date: its machine-readable value (ISO, never shown) and what a person reads. */
export interface TimePart {
  dateTime: string;
  text: string;
}

/** The first and last of a span of days as parts, sharing what the two have in common: `27`, `30 Jan 2025`. */
function dayParts(first: string, last: string, a: Ymd, b: Ymd): TimePart[] {
  const firstText =
    a.year !== b.year
      ? formatDate(first)
      : a.month !== b.month
        ? `${String(a.day)} ${shortMonth(a.month)}`
        : String(a.day);
  return [
    { dateTime: first, text: firstText },
    { dateTime: last, text: formatDate(last) },
  ];
}

/** Parts written as one text: a space-holding part gets spaced dashes (`27 Jan – 2 Feb 2025`), else `27–30 Jan 2025`. */
function joinParts(parts: readonly TimePart[]): string {
  const [first, second] = parts;
  if (!first) return '';
  if (!second) return first.text;
  return first.text.includes(' ') ? `${first.text} – ${second.text}` : `${first.text}–${second.text}`;
}

/** The span of `YYYY-MM-DD` days from `first` to `last`, written as briefly as it stays clear: `27–30 Jan 2025`. */
export function formatDateRange(first: string, last: string): string {
  const a = parseYmd(first);
  const b = parseYmd(last);
  if (!a || !b || first === last) return formatDate(first);
  return joinParts(dayParts(first, last, a, b));
}

/**
 * A span of days as one or two `<time>` parts, as briefly as stays true: `29 Jan 2025`; whole months as months
 * (`Nov`–`Dec 2024`, `datetime="2024-11"`); whole years as years (`2026`–`2027`); else the first and last day
 * (`27 Jan`–`2 Feb 2025`).
 */
export function dateParts(span: { start: string; end: string }): TimePart[] {
  if (span.start === span.end) return [{ dateTime: span.start, text: formatDate(span.start) }];
  const a = parseYmd(span.start);
  const b = parseYmd(span.end);
  if (!a || !b)
    return [
      { dateTime: span.start, text: span.start },
      { dateTime: span.end, text: span.end },
    ];
  if (a.month === 1 && a.day === 1 && b.month === 12 && b.day === 31) {
    const first = { dateTime: span.start, text: String(a.year) };
    return a.year === b.year ? [first] : [first, { dateTime: span.end, text: String(b.year) }];
  }
  if (a.day === 1 && b.day === lastDayOfMonth(b.year, b.month)) {
    const month = (x: Ymd, withYear: boolean): TimePart => ({
      dateTime: `${String(x.year)}-${String(x.month).padStart(2, '0')}`,
      text: withYear ? `${shortMonth(x.month)} ${String(x.year)}` : shortMonth(x.month),
    });
    if (a.year === b.year && a.month === b.month) return [month(a, true)];
    return [month(a, a.year !== b.year), month(b, true)];
  }
  return dayParts(span.start, span.end, a, b);
}

/** A span of days as plain text, for sentences, labels and tooltips: `27 Jan – 2 Feb 2025`, `Nov 2024`, `2026–2027`. */
export function dateText(span: { start: string; end: string }): string {
  return joinParts(dateParts(span));
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
  corrected: 'as you corrected it',
};

/** How an article's publication date is known, in words. */
export function publishedBasis(source: PublishedSource | null): string {
  return source === null ? 'undated' : PUBLISHED_BASIS[source];
}

const DERIVED_TITLE: Partial<Record<TitleSource, string>> = {
  url: 'Title taken from the URL',
  'first-sentence': 'Title taken from the first sentence',
  'file-name': 'Title taken from the file name',
  corrected: 'Title as you corrected it',
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
