import { describe, expect, it } from 'vitest';
import { sayingVerbs, VERB_SOURCE } from './saying-verbs.ts';

const found = (text: string) => sayingVerbs(text).map((m) => [m.index, m[0]]);
/** The one-expression form `sayingVerbs` stands for, to check it finds the same. */
const LOOKBEHIND = new RegExp(`(?<![\\p{L}\\p{N}'’-])${VERB_SOURCE}(?![\\p{L}\\p{N}'’-])`, 'gu');

describe('sayingVerbs', () => {
  it('finds verb forms as whole words, in order', () => {
    expect(found('Amodei said, “No,” and she warns that he is arguing.')).toEqual([
      [7, 'said'],
      [27, 'warns'],
      [44, 'arguing'],
    ]);
    expect(found('as she put it,')).toEqual([[7, 'put it']]);
  });

  it('skips a form inside a longer word, and finds one after it', () => {
    expect(found('unsaid resaid said re-said said2 said’s')).toEqual([[14, 'said']]);
    expect(found('𝐀said said')).toEqual([[7, 'said']]);
  });

  it('finds what the expression with a lookbehind finds', () => {
    const text =
      'It said: claims, claimed, “stated” and-said 3said said- x’said; ‘said’ ñsaid tells told-him putting it, put its';
    expect(found(text)).toEqual([...text.matchAll(LOOKBEHIND)].map((m) => [m.index, m[0]]));
  });
});
