import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPrefilter, substringDistance } from './prefilter.ts';

/** Plain Levenshtein distance, to check the substring version against. */
function levenshtein(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next.push(
        Math.min(
          (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
          (row[j] ?? 0) + 1,
          (next[j - 1] ?? 0) + 1,
        ),
      );
    }
    row = next;
  }
  return row[b.length] ?? 0;
}

describe('substringDistance', () => {
  it.each([
    ['lutnik', 'lutnick', 1],
    ['nvida', 'nvidia', 1],
    ['militray', 'military', 2],
    ['hopper', 'hopper-generation', 0],
    ['xyz', 'abc', 3],
  ])('%s in %s: %i', (pattern, text, distance) => expect(substringDistance(pattern, text)).toBe(distance));

  it('is the least Levenshtein distance to any substring', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }), fc.string({ maxLength: 10 }), (pattern, text) => {
        let least = pattern.length;
        for (let i = 0; i <= text.length; i++) {
          for (let j = i; j <= text.length; j++)
            least = Math.min(least, levenshtein(pattern, text.slice(i, j)));
        }
        expect(substringDistance(pattern, text)).toBe(least);
      }),
    );
  });
});

describe('createPrefilter', () => {
  it('finds the passages of every word near the one asked for', () => {
    const passagesFor = createPrefilter({
      words: ['lutnick', 'nvidia', 'video'],
      postings: [[1, 4], [2], [3]],
    });
    expect([...passagesFor('lutnik', 1)].sort()).toEqual([1, 4]);
    expect([...passagesFor('nvida', 1)]).toEqual([2]);
    expect([...passagesFor('vid', 0)].sort()).toEqual([2, 3]);
    expect([...passagesFor('zebra', 1)]).toEqual([]);
  });
});
