import { describe, expect, it } from 'vitest';
import type { Article, Corpus, Quote } from '../../corpus/types.ts';
import { testArticle } from '../../test-support/test-article.ts';
import { compareLinks } from './links.ts';

/** A quote of `words` in the article's text, in sentence `sentence`, of quote group `group`. */
const quote = (article: Article, words: string, sentence: number, group: number): Quote => {
  const start = article.text.indexOf(words);
  const end = start + words.length;
  return {
    start,
    end,
    outer: { start: start - 1, end: end + 1 },
    sentence,
    group,
    speaker: null,
    speakerBasis: null,
  };
};

const withQuotes = (article: Article, quotes: [string, number, number][]): Article => ({
  ...article,
  quotes: quotes.map(([words, sentence, group]) => quote(article, words, sentence, group)),
});

// Article 0 has 3 sentences (passages 0–2), article 1 has 2 (3–4), article 2 has 2 (5–6).
const articles = [
  withQuotes(testArticle(['One. Two. He said "close to 7-10 months older… but".'], 'x'), [
    ['close to 7-10 months older… but', 2, 0],
  ]),
  testArticle(['Uno. Dos.'], 'y'),
  withQuotes(testArticle(['"Close to 7-10 months older, but," he said. Zwei.'], 'z'), [
    ['Close to 7-10 months older, but,', 0, 0],
  ]),
];

const corpus: Pick<Corpus, 'articles' | 'alignments'> = {
  articles,
  alignments: [
    { a: 0, b: 3, score: 0.9, quoteGroup: null },
    { a: 1, b: 3, score: 0.6, quoteGroup: null },
    { a: 1, b: 6, score: 0.7, quoteGroup: null },
    { a: 3, b: 5, score: 0.8, quoteGroup: null },
  ],
};

describe('compareLinks', () => {
  it('links each sentence to its partners, numbering clusters in the first article’s order', () => {
    const links = compareLinks(corpus, 0, 1);
    expect(links.a.links.get(1)?.map((l) => l.b)).toEqual([0]);
    expect(links.b.links.get(0)?.map((l) => l.a)).toEqual([0, 1]);
    expect([...links.a.badge]).toEqual([
      [0, 1],
      [1, 1],
    ]);
    expect(links.b.badge.get(0)).toBe(1);
    expect(links.aligned).toBe(2);
  });

  it('links sentences sharing a quote and shows how the second words it', () => {
    const links = compareLinks(corpus, 0, 2);
    expect(links.links).toEqual([
      { a: 1, b: 1, score: 0.7, quoteGroups: [] },
      { a: 2, b: 0, score: null, quoteGroups: [0] },
    ]);
    expect(links.sharedGroups).toBe(1);
    expect(links.sharedQuotes[0]?.diff).toEqual([
      { kind: 'same', text: 'Close to 7-10 months older' },
      { kind: 'removed', text: '…' },
      { kind: 'added', text: ',' },
      { kind: 'same', text: ' but' },
    ]);
    expect(links.a.only).toEqual([0]);
    expect(links.b.only).toEqual([]);
    expect([...links.a.badge.values()]).toEqual([1, 2]);
  });

  it('diffs the other way when the sides are swapped', () => {
    const shared = compareLinks(corpus, 2, 0).sharedQuotes[0];
    expect(shared?.diff.filter((part) => part.kind !== 'same')).toEqual([
      { kind: 'removed', text: ',' },
      { kind: 'added', text: '…' },
    ]);
  });
});
