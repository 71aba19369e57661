import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Range } from '../../corpus/types.ts';
import { contextOf, excerpt, head, segments, tail } from './passage.ts';
import { testArticle } from '../../test-support/test-article.ts';

/** Sorted, non-overlapping ranges inside `[0, length)`, as the engine reports them. */
const rangesIn = (length: number) =>
  fc
    .uniqueArray(fc.integer({ min: 0, max: length }), { maxLength: 8 })
    .map((cuts) => cuts.sort((a, b) => a - b))
    .map((cuts) => {
      const ranges: Range[] = [];
      for (let i = 0; i + 1 < cuts.length; i += 2)
        ranges.push({ start: cuts[i] ?? 0, end: cuts[i + 1] ?? 0 });
      return ranges;
    });

describe('segments', () => {
  it('marks the ranges and keeps the text between them', () => {
    expect(
      segments('say Lutnick, then Nvidia.', 0, 25, [
        { start: 4, end: 11 },
        { start: 18, end: 24 },
      ]),
    ).toEqual([
      { text: 'say ', mark: false },
      { text: 'Lutnick', mark: true },
      { text: ', then ', mark: false },
      { text: 'Nvidia', mark: true },
      { text: '.', mark: false },
    ]);
  });

  it('clips ranges to the part shown', () => {
    expect(
      segments('abcdefgh', 2, 6, [
        { start: 0, end: 3 },
        { start: 5, end: 8 },
      ]),
    ).toEqual([
      { text: 'c', mark: true },
      { text: 'de', mark: false },
      { text: 'f', mark: true },
    ]);
  });

  it('loses no character and marks exactly the ranges, whatever they are', () => {
    fc.assert(
      fc.property(
        fc
          .string({ minLength: 1, maxLength: 40 })
          .chain((text) =>
            fc.tuple(fc.constant(text), fc.integer({ min: 0, max: text.length }), rangesIn(text.length)),
          ),
        ([text, start, ranges]) => {
          const pieces = segments(text, start, text.length, ranges);
          expect(pieces.map((p) => p.text).join('')).toBe(text.slice(start));
          expect(pieces.every((p) => p.text !== '')).toBe(true);
          let at = start;
          for (const piece of pieces) {
            const inRange = ranges.some((r) => at >= r.start && at < r.end);
            expect(piece.mark).toBe(inRange);
            at += piece.text.length;
          }
        },
      ),
    );
  });
});

describe('excerpt', () => {
  const words = Array.from({ length: 100 }, (_, i) => `word${String(i)}`).join(' ');

  it('keeps a short passage whole', () => {
    expect(excerpt('short one', 0, 9, [], 100)).toEqual({ start: 0, end: 9 });
  });

  it('cuts a long passage between words, around its first match', () => {
    const at = words.indexOf('word60');
    const { start, end } = excerpt(words, 0, words.length, [{ start: at, end: at + 6 }], 90);
    expect(end - start).toBeLessThanOrEqual(90);
    expect(start).toBeLessThanOrEqual(at);
    expect(end).toBeGreaterThanOrEqual(at + 6);
    expect(words.slice(start, end)).toMatch(/^word\d+ .* word\d+$/);
  });

  it('starts at the passage when the match is near its start', () => {
    expect(excerpt(words, 0, words.length, [{ start: 0, end: 5 }], 50).start).toBe(0);
  });

  it('never splits an emoji, even in text without spaces', () => {
    const text = '😀'.repeat(100);
    const { start, end } = excerpt(text, 0, text.length, [{ start: 101, end: 103 }], 41);
    expect(text.slice(start, end)).toMatch(/^(?:😀)+$/u);
  });
});

describe('head and tail', () => {
  it('leave short text alone, with its whitespace squashed', () => {
    expect(head('  one\ntwo  ', 80)).toBe('one two');
    expect(tail('one  two', 80)).toBe('one two');
  });

  it('shorten long text between words, with an ellipsis on the cut side', () => {
    const text = 'The quick brown fox jumps over the lazy dog, again and again.';
    expect(head(text, 30)).toBe('The quick brown fox jumps over…');
    expect(tail(text, 30)).toBe('…the lazy dog, again and again.');
    expect(head(text, 30).length).toBeLessThanOrEqual(31);
    expect(tail(text, 30).length).toBeLessThanOrEqual(31);
  });

  it('cut a word with no space in it, and very long text, to about the size asked for', () => {
    expect(head('x'.repeat(500), 20)).toBe(`${'x'.repeat(20)}…`);
    expect(tail('x'.repeat(500), 20)).toBe(`…${'x'.repeat(20)}`);
    expect(head(`${'a '.repeat(100_000)}`, 20).length).toBeLessThanOrEqual(21);
  });
});

describe('contextOf', () => {
  const article = testArticle(['First one. The middle one. Last one.', 'Another paragraph.']);

  it('gives the neighbours in the same paragraph', () => {
    expect(contextOf(article, 1)).toEqual({ before: 'First one.', after: 'Last one.' });
  });

  it('stops at the paragraph’s edges', () => {
    expect(contextOf(article, 0)).toEqual({ before: null, after: 'The middle one.' });
    expect(contextOf(article, 2)).toEqual({ before: 'The middle one.', after: null });
    expect(contextOf(article, 3)).toEqual({ before: null, after: null });
  });

  it('shortens long neighbours', () => {
    const long = testArticle([
      `${'Words and more words '.repeat(10)}end. Middle. Next ${'and next '.repeat(20)}.`,
    ]);
    const { before, after } = contextOf(long, 1, 40);
    expect(before).toMatch(/^….{1,40}end\.$/);
    expect(after).toMatch(/^Next .{1,36}…$/);
  });
});
