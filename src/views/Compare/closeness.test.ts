import { describe, expect, it } from 'vitest';
import type { Article, Corpus } from '../../corpus/types.ts';
import { corpusOf } from '../../test-support/corpus.ts';
import { testArticle } from '../../test-support/test-article.ts';
import { closestFirst, nearTo, sharedWith } from './closeness.ts';
import { compareLinks } from './links.ts';

/** An article whose quotes belong to the given quote groups (one a sentence). */
const quoting = (id: string, sentences: number, groups: number[]): Article => {
  const article = testArticle([Array.from({ length: sentences }, (_, i) => `S${String(i)}.`).join(' ')], id);
  article.quotes = groups.map((group, i) => ({
    start: 0,
    end: 1,
    outer: { start: 0, end: 1 },
    sentence: i,
    group,
    speaker: null,
    speakerBasis: null,
  }));
  return article;
};

// Passages: article w 0–1, x 2–4, y 5 (none: an empty article), z 5–6. The article with no sentences checks that a
// passage is given to the article it belongs to, not to an empty one starting at the same number.
const small: Pick<Corpus, 'articles' | 'alignments'> = {
  articles: [quoting('w', 2, [7]), quoting('x', 3, [7, 8, 7]), quoting('y', 0, []), quoting('z', 2, [8])],
  alignments: [
    { a: 0, b: 2, score: 0.9, quoteGroup: 7 },
    { a: 0, b: 5, score: 0.6, quoteGroup: null },
    { a: 1, b: 3, score: 0.7, quoteGroup: null },
    { a: 1, b: 6, score: 0.7, quoteGroup: null },
    { a: 2, b: 5, score: 0.8, quoteGroup: null },
    { a: 3, b: 4, score: 0.8, quoteGroup: null },
  ],
};

describe('sharedWith', () => {
  it('counts each article’s aligned pairs with the chosen one, whichever side of a pair it is on', () => {
    expect(sharedWith(small, 0).map((s) => s.aligned)).toEqual([0, 2, 0, 2]);
    expect(sharedWith(small, 3).map((s) => s.aligned)).toEqual([2, 1, 0, 0]);
  });

  it('counts the distinct quotes two articles both carry, and nothing for the chosen article itself', () => {
    expect(sharedWith(small, 1).map((s) => s.quotes)).toEqual([1, 0, 0, 1]);
    expect(sharedWith(small, 0).map((s) => s.quotes)).toEqual([0, 1, 0, 0]);
  });

  it('gives nothing shared for an index that names no article', () => {
    expect(sharedWith(small, 9)).toEqual(small.articles.map(() => ({ aligned: 0, quotes: 0 })));
  });

  it('agrees with the comparison’s counts on the seeds', () => {
    const seeds = corpusOf('seeds');
    seeds.articles.forEach((_, chosen) => {
      const shared = sharedWith(seeds, chosen);
      seeds.articles.forEach((__, other) => {
        if (other === chosen) return;
        const links = compareLinks(seeds, chosen, other);
        expect(shared[other]?.quotes).toBe(links.sharedGroups);
        // The seeds have no sentence in more articles than alignment keeps partners for, so nothing is added.
        expect(shared[other]?.aligned).toBe(links.aligned);
      });
    });
  });
});

describe('closestFirst', () => {
  it('orders by aligned passages, then shared quotes, then corpus order', () => {
    const shared = [
      { aligned: 0, quotes: 0 },
      { aligned: 2, quotes: 0 },
      { aligned: 2, quotes: 3 },
      { aligned: 0, quotes: 1 },
      { aligned: 2, quotes: 0 },
    ];
    expect(closestFirst(shared)).toEqual([2, 1, 4, 3, 0]);
  });
});

describe('nearTo', () => {
  it('orders closest to the chosen article first, or in corpus order when there is none', () => {
    expect(nearTo(small, 3)).toMatchObject({ order: [0, 1, 2, 3] });
    expect(nearTo(small, 1).order).toEqual([0, 3, 1, 2]);
    expect(nearTo(small, null)).toEqual({ shared: null, order: [0, 1, 2, 3] });
  });
});
