import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsApproximately } from './approximate.ts';
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

  it('agrees with the highlighter on whether there is a match', () => {
    const letters = fc.constantFrom(...'abcde -');
    fc.assert(
      fc.property(
        fc.string({ unit: letters, minLength: 1, maxLength: 32 }),
        fc.string({ unit: letters, maxLength: 60 }),
        fc.integer({ min: 0, max: 4 }),
        (pattern, text, errors) => {
          expect(containsApproximately(pattern, text, errors)).toBe(
            approximateMatches(pattern, text, errors).length > 0 || errors >= pattern.length,
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});
