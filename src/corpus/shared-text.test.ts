import { describe, expect, it } from 'vitest';
import { analyse } from '../test-support/corpus.ts';
import { COPY_LEVEL, sentenceWords, sharedText } from './shared-text.ts';
import type { AlignedPair } from './types.ts';

/** The corpus of some article texts, named `a.txt`, `b.txt`, ... in order. */
function corpusOf(...texts: string[]) {
  const encoder = new TextEncoder();
  return analyse(
    texts.map((t, i) => ({ name: `${String.fromCharCode(97 + i)}.txt`, bytes: encoder.encode(t) })),
  );
}

/** Articles of one-sentence paragraphs under a headline: sentence i of the body is passage i + 1 of its article. */
const story = (...sentences: string[]) => `Headline here\n\n${sentences.join('\n\n')}\n`;
const link = (a: number, b: number, score: number): AlignedPair => ({ a, b, score, quoteGroup: null });

describe('sentenceWords', () => {
  it('counts the words outside quotation marks, and all words, as WORD cuts them; none of a headline', () => {
    const [article] = corpusOf(
      story('Prices rose 2.5 percent in Zürich’s shops.', '"We are pleased," the minister said.'),
    ).articles;
    const words = article && sentenceWords(article);
    // "2.5" is two words, "Zürich’s" two: what `WORD` makes of them.
    expect(words && [...words.own]).toEqual([0, 9, 3]);
    expect(words && [...words.all]).toEqual([0, 9, 6]);
  });
});

describe('sharedText', () => {
  // Two articles of three body sentences of 4, 6 and 10 words: passages 0-3 and 4-7, the headlines 0 and 4.
  const corpus = corpusOf(
    story(
      'One two three four.',
      'One two three four five six.',
      'One two three four five six seven eight nine ten.',
    ),
    story(
      'Uno dos tres cuatro.',
      'Uno dos tres cuatro cinco seis.',
      'Uno dos tres cuatro cinco seis siete ocho nueve diez.',
    ),
  );
  const shares = (alignments: AlignedPair[]) => [...sharedText(corpus.articles, alignments)];

  it('weighs shares by words, near-verbatim apart from any words', () => {
    const [pair] = shares([link(1, 5, COPY_LEVEL), link(3, 7, COPY_LEVEL - 0.01)]);
    expect(pair).toMatchObject({ a: 0, b: 1, verbatim: [0.2, 0.2], aligned: [0.7, 0.7], inOrder: 1 });
  });

  it('counts a sentence aligned with two of the other once, and in order once', () => {
    const [pair] = shares([link(3, 6, 0.5), link(3, 7, 0.6)]);
    expect(pair?.aligned).toEqual([0.5, 0.8]);
    expect(pair?.inOrder).toBe(1);
  });

  it('gives the share of aligned sentences that keep the other order', () => {
    expect(shares([link(1, 7, 0.5), link(2, 6, 0.5), link(3, 5, 0.5)])[0]?.inOrder).toBe(0.333);
    expect(shares([link(1, 5, 0.5), link(2, 7, 0.5), link(3, 6, 0.5)])[0]?.inOrder).toBe(0.667);
  });

  it('lists only the pairs that share an aligned sentence', () => {
    expect(shares([])).toEqual([]);
  });
});
