import { describe, expect, it } from 'vitest';
import type { Quote } from '../../corpus/types.ts';
import { cutAtQuotes, quoteSpans } from './quoteMarks.ts';

const quote = (start: number, end: number, speaker: string | null): Quote => ({
  start: start + 1,
  end: end - 1,
  outer: { start, end },
  sentence: 0,
  group: 0,
  speaker,
  speakerBasis: speaker === null ? null : 'named',
});

describe('quoteSpans', () => {
  it('describes each quote by its speaker, and leaves nested quotes to the outer one', () => {
    const spans = quoteSpans({ quotes: [quote(0, 20, 'Amodei'), quote(5, 10, null), quote(30, 40, null)] });
    expect(spans.map((span) => [span.start, span.end, span.description])).toEqual([
      [0, 20, 'Quote by Amodei (named in the text)'],
      [30, 40, 'Quote; the text does not say who said it'],
    ]);
  });
});

describe('cutAtQuotes', () => {
  const spans = quoteSpans({ quotes: [quote(8, 13, 'A'), quote(18, 40, null)] });

  it('cuts a piece where its quotes start and end, marking where each ends', () => {
    const text = 'He said "yes" and "no way';
    expect(cutAtQuotes({ text, start: 0, sentence: 0 }, spans)).toEqual([
      { text: 'He said ', quote: null, ends: false },
      { text: '"yes"', quote: 0, ends: true },
      { text: ' and ', quote: null, ends: false },
      { text: '"no way', quote: 1, ends: false },
    ]);
  });

  it('cuts a quote running past the piece, ending it in the next', () => {
    expect(cutAtQuotes({ text: 'xyz', start: 38, sentence: 1 }, spans)).toEqual([
      { text: 'xy', quote: 1, ends: true },
      { text: 'z', quote: null, ends: false },
    ]);
    expect(cutAtQuotes({ text: 'far', start: 50, sentence: 2 }, spans)).toEqual([
      { text: 'far', quote: null, ends: false },
    ]);
  });
});
