import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsApproximately } from './approximate.ts';
import { closeErrors, LONGEST_UNFUZZED } from './query.ts';
import { wordGrams } from './word-grams.ts';
import { exactWords, inflectionKind, matchWords, prefixDistance, prefixRange } from './word-match.ts';

/** A sorted vocabulary, as the index has it. */
const vocabulary = (words: readonly string[]) => [...new Set(words)].sort();
const named = (words: readonly string[], ids: Int32Array) => Array.from(ids, (id) => words[id]);

describe('prefixRange', () => {
  it('gives the words starting with a prefix, and none for a prefix no word has', () => {
    const words = vocabulary(['chin', 'china', 'chip', 'chips', 'chipmaker', 'leadership', 'ship']);
    const [from, to] = prefixRange(words, 'chip');
    expect(words.slice(from, to)).toEqual(['chip', 'chipmaker', 'chips']);
    const [none, end] = prefixRange(words, 'chipz');
    expect(end - none).toBe(0);
  });
});

describe('prefixDistance', () => {
  it.each([
    ['lutnik', 'lutnick', 1], // one letter left out
    ['nvida', 'nvidia', 1],
    ['ruakson', 'rukason', 1], // two neighbours swapped: one edit
    ['militray', 'military', 1],
    ['amoda', 'amodei', 1], // still typing: the start of the word is one letter off
    ['export', 'experts', 1],
    ['export', 'reported', 2], // "eport" is inside it, but the word does not start so
    ['chip', 'leadership', 4],
  ])('%s to the start of %s: %i', (typed, word, edits) => {
    expect(prefixDistance(typed, word)).toBe(edits);
  });

  it('is zero exactly for the words a typed word begins', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'abc'), maxLength: 8 }),
        fc.string({ maxLength: 8 }),
        (a, b) => {
          expect(prefixDistance(a, b) === 0).toBe(b.startsWith(a));
        },
      ),
    );
  });

  it('is never more than the edits to any substring allow, swaps aside', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'abcd'), minLength: 1, maxLength: 8 }),
        fc.string({ unit: fc.constantFrom(...'abcd'), maxLength: 10 }),
        (typed, word) => {
          const d = prefixDistance(typed, word);
          // A prefix is a substring: within d edits of the typed word there is a substring (a swap being two edits).
          expect(containsApproximately(typed, word, 2 * d)).toBe(true);
        },
      ),
    );
  });
});

describe('inflectionKind', () => {
  it.each([
    ['controls', 'control', 'plain'],
    ['exporting', 'export', 'plain'],
    ['stopped', 'stop', 'plain'],
    ['policy', 'polici', 'y'],
    ['policies', 'polici', 'y'],
    ['amodei', 'amodei', 'i'],
    ['amodey', 'amodei', 'y'],
    ['general', 'gener', null],
    ['generous', 'gener', null],
  ] as const)('%s of %s: %s', (word, stem, kind) => {
    expect(inflectionKind(word, stem)).toBe(kind);
  });
});

describe('exactWords', () => {
  const words = vocabulary([
    'chip',
    'chips',
    'chipmaker',
    'china',
    'leadership',
    'flagship',
    'control',
    'controls',
    'controlled',
    'contrary',
    'general',
    'generous',
    'policy',
    'policies',
    'amodei',
  ]);

  it('are the word, the words it begins, and its inflections, never a word that merely holds it', () => {
    expect(named(words, exactWords(words, 'chip'))).toEqual(['chip', 'chipmaker', 'chips']);
    expect(named(words, exactWords(words, 'controls'))).toEqual(['control', 'controlled', 'controls']);
    expect(named(words, exactWords(words, 'policies'))).toEqual(['policies', 'policy']);
    expect(named(words, exactWords(words, 'general'))).toEqual(['general']);
    expect(named(words, exactWords(words, 'amodey'))).toEqual([]);
  });
});

describe('matchWords', () => {
  const words = vocabulary([
    'chip',
    'chips',
    'china',
    'chin',
    'leadership',
    'ship',
    'export',
    'exports',
    'experts',
    'reported',
    'lutnick',
    'lutnicks',
    'lunatic',
    'military',
    'militia',
    'amodei',
    'nvidia',
  ]);
  const grams = wordGrams(words);
  const passages = new Map([
    ['military', 9],
    ['militia', 1],
  ]);
  const match = (typed: string) => {
    const m = matchWords(grams, typed, (id) => passages.get(words[id] ?? '') ?? 1);
    return { exact: named(words, m.exact), close: named(words, m.close), meant: m.meant };
  };

  it('never fuzzes a word of four letters or fewer', () => {
    expect(match('chip')).toEqual({ exact: ['chip', 'chips'], close: [], meant: null });
    expect(match('chpi')).toEqual({ exact: [], close: [], meant: null });
  });

  it('keeps the words spelled differently apart from the exact ones, and never a word that merely holds it', () => {
    expect(match('export')).toEqual({ exact: ['export', 'exports'], close: ['experts'], meant: null });
  });

  it('takes the closest word as meant when the typed one is in no passage, and its own matches as exact', () => {
    expect(match('lutnik')).toEqual({ exact: ['lutnick', 'lutnicks'], close: [], meant: 'lutnick' });
    expect(match('nvida').meant).toBe('nvidia');
    expect(match('amodey').meant).toBe('amodei');
  });

  it('takes the word with the fewest edits, then the one in the most passages, as meant', () => {
    // "militaa" is one edit from the start of "military" and from "militia": the one in more passages is meant.
    expect(match('militaa')).toEqual({ exact: ['military'], close: ['militia'], meant: 'military' });
    const rarer = matchWords(grams, 'militaa', (id) => (words[id] === 'militia' ? 20 : 1));
    expect(rarer.meant).toBe('militia');
    // "militiry" is one edit from "military", two from "militia": fewer edits first, however many passages.
    expect(matchWords(grams, 'militiry', (id) => (words[id] === 'militia' ? 20 : 1)).meant).toBe('military');
  });

  it('finds close spellings only within a quarter of the letters, and only for words of five letters or more', () => {
    fc.assert(
      fc.property(fc.constantFrom(...words), fc.nat(), fc.constantFrom(...'xyzq'), (word, at, letter) => {
        const i = 1 + (at % Math.max(1, word.length - 1));
        const typed = word.slice(0, i) + letter + word.slice(i + 1);
        const m = matchWords(grams, typed, () => 1);
        for (const id of m.close) {
          expect(typed.length).toBeGreaterThan(LONGEST_UNFUZZED);
          expect(prefixDistance(typed, words[id] ?? '')).toBeLessThanOrEqual(closeErrors(typed));
        }
      }),
    );
  });
});
