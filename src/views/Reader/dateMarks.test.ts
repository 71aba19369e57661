import { describe, expect, it } from 'vitest';
import type { DateMention } from '../../corpus/types.ts';
import { cutAtQuotes, type QuoteSpan } from './quoteMarks.ts';
import { cutAtDates, dateSpans, describeDate, startsOf, type DateSpan } from './dateMarks.ts';

const text = 'He spoke Wednesday (Jan. 29) and said “by 2026-2027 it ends” last week.';
const mention = (words: string, rest: Partial<DateMention> = {}): DateMention => {
  const start = text.indexOf(words);
  return {
    start,
    end: start + words.length,
    sentence: 0,
    span: { start: '2025-01-29', end: '2025-01-29' },
    precision: 'day',
    basis: 'inferred',
    approximate: false,
    ...rest,
  };
};
const published = { date: '2025-01-30', source: 'published' as const };
const article = {
  text,
  dateReference: published,
  dates: [
    mention('Wednesday (Jan. 29)'),
    mention('2026-2027', {
      span: { start: '2026-01-01', end: '2027-12-31' },
      precision: 'range',
      basis: 'stated',
    }),
    mention('last week', { span: { start: '2025-01-20', end: '2025-01-26' }, precision: 'week' }),
  ],
};

describe('describeDate', () => {
  it('says what a date resolves to and how', () => {
    const [wednesday, years, week] = article.dates;
    if (!wednesday || !years || !week) throw new Error('fixture');
    expect(describeDate(article, wednesday)).toBe(
      '‘Wednesday (Jan. 29)’ → 29 Jan 2025, inferred from the publication date, 30 Jan 2025',
    );
    expect(describeDate(article, years)).toBe('‘2026-2027’ → 2026–2027, stated in the text');
    expect(describeDate({ text, dateReference: { date: '2025-01-30', source: 'corpus' } }, week)).toBe(
      '‘last week’ → 20–26 Jan 2025, inferred from the corpus’s latest date, 30 Jan 2025 (the article is undated)',
    );
    expect(describeDate({ text, dateReference: { date: '2025-01-30', source: 'inferred' } }, week)).toBe(
      '‘last week’ → 20–26 Jan 2025, inferred from 30 Jan 2025, the day its own dates fit the other articles’ best (it is undated)',
    );
    expect(describeDate({ text, dateReference: null }, { ...week, span: null, basis: 'unresolved' })).toBe(
      '‘last week’: unresolved, with no date to resolve it against',
    );
    expect(describeDate(article, { ...week, approximate: true })).toMatch(
      /20–26 Jan 2025, approximately, inferred/,
    );
  });
});

describe('dateSpans', () => {
  it('marks every date, a one-day date with its day for <time datetime>', () => {
    const spans = dateSpans(article);
    expect(spans.map((s) => [text.slice(s.start, s.end), s.dateTime])).toEqual([
      ['Wednesday (Jan. 29)', '2025-01-29'],
      ['2026-2027', null],
      ['last week', null],
    ]);
  });

  it('leaves out a date overlapping the one before', () => {
    const spans = dateSpans({ ...article, dates: [mention('Wednesday (Jan. 29)'), mention('Jan. 29')] });
    expect(spans).toHaveLength(1);
  });
});

describe('cutAtDates', () => {
  const spans: DateSpan[] = dateSpans(article);

  it('cuts text at its dates, keeping every character in order', () => {
    const segments = cutAtDates(text, 0, spans);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.date !== null).map((s) => s.text)).toEqual([
      'Wednesday (Jan. 29)',
      '2026-2027',
      'last week',
    ]);
  });

  it('cuts a stretch that starts inside the text, and a date cut over two stretches takes focus once', () => {
    const from = text.indexOf('(Jan.');
    const part = text.slice(from, from + 12);
    const segments = cutAtDates(part, from, spans);
    expect(segments[0]).toEqual({ text: '(Jan. 29)', date: 0, first: false });
    expect(segments.map((s) => s.text).join('')).toBe(part);
  });

  it('layers inside quote marks: dates cut within each quoted stretch land at the right place', () => {
    const quote: QuoteSpan = {
      start: text.indexOf('“'),
      end: text.indexOf('”') + 1,
      speaker: null,
      description: 'Quote',
    };
    const piece = { text, start: 0, sentence: 0 };
    const quoteSegments = cutAtQuotes(piece, [quote]);
    const starts = startsOf(0, quoteSegments);
    const inside = quoteSegments.findIndex((s) => s.quote === 0);
    const segment = quoteSegments[inside];
    expect(segment).toBeDefined();
    if (!segment) return;
    const dates = cutAtDates(segment.text, starts[inside] ?? 0, spans);
    expect(dates.find((d) => d.date !== null)).toEqual({ text: '2026-2027', date: 1, first: true });
  });

  it('returns the text whole when there are no dates', () => {
    expect(cutAtDates('plain', 10, [])).toEqual([{ text: 'plain', date: null, first: false }]);
    expect(startsOf(5, [{ text: 'ab' }, { text: 'cde' }])).toEqual([5, 7]);
  });
});
