import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { approximateMatches, termMatches, wordRuns, wordsAmong } from './highlight.ts';
import { parseQuery } from './query.ts';

/** Edit distance with two neighbouring letters swapped as one edit (optimal string alignment), to check against. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => d[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      let best = Math.min(
        at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1),
        at(i - 1, j) + 1,
        at(i, j - 1) + 1,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] ?? [])[j] = best;
    }
  return at(a.length, b.length);
}

describe('approximateMatches', () => {
  it('finds each near occurrence once, closest first', () => {
    const text = 'howard lutnick met lutnik, not lunch';
    expect(approximateMatches('lutnik', text, 1).map(([s, e]) => text.slice(s, e))).toEqual([
      'lutnick',
      'lutnik',
    ]);
  });

  it.each([
    ['lutnik', 'lutnick', 1],
    ['nvida', 'the nvidia stock', 1],
    ['militray', 'military', 1],
    ['ruakson', 'mr rukason said', 1],
    ['nvdiai', 'nvidia', 2],
    ['hopper', 'hopper-generation', 0],
  ])('finds %s in %s with %i edits', (pattern, text, edits) => {
    expect(approximateMatches(pattern, text, 2).map(([, , d]) => d)).toEqual([edits]);
  });

  it('finds nothing beyond the error budget', () => {
    expect(approximateMatches('xyz', 'abc', 2)).toEqual([]);
  });

  it('gives non-overlapping substrings within the error budget', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), minLength: 1, maxLength: 6 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 30 }),
        fc.integer({ min: 0, max: 2 }),
        (pattern, text, k) => {
          let end = 0;
          for (const [s, e, d] of approximateMatches(pattern, text, k)) {
            expect(s).toBeGreaterThanOrEqual(end);
            expect(d).toBeLessThanOrEqual(k);
            expect(editDistance(pattern, text.slice(s, e))).toBe(d);
            end = e;
          }
        },
      ),
    );
  });
});

describe('termMatches', () => {
  it('widens a match to whole words', () => {
    const query = parseQuery('Hopper');
    const text = 'a fleet of 50,000 hopper-generation chips';
    const term = query.kind === 'plain' ? query.terms[0] : undefined;
    expect(term && termMatches(term, text).map(([s, e]) => text.slice(s, e + 1))).toEqual(['hopper']);
  });
});

describe('wordRuns', () => {
  const sets = (exact: string[], close: string[] = []) => ({ exact: new Set(exact), close: new Set(close) });
  const runs = (text: string, words: ReturnType<typeof sets>[]) =>
    wordRuns(text, words).map(([s, e, close]) => [text.slice(s, e + 1), close]);

  it('finds a term’s words side by side, whatever is between them, and only side by side', () => {
    const amodeis = [sets(['amodei']), sets(['s'])];
    expect(runs("amodei's view, amodei’s words", amodeis)).toEqual([
      ["amodei's", 0],
      ['amodei’s', 0],
    ]);
    expect(runs('amodei sees it', amodeis)).toEqual([]);
  });

  it('counts the words matched as close spellings', () => {
    const words = [sets(['military'], ['militarised']), sets(['dominance'])];
    expect(runs('militarised dominance, military dominance', words)).toEqual([
      ['militarised dominance', 1],
      ['military dominance', 0],
    ]);
  });

  it('finds nothing, and ends, for a term with no words', () => {
    expect(wordRuns('a b c', [])).toEqual([]);
  });
});

describe('wordsAmong', () => {
  it('marks whole words in the set, never a word that merely holds one', () => {
    const text = 'chips from china, a chip in leadership';
    const found = wordsAmong(text, new Set(['chip', 'chips']));
    expect(found.map(([s, e]) => text.slice(s, e + 1))).toEqual(['chips', 'chip']);
  });
});
