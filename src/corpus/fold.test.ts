import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldForSearch, searchOffsets } from './fold.ts';

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

  it('folds a text as it folds each of its code units, one by one', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(fold(text)).toBe(text.split('').map(fold).join(''));
      }),
    );
  });

  it('folds a character whose base folds further all the way, in one step', () => {
    expect(fold('\u1ffd')).toBe("'");
    expect(fold(fold('\u1ffd'))).toBe(fold('\u1ffd'));
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (text) => {
        expect(fold(fold(text))).toBe(fold(text));
      }),
    );
  });
});

describe('foldForSearch', () => {
  it.each([
    ['Nvi\u200Bdia', 'nvidia'],
    ['Lut\u00ADnick', 'lutnick'],
    ['\uFEFFAmo\u2060dei\u200C’s\u200D', "amodei's"],
    ['Café—no invisibles', 'cafe-no invisibles'],
  ])('%j → %j', (text, folded) => expect(foldForSearch(text)).toBe(folded));

  it('maps each of its units back to the unit of the text it was folded from', () => {
    const unit = fc.constantFrom(
      'a',
      'É',
      '’',
      ' ',
      '\u00AD',
      '\u200B',
      '\u200C',
      '\u200D',
      '\u2060',
      '\uFEFF',
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }), (units) => {
        const text = units.join('');
        const folded = foldForSearch(text);
        const offsets = searchOffsets(text);
        expect(offsets).toHaveLength(folded.length);
        offsets.forEach((at, i) => expect(folded.charAt(i)).toBe(fold(text.charAt(at))));
      }),
    );
  });
});
