// Dates in the reader: each date expression's range and what it resolves to, in words, and a piece of text cut at
// them.
import type { Article, DateMention } from '../../corpus/types.ts';
import { isolateText } from '../../app/bidi.ts';
import { dateText, formatDate } from '../../app/format.ts';
import { cutAtSpans, withoutOverlaps } from '../spans.ts';

export interface DateSpan {
  start: number;
  end: number;
  /** The day it resolves to, for `<time datetime>`, when it is one day; else `null`. */
  dateTime: string | null;
  /** What a screen reader hears about it, and the tooltip: `‘Wednesday’ → 29 Jan 2025, inferred from …`. */
  description: string;
}

/** What the article's relative dates were resolved against, in words. */
function against(article: Pick<Article, 'dateReference'>): string {
  const reference = article.dateReference;
  if (reference === null) return 'the article’s date';
  switch (reference.source) {
    case 'published':
      return `the publication date, ${formatDate(reference.date)}`;
    case 'own-dates':
      return `the latest date the article states, ${formatDate(reference.date)} (it is undated)`;
    case 'inferred':
      return `${formatDate(reference.date)}, the day its own dates fit the other articles’ best (it is undated)`;
    case 'corpus':
      return `the corpus’s latest date, ${formatDate(reference.date)} (the article is undated)`;
  }
}

/** A date expression's description: the words, what they resolve to, and how that is known. */
export function describeDate(article: Pick<Article, 'text' | 'dateReference'>, mention: DateMention): string {
  const words = `‘${isolateText(article.text.slice(mention.start, mention.end).replace(/\s+/g, ' '))}’`;
  if (mention.span === null || mention.basis === 'unresolved')
    return `${words}: unresolved, with no date to resolve it against`;
  const value = dateText(mention.span);
  const hedge = mention.approximate ? ', approximately' : '';
  return mention.basis === 'stated'
    ? `${words} → ${value}${hedge}, stated in the text`
    : `${words} → ${value}${hedge}, inferred from ${against(article)}`;
}

/** The article's date expressions as marks, in text order; one overlapping the one before is left out. */
export function dateSpans(article: Pick<Article, 'text' | 'dateReference' | 'dates'>): DateSpan[] {
  return withoutOverlaps(article.dates).map((mention) => {
    const span = mention.span;
    return {
      start: mention.start,
      end: mention.end,
      dateTime: span !== null && span.start === span.end ? span.start : null,
      description: describeDate(article, mention),
    };
  });
}

/** A stretch of text: inside date `date` (an index into the spans) or not, and whether the date starts here. */
export interface DateSegment {
  text: string;
  date: number | null;
  /** The date's first stretch: the one that takes focus, when a date is cut over two stretches. */
  first: boolean;
}

/** The text starting at `from` in the article, cut where dates start and end. */
export function cutAtDates(text: string, from: number, spans: readonly DateSpan[]): DateSegment[] {
  return cutAtSpans(text, from, spans).map((cut) => ({ text: cut.text, date: cut.span, first: cut.first }));
}

/** Where each of a run of consecutive stretches starts in the article's text, the first at `from`. */
export function startsOf(from: number, segments: readonly { text: string }[]): number[] {
  const starts: number[] = [];
  let cursor = from;
  for (const segment of segments) {
    starts.push(cursor);
    cursor += segment.text.length;
  }
  return starts;
}
