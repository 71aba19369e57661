import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { approximateMatches, termMatches } from './highlight.ts';
import { substringDistance } from './prefilter.ts';
import { parseQuery } from './query.ts';

describe('approximateMatches', () => {
  it('finds each near occurrence once, closest first', () => {
    const text = 'howard lutnick met lutnik, not lunch';
    expect(approximateMatches('lutnik', text, 1).map(([s, e]) => text.slice(s, e))).toEqual([
      'lutnick',
      'lutnik',
    ]);
  });

  it('gives non-overlapping substrings within the error budget', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), minLength: 1, maxLength: 5 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 30 }),
        fc.integer({ min: 0, max: 2 }),
        (pattern, text, k) => {
          let end = 0;
          for (const [s, e, d] of approximateMatches(pattern, text, k)) {
            expect(s).toBeGreaterThanOrEqual(end);
            expect(d).toBeLessThanOrEqual(k);
            expect(substringDistance(pattern, text.slice(s, e))).toBeLessThanOrEqual(d);
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
