import fc from 'fast-check';
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { containsApproximately } from './approximate.ts';
import { FUSE_OPTIONS } from './engine.ts';
import { maxErrors } from './query.ts';
import { corpusOf } from '../test-support/corpus.ts';
import { candidateWords, nearWords, pieces, swaps, wordGrams } from './word-grams.ts';

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
    // Each holds a piece of it whole ("amo", "dey"): the distance tells them apart (nearWords).
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

describe('nearWords', () => {
  /** Fuse's matches of `pattern` in `words`, with their scores, by word id. */
  const fuseNear = (words: readonly string[], pattern: string) =>
    new Map(new Fuse(words, FUSE_OPTIONS).search(pattern).map((r) => [r.refIndex, r.score ?? 1]));
  /**
   * What `nearWords` should answer, from Fuse alone: Fuse's matches of the pattern, and where one edit is allowed,
   * of each spelling of it with two neighbouring letters swapped those with no edit, scored as one (Fuse scores a
   * match of `e` edits `e / length`, at least 0.001, and 0 for the word itself), the better score where a word has
   * two.
   */
  const expected = (words: readonly string[], pattern: string) => {
    const near = fuseNear(words, pattern);
    const k = maxErrors(pattern);
    if (k !== 1) return near;
    for (const typed of swaps(pattern))
      for (const [id, score] of fuseNear(words, typed)) {
        const edits = score <= 0.001 ? 0 : Math.round(score * pattern.length);
        if (edits > 0) continue;
        const swapped = words[id] === pattern ? 0 : 1 / pattern.length;
        near.set(id, Math.min(near.get(id) ?? Infinity, swapped));
      }
    return new Map([...near].sort(([a], [b]) => a - b));
  };
  const ours = (words: readonly string[], pattern: string) => {
    const { ids, scores } = nearWords(wordGrams(words), pattern, maxErrors(pattern));
    return new Map(Array.from(ids, (id, i) => [id, scores[i]]));
  };

  it('counts two neighbouring letters swapped as one edit', () => {
    const words = ['rukason', 'runodom', 'reason', 'military', 'nvidia'];
    const near = (pattern: string) => [...ours(words, pattern)].map(([id, score]) => [words[id], score]);
    expect(near('ruakson')).toEqual([['rukason', 1 / 7]]);
    expect(near('rundoom')).toEqual([['runodom', 1 / 7]]);
    // From eight letters, two edits are allowed: a swap is two, as Fuse counts them.
    expect(near('militray')).toEqual([['military', 2 / 8]]);
    // Two edits in six letters are one too many, a swap or not.
    expect(near('nvdiai')).toEqual([]);
  });

  it("gives Fuse's matches and scores, a swap counted as one edit, over the seeds' words, for names, typos and their prefixes", () => {
    const words = corpusOf('seeds').search.words.records.map((r) => r.v);
    const typed = ['lutnik', 'nvida', 'amodey', 'militray', 'dominance', 'export', 'controls', 'deepseek'];
    for (const pattern of typed.flatMap((q) =>
      Array.from({ length: q.length - 1 }, (_, i) => q.slice(0, i + 2)),
    ))
      expect(ours(words, pattern), pattern).toEqual(expected(words, pattern));
  });

  it("gives Fuse's matches and scores, a swap counted as one edit, over any words", () => {
    fc.assert(
      fc.property(vocabularies, patterns, (words, pattern) => {
        expect(ours(words, pattern)).toEqual(expected(words, pattern));
      }),
      { numRuns: 1000 },
    );
  });
});
