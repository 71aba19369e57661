import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cluster, EXCERPT, EXCERPT_MIN_WORDS, SAME_QUOTE, type Item } from './quote-clusters.ts';

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

  it('finds the clusters that comparing every pair finds, whatever its filters rule out', () => {
    // The renderings' sets joined pair by pair, by the definition: Jaccard ≥ SAME_QUOTE, or an excerpt.
    const byDefinition = (list: Item[]) => {
      const sets = list.map((item) => new Set(item.words));
      const root = list.map((_, i) => i);
      const find = (i: number): number => (root[i] === i ? i : find(root[i] ?? i));
      sets.forEach((a, i) =>
        sets.forEach((b, j) => {
          const shared = [...a].filter((word) => b.has(word)).length;
          const smaller = Math.min(a.size, b.size);
          if (
            j > i &&
            (shared / (a.size + b.size - shared) >= SAME_QUOTE ||
              (smaller >= EXCERPT_MIN_WORDS && shared / smaller >= EXCERPT))
          )
            root[find(j)] = find(i);
        }),
      );
      return list.map((_, i) => list.findIndex((__, k) => find(k) === find(i)));
    };
    // Quotes of 4 to 14 words of a small vocabulary (a short excerpt joins by other rules), some of them another's
    // with words dropped, changed or added: many pairs near both thresholds, sharing their rarest words.
    const word = fc.integer({ min: 0, max: 24 }).map((n) => `w${Math.floor((n * n) / 25)}`);
    const quote = fc.uniqueArray(word, { minLength: 4, maxLength: 14 });
    const variant = fc.tuple(fc.nat(), fc.nat(), fc.array(word, { maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(quote, { minLength: 1, maxLength: 30 }), fc.array(variant), (quotes, variants) => {
        for (const [of, cut, added] of variants) {
          const base = quotes[of % quotes.length] ?? [];
          const words = [...new Set([...base.filter((_, k) => k !== cut % base.length), ...added])];
          if (words.length >= EXCERPT_MIN_WORDS) quotes.push(words);
        }
        const list = items(...quotes.map((q) => q.join(' ')));
        const found = cluster(list);
        expect(list.map((_, i) => found.indexOf(found[i] ?? -1))).toEqual(byDefinition(list));
      }),
      // Shrinking a failure takes minutes of pairwise comparisons: the first counterexample is shown as found.
      { numRuns: 300, endOnFailure: true },
    );
  });
});
