// The disagreements' words, pure: what each kind is called, a value as the page says it, why two passages were
// compared, why a pair is an update rather than a contradiction, and what a mark on one side says of the other.
import type {
  Article,
  Disagreement,
  DisagreementKind,
  DisagreementPairing,
  DisagreementSide,
} from '../../corpus/types.ts';
import { dayNumber, parseYmd } from '../../corpus/client.ts';
import { dateText, formatDate, outletName } from '../../app/format.ts';
import { isolateText } from '../../app/bidi.ts';

/** Each kind, as the filter and each item's tag name it. */
export const KIND_LABEL: Record<DisagreementKind, string> = {
  amount: 'Amounts of money',
  percent: 'Percentages',
  number: 'Counts',
  date: 'Days',
  weekday: 'Weekdays that miss their date',
  name: 'Who said a quotation',
};

/** One of a kind, for an item's tag. */
export const KIND_ONE: Record<DisagreementKind, string> = {
  amount: 'Amount of money',
  percent: 'Percentage',
  number: 'Count',
  date: 'Day',
  weekday: 'Weekday',
  name: 'Speaker',
};

/** How the two passages came to be compared: the basis of the classification, in words. */
export const PAIRING_BASIS: Record<DisagreementPairing, string> = {
  aligned: 'The two passages say the same thing in other respects.',
  nearby:
    'The figures stand in sentences next to two passages that say the same thing: one report moved the figure to its next sentence.',
  element: 'The two passages tell the same part of the story.',
  linked:
    'A third report gives one of these figures too, in a passage compared with the other: so these two differ as well.',
  calendar: 'Checked against the calendar.',
  quote: 'Both passages give the same quotation, and each names who said it.',
};

/** A day value (`2025-01-27`, or `2025-01-25/2025-01-26` for a span) as its first and last day. */
export function daySpan(value: string): { start: string; end: string } {
  const [start = value, end = start] = value.split('/');
  return { start, end };
}

/** A weekday slip's value (`Thursday/2024-07-19 Friday`): the weekday the text says, its date, and that date's. */
export function weekdaySlip(value: string): { said: string; day: string; actual: string } {
  const [said = '', rest = ''] = value.split('/');
  const [day = '', actual = ''] = rest.split(' ');
  return { said, day, actual };
}

/** "says Thursday, but 19 Jul 2024 was a Friday". */
export function slipWords(value: string): string {
  const { said, day, actual } = weekdaySlip(value);
  return `says ${said}, but ${formatDate(day)} was a ${actual}`;
}

/** The words a side's value is written in, white space squashed. */
export function writtenWords(
  article: Pick<Article, 'text'>,
  side: Pick<DisagreementSide, 'start' | 'end'>,
): string {
  return article.text.slice(side.start, side.end).replace(/\s+/g, ' ');
}

/**
 * A side's value in plain text: a figure as normalised (`$465 billion`, `as much as 13%`); a day as written with the
 * day it is (`‘Tuesday’, 11 Mar 2025`); a weekday slip as what is wrong with it.
 */
export function valueWords(
  kind: DisagreementKind,
  side: DisagreementSide,
  article: Pick<Article, 'text'>,
): string {
  if (kind === 'weekday') return slipWords(side.value);
  if (kind === 'date')
    return `‘${isolateText(writtenWords(article, side))}’, ${dateText(daySpan(side.value))}`;
  // The value keeps the article's own hedge words ("as much as"): text from the corpus, isolated like any.
  return isolateText(side.value);
}

/** The days from the first article's publication to the second's, if both are dated. */
export function daysApart(
  first: Pick<Article, 'published'>,
  second: Pick<Article, 'published'>,
): number | null {
  if (first.published === null || second.published === null) return null;
  if (!parseYmd(first.published) || !parseYmd(second.published)) return null;
  return dayNumber(second.published) - dayNumber(first.published);
}

const later = (days: number) => (days === 1 ? 'a day later' : `${String(days)} days later`);

/**
 * Why a pair is an update, not a contradiction, in words. The pipeline calls it one when one of the passages gives
 * its figure as of a moment ("as much as", "early", "so far", "at the close"), and either the articles report from
 * different days or only one of them gives an interim figure: both ways, the other may be a later figure for the
 * same thing.
 */
export function updateReason(
  d: Disagreement,
  articles: readonly Pick<Article, 'published' | 'outlet'>[],
): string {
  const [first, second] = d.sides.map((side) => articles[side.article]);
  if (!first || !second) return '';
  const days = daysApart(first, second);
  const when =
    days !== null && days > 0
      ? `${isolateText(outletName(second))} was published ${later(days)}, and one of the two`
      : 'one of the two';
  return `A later report, not a contradiction: ${when} gives its figure as of a moment of the day (“as much as”, “early”, “so far”, “at the close”), so the other may be a later figure for the same thing.`;
}

/**
 * What a mark on one side of a disagreement says of it, naming the other side's value and outlet: "Harbour Times
 * differs: it gives $5.1 billion"; for an update, which side is the later when their dates tell; for a weekday,
 * what is wrong with it.
 */
export function sideDescription(
  d: Disagreement,
  sideIndex: number,
  articles: readonly Pick<Article, 'text' | 'outlet' | 'published'>[],
): string {
  if (d.kind === 'weekday') {
    const side = d.sides[0];
    return side ? `The text ${slipWords(side.value)}` : '';
  }
  const other = d.sides[1 - sideIndex];
  const article = other && articles[other.article];
  const own = articles[d.sides[sideIndex]?.article ?? -1];
  if (!other || !article || !own) return '';
  const outlet = isolateText(outletName(article));
  const value = valueWords(d.kind, other, article);
  if (!d.update) return `${outlet} differs: it gives ${value}`;
  const days = sideIndex === 0 ? daysApart(own, article) : daysApart(article, own);
  if (days === null || days <= 0)
    return `${outlet} gives ${value}, as of another moment: an update, not a contradiction`;
  return sideIndex === 0
    ? `Updated ${later(days)} by ${outlet}, which gives ${value}`
    : `Updates ${outlet}’s ${value}, published ${later(days).replace('later', 'earlier')}`;
}
