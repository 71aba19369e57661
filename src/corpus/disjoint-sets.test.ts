import { describe, expect, it } from 'vitest';
import { disjointSets } from './disjoint-sets.ts';

describe('disjointSets', () => {
  it('unions under the least member', () => {
    const sets = disjointSets(5);
    sets.union(3, 1);
    sets.union(4, 3);
    expect([0, 1, 2, 3, 4].map(sets.find)).toEqual([0, 1, 2, 1, 1]);
  });

  it('attaches one root under a root the caller chooses', () => {
    const sets = disjointSets(4);
    sets.attach(0, 3);
    sets.attach(1, 3);
    expect([0, 1, 2, 3].map(sets.find)).toEqual([3, 3, 2, 3]);
  });
});
