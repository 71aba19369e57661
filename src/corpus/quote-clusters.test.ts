import { describe, expect, it } from 'vitest';
import { cluster, type Item } from './quote-clusters.ts';

/** Items of these quoted words (one rendering each, in article 0), with a speaker unless `null` is given. */
const items = (...quotes: string[]): Item[] =>
  quotes.map((text, quote) => ({ article: 0, quote, words: text.split(' '), text, speaker: 'Ann' }));

/** Which items `cluster` puts together, as groups of their indexes. */
function groups(list: Item[]): number[][] {
  const byRoot = new Map<number, number[]>();
  cluster(list).forEach((root, i) => byRoot.set(root, [...(byRoot.get(root) ?? []), i]));
  return [...byRoot.values()];
}

describe('cluster', () => {
  it('joins word sets right at the Jaccard threshold, and keeps those just under it apart', () => {
    // 3 shared of 5 in all: 0.6; 3 shared of 6 in all: 0.5. Three words are too few to be an excerpt, and these
    // three are not a run of the longer quote's words (a short excerpt cut from it word for word would join it).
    expect(groups(items('red green blue', 'red blue green pink gold'))).toEqual([[0, 1]]);
    expect(groups(items('red green blue', 'red blue green pink gold gray'))).toEqual([[0], [1]]);
  });

  it('joins excerpts made mostly of a long quote’s most common words, and not other quotes of those words', () => {
    // "the" and "of" are in every quote: the excerpt is found through its rarest words all the same.
    const long =
      'the rate of growth of the harbour economy was the best of the decade by far said the minister';
    const others = Array.from({ length: 30 }, (_, i) => `the cost${i} of the thing${i}`);
    const list = items(long, ...others, 'the best of the decade', 'the best of the harbour');
    const found = groups(list);
    expect(found).toContainEqual([0, 31, 32]);
    expect(found.filter((g) => g.length === 1)).toHaveLength(30);
  });

  it('merges identical word lists whatever else they share', () => {
    expect(groups(items('a b c d', 'x y', 'a b c d', 'x y'))).toEqual([
      [0, 2],
      [1, 3],
    ]);
  });
});
