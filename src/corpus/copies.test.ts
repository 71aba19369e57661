import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from '../test-support/corpus.ts';
import { copyFamilies, COPY_SHARE, IN_ORDER, linkOf, REWRITE_SHARE } from './copies.ts';
import type { SharedText } from './types.ts';

// One story told by a source and by a sentence-by-sentence paraphrase of it (the paraphrase fixture): the headline,
// then the body paragraphs, cut, shuffled, dated and credited as each test needs.
const read = (file: string) =>
  readFileSync(`src/corpus/fixtures/paraphrase/${file}`, 'utf8').trim().split(/\n\n/);
const SOURCE = read('01_valley-gazette.txt');
const PARAPHRASE = read('02_river-courier.txt');
const text = (paragraphs: readonly string[]) => `${paragraphs.join('\n\n')}\n`;
const dated = (day: string, paragraphs: readonly string[]) => ` date ${day}\n\n${text(paragraphs)}`;

/** A story of nothing in common with the water-rationing one. */
const OTHER = text([
  'Harbour festival returns',
  'The harbour festival returns to Seaport this weekend with tall ships, a fish market and fireworks over the quay.',
  'Organisers expect forty thousand visitors across the three days, double the crowd of the first festival.',
  'Parking on the seafront will close from Friday evening, and extra ferries will run from the north shore.',
]);

/** The corpus of some article texts, named `a.txt`, `b.txt`, ... in order. */
function corpusOf(...texts: string[]) {
  const encoder = new TextEncoder();
  return analyse(
    texts.map((t, i) => ({ name: `${String.fromCharCode(97 + i)}.txt`, bytes: encoder.encode(t) })),
  );
}

const pair = (over: Partial<SharedText>): SharedText => ({
  a: 0,
  b: 1,
  verbatim: [0, 0],
  aligned: [0, 0],
  withQuotes: [0, 0],
  inOrder: 1,
  ...over,
});

describe('linkOf', () => {
  it('calls a pair copies when one carries enough of the other near-verbatim, however trimmed the other', () => {
    expect(linkOf(pair({ verbatim: [COPY_SHARE, 0.1] }))).toBe('copy');
    expect(linkOf(pair({ verbatim: [COPY_SHARE - 0.01, 0.1] }))).toBe(null);
  });
  it('calls a pair rewrites only when each carries enough of the other, quotes counted or not, in order', () => {
    const both = (share: number): Partial<SharedText> => ({
      aligned: [share, share],
      withQuotes: [share, share],
    });
    expect(linkOf(pair({ ...both(REWRITE_SHARE), inOrder: IN_ORDER }))).toBe('rewrite');
    expect(linkOf(pair({ ...both(REWRITE_SHARE), inOrder: IN_ORDER - 0.01 }))).toBe(null);
    expect(linkOf(pair({ ...both(0.9), aligned: [0.9, REWRITE_SHARE - 0.01] }))).toBe(null);
    expect(linkOf(pair({ ...both(0.9), withQuotes: [REWRITE_SHARE - 0.01, 0.9] }))).toBe(null);
  });
});

describe('copyFamilies', () => {
  it('finds a trimmed copy, and leaves an article on another story independent', () => {
    const result = copyFamilies(corpusOf(text(SOURCE), OTHER, text(SOURCE.slice(0, 6))));
    expect(result.families).toEqual([{ original: 0, members: [0, 2], basis: 'fullest', credit: null }]);
    expect(result.articles[0]).toMatchObject({ kind: 'original', of: null, family: 0 });
    expect(result.articles[2]).toMatchObject({ kind: 'copy', of: 0, share: 1, family: 0 });
    // The copy carries only part of the original: the evidence says how much.
    expect(result.articles[2]?.evidence?.covers).toBeLessThan(0.8);
    expect(result.articles[1]).toEqual({
      kind: 'independent',
      of: null,
      share: 0,
      family: null,
      evidence: null,
    });
  });

  it('finds a rewrite that keeps its source order, and not the same sentences shuffled', () => {
    const rewrite = copyFamilies(corpusOf(text(SOURCE), text(PARAPHRASE)));
    expect(rewrite.articles[1]).toMatchObject({ kind: 'rewrite', of: 0, family: 0 });
    expect(rewrite.articles[1]?.share).toBeGreaterThan(REWRITE_SHARE);
    expect(rewrite.articles[1]?.evidence?.inOrder).toBe(1);

    // Every other sentence first, then the rest: the same facts, but not in the source's order.
    const body = PARAPHRASE.slice(1);
    const shuffled = [
      PARAPHRASE[0] ?? '',
      ...body.filter((_, i) => i % 2 === 0),
      ...body.filter((_, i) => i % 2),
    ];
    const result = copyFamilies(corpusOf(text(SOURCE), text(shuffled)));
    expect(result.families).toEqual([]);
    expect(result.articles[1]?.kind).toBe('independent');
    expect(result.articles[1]?.evidence?.inOrder).toBeLessThan(IN_ORDER);
  });

  it('grows a family from its original: each member comes from the one it copies, not a rewrite', () => {
    // Two copies and a rewrite of one story: the copies come from each other, the rewrite from the original.
    const result = copyFamilies(corpusOf(text(SOURCE.slice(0, 8)), text(PARAPHRASE), text(SOURCE)));
    expect(result.families).toHaveLength(1);
    expect(result.families[0]?.original).toBe(2);
    expect(result.families[0]?.members).toEqual([2, 0, 1]);
    expect(result.articles[0]).toMatchObject({ kind: 'copy', of: 2 });
    expect(result.articles[1]).toMatchObject({ kind: 'rewrite', of: 2 });
  });

  it('chooses as the original the earliest, then the credited, then the fullest, and says which decided', () => {
    const earliest = copyFamilies(
      corpusOf(dated('2025-03-02', SOURCE), dated('2025-03-01', SOURCE.slice(0, 8))),
    );
    expect(earliest.families[0]).toMatchObject({ original: 1, basis: 'earliest' });

    // An undated copy may be the earlier: it stays a candidate, and its credit line decides.
    const wire = [SOURCE[0] ?? '', `MILLBROOK (Valley Wire) - ${SOURCE[1] ?? ''}`, ...SOURCE.slice(2, 8)];
    const credited = copyFamilies(corpusOf(dated('2025-03-01', SOURCE), text(wire)));
    expect(credited.families[0]).toMatchObject({
      original: 1,
      basis: 'credit-line',
      credit: { agency: 'Valley Wire', kind: 'dateline', article: 1 },
    });

    // Published later, the credited copy is not the original, but its credit names the family's agency.
    const later = copyFamilies(corpusOf(dated('2025-03-01', SOURCE), dated('2025-03-02', wire)));
    expect(later.families[0]).toMatchObject({
      original: 0,
      basis: 'earliest',
      credit: { agency: 'Valley Wire', kind: 'dateline', article: 1 },
    });

    const tied = copyFamilies(corpusOf(text(SOURCE), text(SOURCE)));
    expect(tied.families[0]).toMatchObject({ original: 0, basis: 'listed-first' });
  });

  it('does not join two reports that share only the quotations of one speaker', () => {
    const quotes = [
      '"We have no responsible alternative," Mayor Helen Okafor said.',
      '"The reservoir has never been this low, and the summer is not over," she said.',
      '"Every household will have to play its part until the autumn rains arrive," Okafor added.',
    ];
    const one = text([
      'Town rations water',
      'Millbrook households face strict limits on water from next week as the drought deepens.',
      ...quotes,
      'The council will publish the full rules online on Friday.',
    ]);
    const two = text([
      'Mayor defends limits',
      'Critics say the mayor of Millbrook acted too late to save the orchards along the river.',
      ...quotes,
      'Farmers plan a protest outside the town hall on Saturday morning.',
    ]);
    const result = copyFamilies(corpusOf(one, two));
    expect(result.shared).toHaveLength(1);
    // Counted with their quotations, the two would be copies.
    expect(result.shared[0]?.withQuotes[0]).toBeGreaterThan(COPY_SHARE);
    // Without, only the attributions ("she said") are the same words.
    expect(Math.max(...(result.shared[0]?.verbatim ?? []))).toBeLessThan(COPY_SHARE);
    expect(result.families).toEqual([]);
  });
});
