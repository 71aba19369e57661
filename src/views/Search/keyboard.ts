// Arrow keys between the search box and the result links, as indexes: -1 is the box, 0… the results in order.

/** Where ArrowDown or ArrowUp moves focus from `from`, among the box and `count` results; null leaves it be. */
export function stepFocus(from: number, count: number, key: string): number | null {
  if (key === 'ArrowDown') return from + 1 < count ? from + 1 : null;
  if (key === 'ArrowUp') return from >= 0 ? from - 1 : null;
  return null;
}
