import { describe, expect, it } from 'vitest';
import { candidatePairs } from './candidate-pairs.ts';

/** `candidatePairs` over keys written as words, each item's later candidates listed in ascending order. */
function pairs(items: string[][], cap: number, min?: number): number[][] {
  const ids = new Map<string, number>();
  const keys = items.map((words) => words.map((w) => ids.get(w) ?? ids.set(w, ids.size).size - 1));
  const found: number[][] = items.map(() => []);
  for (const [item, others] of candidatePairs(keys, ids.size, cap, min))
    found[item] = [...others].sort((x, y) => x - y);
  return found;
}

describe('candidatePairs', () => {
  it('pairs items sharing a key, each pair once, later items only', () => {
    expect(pairs([['x', 'y'], ['y'], ['z'], ['x', 'y']], 10)).toEqual([[1, 3], [3], [], []]);
  });

  it('skips keys held by more items than the cap', () => {
    expect(pairs([['common', 'rare'], ['common'], ['common', 'rare']], 2)).toEqual([[2], [], []]);
  });

  it('pairs only items sharing at least the fewest keys asked for', () => {
    const keys = [['a', 'b', 'c'], ['a'], ['a', 'b'], ['b', 'c'], ['a', 'c', 'd']];
    expect(pairs(keys, 10, 2)).toEqual([[2, 3, 4], [], [], [], []]);
    // `a`, in four items, is over a cap of 3: it finds no candidates, but still counts for the pairs found by another
    // key (0 and 2 by `b`, 0 and 4 by `c`), not for those it alone would find (1 and 2).
    expect(pairs(keys, 3, 2)).toEqual([[2, 3, 4], [], [], [], []]);
    expect(pairs([['a'], ['a']], 1, 1)).toEqual([[], []]);
  });

  it('yields only items that have candidates, in ascending order', () => {
    const keys = [[0], [1], [0], [1], [2]];
    expect([...candidatePairs(keys, 3, 10)].map(([item, others]) => [item, [...others]])).toEqual([
      [0, [2]],
      [1, [3]],
    ]);
  });

  it('finds exactly the pairs that share enough keys, one of them under the cap', () => {
    // A seeded spread of items over a few keys, some held by many items, checked against each pair's count.
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const items = Array.from({ length: 60 }, () => [
      ...new Set(Array.from({ length: 1 + Math.floor(random() * 5) }, () => Math.floor(random() ** 2 * 12))),
    ]);
    const held = new Map<number, number>();
    for (const keys of items) for (const k of keys) held.set(k, (held.get(k) ?? 0) + 1);
    const cap = 8;
    for (const min of [1, 2, 3]) {
      const expected = items.map((keys, i) =>
        items.flatMap((other, j) => {
          const shared = keys.filter((k) => other.includes(k));
          const found = shared.some((k) => (held.get(k) ?? 0) <= cap);
          return j > i && found && shared.length >= min ? [j] : [];
        }),
      );
      const found: number[][] = items.map(() => []);
      for (const [item, others] of candidatePairs(items, 12, cap, min))
        found[item] = [...others].sort((x, y) => x - y);
      expect(found).toEqual(expected);
    }
  });

  it('sums the weights of the keys each pair shares, those over the cap too; by default, counts them', () => {
    let seed = 11;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    // Keys numbered 16 apart, so that those over the cap fall on the same few of the 64 bits that tell whether two
    // items may share one.
    const items = Array.from({ length: 60 }, () => [
      ...new Set(
        Array.from({ length: 1 + Math.floor(random() * 6) }, () => 16 * Math.floor(random() ** 2 * 12)),
      ),
    ]);
    const weights = Array.from({ length: 192 }, () => random() * 4);
    let common = 0;
    for (const [item, others, overlaps] of candidatePairs(items, 192, 8, 1, weights))
      others.forEach((other, i) => {
        const shared = (items[item] ?? []).filter((k) => items[other]?.includes(k));
        const expected = shared.reduce((sum, k) => sum + (weights[k] ?? 0), 0);
        expect(overlaps[i]).toBeCloseTo(expected, 12);
        if (shared.some((k) => items.filter((keys) => keys.includes(k)).length > 8)) common++;
      });
    // Keys over the cap were among the shared, and counted.
    expect(common).toBeGreaterThan(0);
    for (const [item, others, overlaps] of candidatePairs(items, 192, 8))
      others.forEach((other, i) =>
        expect(overlaps[i]).toBe((items[item] ?? []).filter((k) => items[other]?.includes(k)).length),
      );
  });
});
