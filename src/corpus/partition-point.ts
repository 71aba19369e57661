// The one binary search: where a sorted run stops being "before" something. Each caller says what "before" means
// (a mention before a place in the text, a word before a prefix, a passage number at or after an article's start).

/** The first index in `[0, length)` for which `before` is false, or `length`; `before` must hold for a prefix only. */
export function partitionPoint(length: number, before: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (before(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}
