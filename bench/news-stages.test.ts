import { describe, expect, it } from 'vitest';
import { growthPerDoubling } from './news-stages.ts';

describe('growthPerDoubling', () => {
  it('is 2 for a stage that grows linearly and 4 for one that grows with the square, from any two sizes', () => {
    expect(growthPerDoubling([1000, 5], [2000, 10])).toBeCloseTo(2);
    expect(growthPerDoubling([1000, 5], [4000, 80])).toBeCloseTo(4);
    expect(growthPerDoubling([500, 3], [1500, 9])).toBeCloseTo(2);
  });
});
