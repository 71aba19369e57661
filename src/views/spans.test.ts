import { describe, expect, it } from 'vitest';
import { cutAtSpans, withoutOverlaps } from './spans.ts';

describe('withoutOverlaps', () => {
  it('keeps spans in order, dropping each that overlaps the one kept before it', () => {
    const spans = [
      { start: 0, end: 5 },
      { start: 3, end: 8 },
      { start: 5, end: 9 },
      { start: 6, end: 7 },
    ];
    expect(withoutOverlaps(spans)).toEqual([spans[0], spans[2]]);
  });
});

describe('cutAtSpans', () => {
  it('cuts a stretch at span edges, saying which span starts or ends in it, and loses nothing', () => {
    // "hello world" at article offset 10; spans at 8–12 (starts before the stretch) and 16–18.
    const cuts = cutAtSpans('hello world', 10, [
      { start: 8, end: 12 },
      { start: 16, end: 18 },
      { start: 30, end: 40 },
    ]);
    expect(cuts).toEqual([
      { text: 'he', span: 0, first: false, last: true },
      { text: 'llo ', span: null, first: false, last: false },
      { text: 'wo', span: 1, first: true, last: true },
      { text: 'rld', span: null, first: false, last: false },
    ]);
    expect(cuts.map((c) => c.text).join('')).toBe('hello world');
  });
});
