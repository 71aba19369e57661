import { describe, expect, it } from 'vitest';
import { matchesOf } from './regexp-matches.ts';

/** Matches as index and text, to compare with matchAll's. */
const flat = (matches: Iterable<RegExpMatchArray>) => [...matches].map((m) => [m.index, ...m]);

describe('matchesOf', () => {
  it('gives what matchAll gives, groups included', () => {
    const pattern = /(\p{Lu}\p{L}*) (said|wrote)/gu;
    const text = 'Amodei said it; then Roe wrote, and Lee said.';
    expect(flat(matchesOf(pattern, text))).toEqual(flat(text.matchAll(pattern)));
    expect(matchesOf(pattern, text)).toHaveLength(3);
  });

  it('moves past empty matches by whole characters, as matchAll does', () => {
    for (const pattern of [/x*/gu, /x*/g]) {
      const text = 'a😀xxb';
      expect(flat(matchesOf(pattern, text))).toEqual(flat(text.matchAll(pattern)));
    }
  });

  it('starts from the beginning and resets lastIndex, so calls do not depend on one another', () => {
    const pattern = /a/g;
    pattern.lastIndex = 3;
    expect(matchesOf(pattern, 'aaa')).toHaveLength(3);
    expect(pattern.lastIndex).toBe(0);
    expect(matchesOf(pattern, 'a')).toHaveLength(1);
  });

  it('refuses an expression without the g flag, which would match forever', () => {
    expect(() => matchesOf(/a/u, 'a')).toThrow(TypeError);
  });
});
