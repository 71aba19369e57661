import { describe, expect, it } from 'vitest';
import type { Disagreement } from '../../corpus/types.ts';
import {
  daysApart,
  daySpan,
  sideDescription,
  slipWords,
  updateReason,
  valueWords,
  weekdaySlip,
} from './words.ts';

const text = 'It fell on Tuesday by $4.2 billion. It fell on Wednesday by $5.1 billion.';
const at = (words: string, from = 0) => {
  const start = text.indexOf(words, from);
  return { start, end: start + words.length };
};
const articles = [
  { text, outlet: 'First Paper', published: '2025-03-11' },
  { text, outlet: 'Second Paper', published: '2025-03-13' },
  { text, outlet: null, published: null },
];
const figure = (update: boolean, second = 1): Disagreement => ({
  kind: 'amount',
  sides: [
    { article: 0, sentence: 0, ...at('$4.2 billion'), value: '$4.2 billion' },
    { article: second, sentence: 1, ...at('$5.1 billion'), value: '$5.1 billion' },
  ],
  update,
  pairing: 'aligned',
});

describe('values in words', () => {
  it('reads a day or a span of days from its value', () => {
    expect(daySpan('2025-01-27')).toEqual({ start: '2025-01-27', end: '2025-01-27' });
    expect(daySpan('2025-01-25/2025-01-26')).toEqual({ start: '2025-01-25', end: '2025-01-26' });
  });

  it('says what is wrong with a weekday, the date in words', () => {
    expect(weekdaySlip('Thursday/2024-07-19 Friday')).toEqual({
      said: 'Thursday',
      day: '2024-07-19',
      actual: 'Friday',
    });
    expect(slipWords('Thursday/2024-07-19 Friday')).toBe('says Thursday, but 19 Jul 2024 was a Friday');
  });

  it('gives a day as written with the day it is, and a figure as normalised', () => {
    const side = { article: 0, sentence: 0, ...at('Tuesday'), value: '2025-03-11' };
    expect(valueWords('date', side, { text })).toBe('‘Tuesday’, 11 Mar 2025');
    expect(valueWords('amount', { ...side, value: '$465 billion' }, { text })).toBe('$465 billion');
    // A value keeps the article's words, which may hold direction controls: isolated from the app's own words.
    expect(valueWords('amount', { ...side, value: 'about \u202e$5' }, { text })).toBe(
      '\u2068about \u202e$5\u202c\u2069',
    );
  });

  it('counts the days between two publications, and none when either is undated', () => {
    expect(daysApart({ published: '2025-02-28' }, { published: '2025-03-01' })).toBe(1);
    expect(daysApart({ published: '2024-02-28' }, { published: '2024-03-01' })).toBe(2);
    expect(daysApart({ published: '2025-03-01' }, { published: null })).toBeNull();
  });
});

describe('why an update is not a contradiction', () => {
  it('names the later report and how much later, when both are dated', () => {
    expect(updateReason(figure(true), articles)).toMatch(
      /^A later report, not a contradiction: Second Paper was published 2 days later, and one of the two gives its figure as of a moment/,
    );
  });

  it('says only that one figure is of a moment when the dates do not tell which is later', () => {
    expect(updateReason(figure(true, 2), articles)).toMatch(
      /^A later report, not a contradiction: one of the two gives its figure as of a moment/,
    );
  });
});

describe('what a mark says of the other side', () => {
  it('names the other outlet and its value, from either side', () => {
    expect(sideDescription(figure(false), 0, articles)).toBe('Second Paper differs: it gives $5.1 billion');
    expect(sideDescription(figure(false), 1, articles)).toBe('First Paper differs: it gives $4.2 billion');
  });

  it('says which side of an update is the later when the dates tell, and an unknown outlet as such', () => {
    expect(sideDescription(figure(true), 0, articles)).toBe(
      'Updated 2 days later by Second Paper, which gives $5.1 billion',
    );
    expect(sideDescription(figure(true), 1, articles)).toBe(
      'Updates First Paper’s $4.2 billion, published 2 days earlier',
    );
    expect(sideDescription(figure(true, 2), 0, articles)).toBe(
      'Unknown outlet gives $5.1 billion, as of another moment: an update, not a contradiction',
    );
  });

  it('says what is wrong with a weekday', () => {
    const slip: Disagreement = {
      kind: 'weekday',
      sides: [{ article: 0, sentence: 0, ...at('Tuesday'), value: 'Tuesday/2025-03-12 Wednesday' }],
      update: false,
      pairing: 'calendar',
    };
    expect(sideDescription(slip, 0, articles)).toBe('The text says Tuesday, but 12 Mar 2025 was a Wednesday');
  });
});
