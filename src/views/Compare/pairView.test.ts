import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../corpus/types.ts';
import { analyse, corpusOf } from '../../test-support/corpus.ts';
import { testArticle } from '../../test-support/test-article.ts';
import { pairView } from './pairView.ts';

const seeds = corpusOf('seeds');

// Article 0 has 3 sentences (passages 0–2), article 1 has 2 (3–4), article 2 has 2 (5–6).
const small: Pick<Corpus, 'articles' | 'alignments'> = {
  articles: [
    testArticle(['One. Two. He said "close to 7-10 months older… but".'], 'x'),
    testArticle(['Uno. Dos.'], 'y'),
    testArticle(['"Close to 7-10 months older, but," he said. Zwei.'], 'z'),
  ],
  alignments: [
    { a: 0, b: 3, score: 0.9, quoteGroup: null },
    { a: 1, b: 3, score: 0.6, quoteGroup: null },
    { a: 1, b: 6, score: 0.7, quoteGroup: null },
    { a: 3, b: 5, score: 0.8, quoteGroup: null },
  ],
};

describe('pairView on stored pairs', () => {
  it('gives the pairs of two articles as sentence indices, oriented first → second', () => {
    expect(pairView(small, 0, 1).pairs).toEqual([
      { a: 0, b: 0, score: 0.9, quoteGroup: null },
      { a: 1, b: 0, score: 0.6, quoteGroup: null },
    ]);
    expect(pairView(small, 1, 0).pairs).toEqual([
      { a: 0, b: 0, score: 0.9, quoteGroup: null },
      { a: 0, b: 1, score: 0.6, quoteGroup: null },
    ]);
  });

  it('lists what each side alone has, and pairs nothing with itself', () => {
    expect(pairView(small, 0, 1)).toMatchObject({ onlyA: [2], onlyB: [1] });
    expect(pairView(small, 0, 2)).toMatchObject({ onlyA: [0, 2], onlyB: [0] });
    expect(pairView(small, 1, 1)).toEqual({ pairs: [], onlyA: [], onlyB: [] });
  });
});

describe('pairView on the seeds', () => {
  const view = pairView(seeds, 0, 2);
  const a = seeds.articles[0];
  const b = seeds.articles[2];
  const textOf = (article: typeof a, s: number) => {
    const sentence = article?.sentences[s];
    return article && sentence ? article.text.slice(sentence.start, sentence.end) : '';
  };

  it("links 000's Sonnet cost to 002's and marks 002's Lutnick and 50,000-chip passages as its own", () => {
    const linked = view.pairs.map((p) => [textOf(a, p.a), textOf(b, p.b)]);
    expect(linked).toContainEqual([
      expect.stringContaining('few $10M’s'),
      expect.stringContaining('a few tens of millions'),
    ]);
    const onlyB = view.onlyB.map((s) => textOf(b, s));
    expect(onlyB.some((t) => t.includes('Howard Lutnick'))).toBe(true);
    expect(onlyB.some((t) => t.includes('50,000 Hopper'))).toBe(true);
  });

  it('is the same pairs seen from the other side', () => {
    const back = pairView(seeds, 2, 0);
    expect(
      back.pairs.map((p) => [p.b, p.a]).sort(([xa = 0, xb = 0], [ya = 0, yb = 0]) => xa - ya || xb - yb),
    ).toEqual(view.pairs.map((p) => [p.a, p.b]));
    expect(back.onlyA).toEqual(view.onlyB);
  });

  it('gives nothing for an article against itself', () => {
    expect(pairView(seeds, 1, 1)).toEqual({ pairs: [], onlyA: [], onlyB: [] });
  });
});

describe('a close paraphrase', () => {
  // Two fictional reports of one event, the second a sentence-by-sentence rewording of the first.
  const corpus = corpusOf('src/corpus/fixtures/paraphrase');
  const view = pairView(corpus, 0, 1);

  it('aligns most sentences with their rewording, in order, and nothing else', () => {
    const body = (corpus.articles[0]?.sentences.length ?? 0) - 1; // less the headline
    const inOrder = view.pairs.filter((p) => p.a === p.b);
    expect(inOrder.length / body).toBeGreaterThanOrEqual(0.8);
    expect(view.pairs.length - inOrder.length).toBeLessThanOrEqual(1);
  });
});

describe('pairView on a wire story', () => {
  it('links two articles that share a sentence word for word, however many others share it too', () => {
    const text = 'The harbour authority approved the new breakwater on Tuesday after a long review.\n';
    const files = Array.from({ length: 40 }, (_, i) => ({
      name: `${String(i).padStart(3, '0')}.txt`,
      bytes: new TextEncoder().encode(`Headline ${i}\n\n${text}`),
    }));
    const corpus = analyse(files);
    for (const [a, b] of [
      [38, 39],
      [0, 39],
      [20, 21],
    ] as const)
      expect(pairView(corpus, a, b).pairs).toEqual([
        { a: 1, b: 1, score: expect.any(Number), quoteGroup: null },
      ]);
  });
});
