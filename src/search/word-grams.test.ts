import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsApproximately } from './approximate.ts';
import { maxErrors } from './query.ts';
import { candidateWords, pieces, swaps, wordGrams } from './word-grams.ts';

// Words and patterns of a few letters, so that near misses are common.
const letters = fc.constantFrom(...'abcdeno');
const vocabularies = fc.uniqueArray(fc.string({ unit: letters, minLength: 1, maxLength: 12 }), {
  maxLength: 60,
});
const patterns = fc.string({ unit: letters, minLength: 2, maxLength: 12 });

describe('pieces', () => {
  it('cuts a text into even pieces, in order, losing nothing', () => {
    expect(pieces('lutnik', 2)).toEqual(['lut', 'nik']);
    expect(pieces('nvida', 2)).toEqual(['nv', 'ida']);
    expect(pieces('goterness', 3)).toEqual(['got', 'ern', 'ess']);
    expect(pieces('ab', 5)).toEqual(['a', 'b']);
  });
});

describe('candidateWords', () => {
  it('lets through the words a typo is near, and few others', () => {
    const words = [
      'amodei',
      'amount',
      'lutnick',
      'lunatic',
      'nvidia',
      'invidious',
      'video',
      'model',
      'modem',
    ];
    const grams = wordGrams(words);
    const near = (pattern: string) =>
      Array.from(candidateWords(grams, pattern, maxErrors(pattern)) ?? [], (id) => words[id]);
    expect(near('lutnik')).toEqual(['lutnick']);
    // Each holds a piece of it whole ("amo", "dey"): the distance tells them apart (word-match.ts).
    expect(near('amodey')).toEqual(['amodei', 'amount']);
    expect(near('nvida')).toContain('nvidia');
    expect(near('nvida')).not.toContain('model');
  });

  it('rules nothing out when the error budget leaves no bigram whole', () => {
    expect(candidateWords(wordGrams(['ab', 'cd']), 'ab', 1)).toBeNull();
  });

  it('never leaves out a word that holds the pattern within its error budget', () => {
    fc.assert(
      fc.property(vocabularies, patterns, (words, pattern) => {
        const errors = maxErrors(pattern);
        const found = new Set(candidateWords(wordGrams(words), pattern, errors) ?? words.map((_, i) => i));
        words.forEach((word, id) => {
          if (containsApproximately(pattern, word, errors))
            expect(found.has(id), `${pattern} in ${word}`).toBe(true);
        });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('swaps', () => {
  it('swaps each pair of neighbouring letters that differ, each spelling once', () => {
    expect(swaps('abca')).toEqual(['baca', 'acba', 'abac']);
    expect(swaps('aab')).toEqual(['aba']);
    expect(swaps('aa')).toEqual([]);
  });
});
