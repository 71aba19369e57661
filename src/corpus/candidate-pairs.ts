// Candidate pairs: the items that share enough keys to be worth comparing, found through an inverted index.

/**
 * For each item with any, the later items sharing at least `min` of its keys (each item's keys distinct numbers
 * below `keyCount`), in ascending order of item, each with its overlap: the sum of the `weights` of the keys the two
 * share (1 a key by default, the number of keys shared). Keys held by more than `cap` items find no candidates, so
 * the work is at most `cap` times the number of keys, never items squared; but they still count towards `min` and
 * the overlap, read on each candidate's short list of them. Each item's postings are read from just after the item
 * itself, so a pair is walked once, from its first item.
 */
export function* candidatePairs(
  keys: readonly ArrayLike<number>[],
  keyCount: number,
  cap: number,
  min = 1,
  weights?: ArrayLike<number>,
): Generator<[item: number, others: Int32Array, overlaps: Float64Array]> {
  // The postings as one array, each key's items ascending from `start[key]`: no list per key to allocate or grow.
  const start = new Int32Array(keyCount + 1);
  for (const itemKeys of keys)
    for (let i = 0; i < itemKeys.length; i++) {
      const key = (itemKeys[i] ?? 0) + 1;
      start[key] = (start[key] ?? 0) + 1;
    }
  for (let key = 0; key < keyCount; key++) start[key + 1] = (start[key + 1] ?? 0) + (start[key] ?? 0);
  const next = start.slice(0, keyCount);
  const postings = new Int32Array(start[keyCount] ?? 0);
  keys.forEach((itemKeys, item) => {
    for (let i = 0; i < itemKeys.length; i++) {
      const key = itemKeys[i] ?? 0;
      const at = next[key] ?? 0;
      postings[at] = item;
      next[key] = at + 1;
    }
  });
  const isCommon = (key: number) => (start[key + 1] ?? 0) - (start[key] ?? 0) > cap;
  // Each item's common keys, laid out as the postings are: one array read in place, not one small array per item.
  // And as 64 bits in two numbers, a key's bit its number's last six: two items whose bits do not meet share no
  // common key, and are told so without a look at their lists (on news-like text, most candidates).
  const commonStart = new Int32Array(keys.length + 1);
  const commonKeys = new Int32Array(keys.reduce((sum, itemKeys) => sum + itemKeys.length, 0));
  const commonBits = new Int32Array(2 * keys.length);
  keys.forEach((itemKeys, item) => {
    let at = commonStart[item] ?? 0;
    for (let i = 0; i < itemKeys.length; i++) {
      const key = itemKeys[i] ?? 0;
      if (!isCommon(key)) continue;
      commonKeys[at++] = key;
      const word = 2 * item + ((key >> 5) & 1);
      commonBits[word] = (commonBits[word] ?? 0) | (1 << (key & 31));
    }
    commonStart[item + 1] = at;
  });

  // Walking items in order, `next[key]` is where the current item stands in the key's postings. What the current
  // item shares with each other item is counted in `shared` and summed in `overlap`, both put back to 0 once read.
  next.set(start.subarray(0, keyCount));
  const weightOf = (key: number) => (weights ? (weights[key] ?? 0) : 1);
  const shared = new Int32Array(keys.length);
  const overlap = new Float64Array(keys.length);
  const commonSeenBy = new Int32Array(keyCount).fill(-1);
  const touched = new Int32Array(keys.length);
  const overlaps = new Float64Array(keys.length);
  for (let item = 0; item < keys.length; item++) {
    const itemKeys = keys[item] ?? [];
    let count = 0;
    for (let i = 0; i < itemKeys.length; i++) {
      const key = itemKeys[i] ?? 0;
      const at = next[key] ?? 0;
      next[key] = at + 1;
      if (isCommon(key)) {
        commonSeenBy[key] = item;
        continue;
      }
      const weight = weightOf(key);
      for (let p = at + 1, end = start[key + 1] ?? 0; p < end; p++) {
        const other = postings[p] ?? 0;
        if (shared[other] === 0) touched[count++] = other;
        shared[other] = (shared[other] ?? 0) + 1;
        overlap[other] = (overlap[other] ?? 0) + weight;
      }
    }
    const [low = 0, high = 0] = [commonBits[2 * item], commonBits[2 * item + 1]];
    let kept = 0;
    for (let t = 0; t < count; t++) {
      const other = touched[t] ?? 0;
      let together = shared[other] ?? 0;
      let sum = overlap[other] ?? 0;
      shared[other] = 0;
      overlap[other] = 0;
      if (((low & (commonBits[2 * other] ?? 0)) | (high & (commonBits[2 * other + 1] ?? 0))) !== 0)
        for (let c = commonStart[other] ?? 0, end = commonStart[other + 1] ?? 0; c < end; c++) {
          const key = commonKeys[c] ?? 0;
          if (commonSeenBy[key] !== item) continue;
          together++;
          sum += weightOf(key);
        }
      if (together < min) continue;
      overlaps[kept] = sum;
      touched[kept++] = other;
    }
    if (kept > 0) yield [item, touched.slice(0, kept), overlaps.slice(0, kept)];
  }
}
