import { describe, expect, it } from 'vitest';
import type { Article, Corpus } from '../../corpus/types.ts';
import { testArticle } from '../../test-support/test-article.ts';
import { compareLinks } from './links.ts';
import { differences, stepDifference } from './differences.ts';

/** `article` quoting `words` in sentence `sentence`, as quote group 0. */
const quoting = (article: Article, words: string, sentence: number): Article => {
  const start = article.text.indexOf(words);
  return {
    ...article,
    quotes: [
      {
        start,
        end: start + words.length,
        outer: { start: start - 1, end: start + words.length + 1 },
        sentence,
        group: 0,
        speaker: null,
        speakerBasis: null,
      },
    ],
  };
};

// Sentences 0–3 of the first article, 4–8 of the second.
const first = quoting(
  testArticle(
    [
      'Nvidia fell 17 percent on Monday. The chips were “sold”. Prices rose and demand fell. He said "go now".',
    ],
    'x',
  ),
  'go now',
  3,
);
const second = quoting(
  testArticle(
    ['Nvidia fell 17% on Monday. The chips were "sold". Prices rose. Demand fell. They heard "go now".'],
    'y',
  ),
  'go now',
  4,
);
const corpus: Pick<Corpus, 'articles' | 'alignments'> = {
  articles: [first, second],
  alignments: [
    { a: 0, b: 4, score: 0.9, quoteGroup: null },
    { a: 1, b: 5, score: 1, quoteGroup: null },
    { a: 2, b: 6, score: 0.8, quoteGroup: null },
    { a: 2, b: 7, score: 0.7, quoteGroup: null },
  ],
};

const links = compareLinks(corpus, 0, 1);
const found = differences({ a: first, b: second }, links);
/** The marked words of a sentence, as written. */
const markedIn = (article: Article, side: 'a' | 'b', sentence: number) => {
  const start = article.sentences[sentence]?.start ?? 0;
  return (found.marks[side].get(sentence) ?? []).map((mark) =>
    article.text.slice(start + mark.start, start + mark.end),
  );
};

describe('differences', () => {
  it('marks in each sentence the words its partner lacks', () => {
    expect(markedIn(first, 'a', 0)).toEqual(['percent']);
    expect(markedIn(second, 'b', 0)).toEqual(['%']);
  });

  it('diffs a sentence against its partners read as one', () => {
    // The first article's "and" joins what the second splits in two; each half adds nothing of its own.
    expect(markedIn(first, 'a', 2)).toEqual(['and']);
    expect(found.marks.b.get(2)).toEqual([]);
    expect(found.marks.b.get(3)).toEqual([]);
  });

  it('sorts the numbered passages with an aligned pair into alike and differing, folding typography', () => {
    const badge = (side: 'a' | 'b', sentence: number) => links[side].badge.get(sentence);
    expect(found.identical).toEqual([badge('a', 1)]);
    expect(found.differing).toEqual([badge('a', 0), badge('a', 2)]);
    expect(found.identicalPairs).toBe(1);
  });

  it('leaves out sentences linked only by a shared quote', () => {
    expect(links.a.links.get(3)?.[0]?.score).toBeNull();
    expect(found.marks.a.has(3)).toBe(false);
    expect(found.marks.b.has(4)).toBe(false);
    const quoteBadge = links.a.badge.get(3);
    expect(quoteBadge).toBeDefined();
    expect([...found.identical, ...found.differing]).not.toContain(quoteBadge);
  });
});

describe('stepDifference', () => {
  const differing = [2, 5, 9];

  it('starts at the first going forward and at the last going back', () => {
    expect(stepDifference(differing, null, 1)).toBe(2);
    expect(stepDifference(differing, null, -1)).toBe(9);
  });

  it('steps from a differing passage, or from one between them, to its neighbour', () => {
    expect(stepDifference(differing, 2, 1)).toBe(5);
    expect(stepDifference(differing, 5, -1)).toBe(2);
    expect(stepDifference(differing, 3, 1)).toBe(5);
    expect(stepDifference(differing, 7, -1)).toBe(5);
  });

  it('goes round at either end', () => {
    expect(stepDifference(differing, 9, 1)).toBe(2);
    expect(stepDifference(differing, 2, -1)).toBe(9);
    expect(stepDifference(differing, 1, -1)).toBe(9);
  });

  it('goes nowhere when no passage differs', () => {
    expect(stepDifference([], null, 1)).toBeNull();
    expect(stepDifference([], 4, -1)).toBeNull();
  });
});

describe('where the keys land in a differing passage', () => {
  const land = (first: Article, second: Article, alignments: Corpus['alignments']) => {
    const links = compareLinks({ articles: [first, second], alignments }, 0, 1);
    return [...differences({ a: first, b: second }, links).landing.values()];
  };

  it('skips a first sentence that reads alike for the one whose words its partner lacks', () => {
    // The second article's one sentence partners both of the first's; only the second of those adds words.
    const first = testArticle(['Shares fell on Monday. Shares fell on Monday, traders said.'], 'x');
    const second = testArticle(['Shares fell on Monday.'], 'y');
    const alignments = [
      { a: 0, b: 2, score: 1, quoteGroup: null },
      { a: 1, b: 2, score: 0.8, quoteGroup: null },
    ];
    expect(land(first, second, alignments)).toEqual([{ side: 'a', sentence: 1 }]);
  });

  it('lands in the second article when only it adds words', () => {
    const first = testArticle(['Prices rose.'], 'x');
    const second = testArticle(['Prices rose sharply.'], 'y');
    expect(land(first, second, [{ a: 0, b: 1, score: 0.9, quoteGroup: null }])).toEqual([
      { side: 'b', sentence: 0 },
    ]);
  });
});
