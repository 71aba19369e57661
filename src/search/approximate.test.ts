import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsApproximately, substringDistance } from './approximate.ts';
import { approximateMatches } from './highlight.ts';

describe('containsApproximately', () => {
  it.each([
    ['2026-2027', 'in 2026-2027 it rose', 0, true],
    ['2026-2027', 'from 2025 to 2027', 2, false],
    ['lutnik', 'howard lutnick said', 1, true],
    ['lutnik', 'howard lutnick said', 0, false],
    ['amodei', 'dario amodei', 0, true],
    ['abc', '', 2, false],
    ['abc', '', 3, true],
  ])('%j in %j within %i edits: %s', (pattern, text, errors, expected) => {
    expect(containsApproximately(pattern, text, errors)).toBe(expected);
  });

  // The highlighter counts a swap of neighbouring letters as one edit, as word matching does (word-match.ts), so it
  // finds a match wherever this one does, and sometimes where it does not ("ruakson" in "rukason" within one edit).
  it('finds a match only where the highlighter finds one', () => {
    const letters = fc.constantFrom(...'abcde -');
    fc.assert(
      fc.property(
        fc.string({ unit: letters, minLength: 1, maxLength: 32 }),
        fc.string({ unit: letters, maxLength: 60 }),
        fc.integer({ min: 0, max: 4 }),
        (pattern, text, errors) => {
          if (containsApproximately(pattern, text, errors) && errors < pattern.length)
            expect(approximateMatches(pattern, text, errors).length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('substringDistance', () => {
  /** The fewest edits that turn `pattern` into a substring of `text`, by the whole table (Sellers, 1980). */
  function fewestEdits(pattern: string, text: string): number {
    let row = Array.from({ length: pattern.length + 1 }, (_, i) => i);
    let least = row[pattern.length] ?? 0;
    for (const c of text) {
      const next = [0];
      for (let i = 1; i <= pattern.length; i++)
        next[i] = Math.min(
          (row[i - 1] ?? 0) + (pattern[i - 1] === c ? 0 : 1),
          (row[i] ?? 0) + 1,
          (next[i - 1] ?? 0) + 1,
        );
      row = next;
      least = Math.min(least, row[pattern.length] ?? 0);
    }
    return least;
  }

  it('counts the fewest edits up to the budget, and one more past it', () => {
    const letters = fc.constantFrom(...'abcde -é');
    fc.assert(
      fc.property(
        fc.string({ unit: letters, minLength: 1, maxLength: 32 }),
        fc.string({ unit: letters, maxLength: 60 }),
        fc.integer({ min: 0, max: 8 }),
        (pattern, text, errors) => {
          expect(substringDistance(pattern)(text, errors)).toBe(
            Math.min(fewestEdits(pattern, text), errors + 1),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});
