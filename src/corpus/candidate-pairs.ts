// Candidate pairs: the items that share enough keys to be worth comparing, found through an inverted index.

/**
 * For each item with any, the later items sharing at least `min` of its keys (each item's keys distinct numbers
 * below `keyCount`), in ascending order of item. Keys held by more than `cap` items find no candidates, so the work
 * is at most `cap` times the number of keys, never items squared; but they still count towards `min`, checked on
 * each candidate's short list of them. Each item's postings are read from just after the item itself, so a pair
 * is walked once, from its first item.
 */
export function* candidatePairs(
  keys: readonly ArrayLike<number>[],
  keyCount: number,
  cap: number,
  min = 1,
): Generator<[item: number, others: Int32Array]> {
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
  const commonStart = new Int32Array(keys.length + 1);
  const commonKeys = new Int32Array(keys.reduce((sum, itemKeys) => sum + itemKeys.length, 0));
  keys.forEach((itemKeys, item) => {
    let at = commonStart[item] ?? 0;
    for (let i = 0; i < itemKeys.length; i++)
      if (isCommon(itemKeys[i] ?? 0)) commonKeys[at++] = itemKeys[i] ?? 0;
    commonStart[item + 1] = at;
  });

  // Walking items in order, `next[key]` is where the current item stands in the key's postings.
  next.set(start.subarray(0, keyCount));
  const shared = new Int32Array(keys.length);
  const seenBy = new Int32Array(keys.length).fill(-1);
  const commonSeenBy = new Int32Array(keyCount).fill(-1);
  const touched = new Int32Array(keys.length);
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
      for (let p = at + 1, end = start[key + 1] ?? 0; p < end; p++) {
        const other = postings[p] ?? 0;
        if (seenBy[other] !== item) {
          seenBy[other] = item;
          shared[other] = 0;
          touched[count++] = other;
        }
        shared[other] = (shared[other] ?? 0) + 1;
      }
    }
    let kept = 0;
    for (let t = 0; t < count; t++) {
      const other = touched[t] ?? 0;
      let together = shared[other] ?? 0;
      for (let c = commonStart[other] ?? 0, end = commonStart[other + 1] ?? 0; c < end && together < min; c++)
        if (commonSeenBy[commonKeys[c] ?? 0] === item) together++;
      if (together >= min) touched[kept++] = other;
    }
    const others = touched.slice(0, kept);
    if (others.length > 0) yield [item, others];
  }
}
