import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from './fold.ts';

describe('fold', () => {
  it.each([
    ['“few $10M’s”', `"few $10m's"`],
    ['Amodei—he’s', "amodei-he's"],
    ['H20s – some', 'h20s - some'],
    ['Café Ekström ÅNGSTRÖM', 'cafe ekstrom angstrom'],
    ['close… but', 'close. but'],
    ['a\u00a0b\tc', 'a b c'],
  ])('%s → %s', (text, folded) => expect(fold(text)).toBe(folded));

  it('keeps the length of any text, so folded offsets are original offsets', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(fold(text)).toHaveLength(text.length);
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (text) => {
        expect(fold(fold(text))).toBe(fold(text));
      }),
    );
  });
});
