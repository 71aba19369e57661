import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { partitionPoint } from './partition-point.ts';

describe('partitionPoint', () => {
  it('finds where a sorted list reaches a value, as a linear scan would', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 })),
        fc.integer({ min: -1, max: 51 }),
        (values, key) => {
          const sorted = [...values].sort((a, b) => a - b);
          const scan = sorted.findIndex((v) => v >= key);
          expect(partitionPoint(sorted.length, (i) => (sorted[i] ?? 0) < key)).toBe(
            scan === -1 ? sorted.length : scan,
          );
        },
      ),
    );
  });

  it('is 0 for an empty run and the length when all of it is before', () => {
    expect(partitionPoint(0, () => true)).toBe(0);
    expect(partitionPoint(4, () => true)).toBe(4);
    expect(partitionPoint(4, () => false)).toBe(0);
  });
});
