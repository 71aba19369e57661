import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from './fold.ts';
import { findNumbers, NUMBER_WORDS, numberKey } from './numbers.ts';

/** The keys of the numbers of `text`, each with the stretch of text it was read from. */
function numbersOf(text: string): [string, string][] {
  const folded = fold(text);
  return findNumbers(folded).map((m) => [numberKey(m), text.slice(m.start, m.end)]);
}

const keys = (text: string) => numbersOf(text).map(([key]) => key);

describe('findNumbers and numberKey', () => {
  it('gives "between seven and 10", "7-10", "7–10" and "7 to 10" one key', () => {
    expect(numbersOf('models that are between seven and 10 months older')).toEqual([
      ['7-10', 'seven and 10'],
    ]);
    expect(numbersOf('U.S. models 7-10 months older')).toEqual([['7-10', '7-10']]);
    expect(numbersOf('U.S. models 7–10 months older')).toEqual([['7-10', '7–10']]);
    expect(keys('from 7 to 10 months')).toEqual(['7-10']);
  });

  it('reads a range with an en dash, and scales both ends by the scale after the second', () => {
    expect(numbersOf('turbines generating in 2031–2032')).toEqual([['2031-2032', '2031–2032']]);
    expect(keys('the 2024-25 season')).toEqual(['2024-2025']);
    expect(keys('trained 9-12 months ago')).toEqual(['9-12']);
    expect(keys('5-7 million people')).toEqual(['5000000-7000000']);
  });

  it('does not read a descending pair or a list as a range', () => {
    expect(keys('a score of 10-7 today')).toEqual(['10', '7']);
    expect(keys('seven, 10 and 12')).toEqual(['7', '10', '12']);
  });

  it('gives "$5.58 million" and "5.58 million" one key, with money suffixes after a currency sign', () => {
    expect(numbersOf('only $5.58 million')).toEqual([['5580000', '5.58 million']]);
    expect(keys('only 5.58 million')).toEqual(['5580000']);
    expect(keys('$5.58m and $1.5bn and £3k')).toEqual(['5580000', '1500000000', '3000']);
    expect(keys('a 10m swim')).toEqual([]);
  });

  it('gives "50,000" and "50000" one key, and reads "3.5" as one number', () => {
    expect(keys('50,000 chips')).toEqual(['50000']);
    expect(keys('50000 chips')).toEqual(['50000']);
    expect(keys('1,200,000 people')).toEqual(['1200000']);
    expect(numbersOf('Claude 3.5 Sonnet')).toEqual([['3.5', '3.5']]);
    expect(keys('1.2 billion dollar scheme')).toEqual(['1200000000']);
  });

  it('leaves model names and versions out: H100, V3, V-3, F-35', () => {
    expect(keys('Nvidia H100 chips, DeepSeek V3 and DeepSeek V-3, and an F-35')).toEqual([]);
    expect(keys('the H800 and 2,000 GPUs')).toEqual(['2000']);
  });

  it('leaves decades out, and keeps ordinals, factors and percentages as their number', () => {
    expect(keys('a wall from the 1950s and the 1990’s')).toEqual([]);
    expect(keys('on the 29th, 4x faster, 30% and 6 percent')).toEqual(['29', '4', '30', '6']);
  });

  it('reads number words, compound tens and scale words', () => {
    expect(keys('nine votes to four')).toEqual(['9', '4']);
    expect(keys('twenty-five boats and forty two nets and Forty gulls')).toEqual(['25', '42', '40']);
    expect(keys('two hundred thousand people')).toEqual(['200000']);
    expect(keys('twenty to thirty')).toEqual(['20-30']);
  });

  it('reads "tens of millions" and "few $10M’s" as one vague range, and leaves "millions of chips" alone', () => {
    expect(numbersOf('a few tens of millions to train')).toEqual([
      ['10000000-100000000', 'tens of millions'],
    ]);
    expect(numbersOf('costing a “few $10M’s.”')).toEqual([['10000000-100000000', '10M’s']]);
    expect(keys('tens of billions of dollars')).toEqual(['10000000000-100000000000']);
    expect(keys('hundreds of thousands of chips')).toEqual(['100000-1000000']);
    expect(keys('millions of chips')).toEqual([]);
    expect(keys('hundreds of engineers and tens of people')).toEqual([]);
  });

  it('gives ranges inside the folded text, in order, without overlap', () => {
    const alphabet = fc.constantFrom(
      ...'0123456789 ,.-–$£mk'.split(''),
      ' seven ',
      ' and ',
      ' to ',
      ' million',
      'tens of millions',
      'twenty-five',
      "'s",
      'V',
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 40 }).map((parts) => parts.join('')),
        (text) => {
          const folded = fold(text);
          let last = 0;
          for (const m of findNumbers(folded)) {
            expect(m.start).toBeGreaterThanOrEqual(last);
            expect(m.end).toBeGreaterThan(m.start);
            expect(m.end).toBeLessThanOrEqual(folded.length);
            expect(m.low).toBeLessThanOrEqual(m.high);
            expect(Number.isFinite(m.low) && Number.isFinite(m.high)).toBe(true);
            last = m.end;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('NUMBER_WORDS', () => {
  it('holds the words the parser reads as quantities, and no others', () => {
    for (const word of ['seven', 'twenty', 'forty', 'million']) expect(NUMBER_WORDS.has(word)).toBe(true);
    for (const word of ['chips', 'months', 'few', 'millions']) expect(NUMBER_WORDS.has(word)).toBe(false);
  });
});
