// Quote clusters: which renderings of quotes are one quote, by their word sets, found through prefix filtering.
import { partitionPoint } from './partition-point.ts';
import { disjointSets } from './disjoint-sets.ts';
import { surnameOf } from './speaker-names.ts';
import type { QuoteRef } from './types.ts';

/**
 * Two renderings are one quote when their word sets overlap by this much (Jaccard: shared / all). 0.6 lets a
 * rendering drop or change a few words in ten ("the sea floor" / "the seabed": 0.82; the ellipsis and comma versions
 * of one sentence: 1.0) while two different sentences on one topic stay apart (see quote-groups.test.ts).
 */
export const SAME_QUOTE = 0.6;
/** An excerpt joins the longer quote it is cut from when this share of its words is in it... */
export const EXCERPT = 0.8;
/** ...and it has at least this many distinct words: shorter ones ("military dominance") fit too many sentences. */
export const EXCERPT_MIN_WORDS = 4;

/** One rendering of a quote, as clustering and grouping read it. */
export interface Item extends QuoteRef {
  words: string[];
  /** The quoted words as written. */
  text: string;
  speaker: string | null;
}

/** Where the first item of at least `size` is in `list`, ordered by `sizeOf`, smallest first (a binary search). */
function firstOfSize(list: readonly number[], sizeOf: (item: number) => number, size: number): number {
  return partitionPoint(list.length, (i) => sizeOf(list[i] ?? 0) < size);
}

/** A word's sets, and where in each one's rarest-first order the word is. */
interface Listing {
  sets: number[];
  at: number[];
}

/** `entry` with its sets smallest first (by `sizeOf`), then in set order. */
function smallestFirst(entry: Listing, sizeOf: (set: number) => number): Listing {
  const order = entry.sets
    .map((_, k) => k)
    .sort(
      (x, y) =>
        sizeOf(entry.sets[x] ?? 0) - sizeOf(entry.sets[y] ?? 0) ||
        (entry.sets[x] ?? 0) - (entry.sets[y] ?? 0),
    );
  return { sets: order.map((k) => entry.sets[k] ?? 0), at: order.map((k) => entry.at[k] ?? 0) };
}

/** Whether sets of sizes `x` and `y` sharing `shared` words are one quote: by Jaccard, or as an excerpt. */
function oneQuote(shared: number, x: number, y: number): boolean {
  if (shared / (x + y - shared) >= SAME_QUOTE) return true;
  const smaller = Math.min(x, y);
  return smaller >= EXCERPT_MIN_WORDS && shared / smaller >= EXCERPT;
}

/**
 * Whether two sets are one quote (see `oneQuote`). The most words they can share falls by one with each word of the
 * smaller missing from the larger; once that is too few (the ratios only fall with it), they are not: most sets
 * compared are not, and show it in a few words.
 */
function similar(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  let most = small.size;
  for (const word of small) if (!large.has(word) && !oneQuote(--most, a.size, b.size)) return false;
  return oneQuote(most, a.size, b.size);
}

/** How many of a set's rarest words must hold a shared one when `share` of its words are shared (prefix filtering). */
const prefixLength = (size: number, share: number) => size - Math.ceil(share * size) + 1;

/**
 * Clusters of items rendering the same quote, as a root per item. Identical word lists are merged first; the
 * distinct ones are compared only where prefix filtering finds them (words in a global order, rarest first).
 * Jaccard ≥ t: two sets' prefixes of their rarest |x| − ⌈t·|x|⌉ + 1 words share a word (the rarest shared word is
 * in both), so each set is indexed under its prefix only and compared with those indexed under its prefix words;
 * and the words after that rarest shared word, in each, bound how many more they can share (PPJoin's positional
 * filter), so that sets which cannot reach t are not compared.
 * Each word's sets are listed smallest first, so that a set walks only the sizes it can reach: Jaccard ≥ t needs
 * t·|x| ≤ |y|, and |y| ≤ (|x| − i)(1 + t)/t − |x| when the rarest shared word is the i-th of x's.
 * An excerpt (`EXCERPT` of the smaller set's words shared): its rarest |x| − ⌈EXCERPT·|x|⌉ + 1 words hold a shared
 * one, which may be any word of the larger set, so it is compared with the sets at least its size holding one of
 * those words, but not those whose words after the rarest shared one are too few. A word's lists are short either
 * way: a common word ("the") is in few prefixes, and in the second way only the few rarest words of a set are
 * looked up. Still, on news-like corpora a rare word’s quotes grow with the corpus, and the pairs walked grow
 * faster (11× the walk for 4× the articles, 1,000 to 4,000).
 */
export function cluster(items: readonly Item[]): number[] {
  const sets = disjointSets(items.length);
  const byKey = new Map<string, number>();
  const distinct: { item: number; words: Set<string> }[] = [];
  items.forEach((item, i) => {
    const key = item.words.join(' ');
    const seen = byKey.get(key);
    if (seen === undefined) {
      byKey.set(key, i);
      distinct.push({ item: i, words: new Set(item.words) });
    } else sets.union(seen, i);
  });

  const frequency = new Map<string, number>();
  for (const { words } of distinct)
    for (const word of words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const rarest = distinct.map(({ words }) =>
    [...words].sort((a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || (a < b ? -1 : 1)),
  );
  const prefix = (d: number, share: number) =>
    rarest[d]?.slice(0, prefixLength(rarest[d].length, share)) ?? [];
  const postings = new Map<string, number[]>();
  // The sets with each word in their prefix, and the sets with each word at all, each with where in its rarest-first
  // order the word is.
  const byPrefix = new Map<string, Listing>();
  const byWord = new Map<string, Listing>();
  const list = (lists: Map<string, Listing>, word: string, d: number, at: number) => {
    const entry = lists.get(word);
    if (entry) {
      entry.sets.push(d);
      entry.at.push(at);
    } else lists.set(word, { sets: [d], at: [at] });
  };
  distinct.forEach(({ words }, d) => {
    for (const word of words) {
      const sets = postings.get(word);
      if (sets) sets.push(d);
      else postings.set(word, [d]);
    }
    rarest[d]?.forEach((word, at) => list(byWord, word, d, at));
    prefix(d, SAME_QUOTE).forEach((word, at) => list(byPrefix, word, d, at));
  });
  const sizes = Int32Array.from(distinct, ({ words }) => words.size);
  const sizeOf = (d: number) => sizes[d] ?? 0;
  for (const lists of [byPrefix, byWord])
    for (const [word, entry] of lists) lists.set(word, smallestFirst(entry, sizeOf));

  // Compares set `d` with `list` from `from` to `to`, joining those similar, but not those `canMatch` (given the place
  // in the list) rules out; whether any there stays apart from it.
  const checkedBy = new Int32Array(distinct.length).fill(-1);
  const compare = (
    d: number,
    list: readonly number[],
    from: number,
    to: number,
    canMatch: (at: number) => boolean,
  ): boolean => {
    const { item, words } = distinct[d] ?? { item: 0, words: new Set<string>() };
    let apart = false;
    for (let i = from; i < to; i++) {
      const other = list[i] ?? 0;
      const candidate = distinct[other];
      if (!candidate || sets.find(candidate.item) === sets.find(item)) continue;
      if (checkedBy[other] === d || !canMatch(i)) {
        apart = true;
        continue;
      }
      checkedBy[other] = d;
      if (similar(words, candidate.words)) sets.union(item, candidate.item);
      else apart = true;
    }
    return apart;
  };
  /**
   * Whether sets of sizes `x` and `y` whose rarest shared word is at `i` and `j` in their rarest-first orders can
   * reach Jaccard `SAME_QUOTE`: at best they share that word and all the words after it in the one with fewer.
   * Computed as `oneQuote` computes the ratios, so that a set pair right at a threshold is never ruled out.
   */
  const reachable = (x: number, i: number, y: number, j: number) => {
    const shared = 1 + Math.min(x - i - 1, y - j - 1);
    return shared / (x + y - shared) >= SAME_QUOTE;
  };
  /** The same for an excerpt: whether the words from the rarest shared one on can be `EXCERPT` of the smaller set. */
  const excerptReachable = (x: number, i: number, y: number, j: number) =>
    Math.min(x - i, y - j) / Math.min(x, y) >= EXCERPT;
  // A word whose sets all proved one cluster is settled: walking it again can join nothing, and skipping it keeps
  // one quote repeated with small changes thousands of times (each sharing all its words) from costing its square.
  // For excerpts, a word is settled from a size on: its sets of that size and more are one cluster.
  const settled = new Set<string>();
  const settledFrom = new Map<string, number>();
  distinct.forEach(({ words }, d) => {
    const x = words.size;
    // A set first meets another at their rarest shared word (see above), where the bounds hold; met again at a later
    // word, the other is checked already, or was ruled out where they first met.
    prefix(d, SAME_QUOTE).forEach((word, i) => {
      const entry = byPrefix.get(word);
      if (!entry || settled.has(word)) return;
      // The sizes it can reach, a little wider (whole numbers), for `reachable` to decide exactly.
      const from = firstOfSize(entry.sets, sizeOf, Math.floor(SAME_QUOTE * x));
      const to = firstOfSize(
        entry.sets,
        sizeOf,
        Math.ceil(((x - i) * (1 + SAME_QUOTE)) / SAME_QUOTE - x) + 1,
      );
      const canMatch = (k: number) => reachable(x, i, sizeOf(entry.sets[k] ?? 0), entry.at[k] ?? 0);
      const apart = compare(d, entry.sets, from, to, canMatch);
      if (!apart && from === 0 && to === entry.sets.length) settled.add(word);
    });
    if (x < EXCERPT_MIN_WORDS) return;
    prefix(d, EXCERPT).forEach((word, i) => {
      const entry = byWord.get(word);
      if (!entry || x >= (settledFrom.get(word) ?? Infinity)) return;
      const canMatch = (k: number) => excerptReachable(x, i, sizeOf(entry.sets[k] ?? 0), entry.at[k] ?? 0);
      const from = firstOfSize(entry.sets, sizeOf, x);
      if (!compare(d, entry.sets, from, entry.sets.length, canMatch)) settledFrom.set(word, x);
    });
  });
  joinShortExcerpts(items, distinct, postings, frequency, sets);
  return items.map((_, i) => sets.find(i));
}

/** How many quotes a short excerpt's rarest word may be in before it is too common to place the excerpt. */
const SHORT_EXCERPT_CANDIDATES = 64;

/** Whether `part` is a run of consecutive words of `whole`. */
function isRunOf(part: readonly string[], whole: readonly string[]): boolean {
  for (let i = 0; i + part.length <= whole.length; i++)
    if (part.every((word, j) => whole[i + j] === word)) return true;
  return false;
}

/**
 * Joins each short excerpt (fewer than `EXCERPT_MIN_WORDS` words: "wake-up call", "stole") to the longer quote it
 * is cut from, word for word, when exactly one group holds such a quote and no speaker says otherwise: a phrase
 * two different quotations share stays apart from both. Groups are read as they stood before any short excerpt was
 * joined, so one excerpt never bridges two quotations. Candidates come from the postings of the excerpt's rarest
 * word, at most `SHORT_EXCERPT_CANDIDATES` of them.
 */
function joinShortExcerpts(
  items: readonly Item[],
  distinct: readonly { item: number; words: Set<string> }[],
  postings: ReadonlyMap<string, number[]>,
  frequency: ReadonlyMap<string, number>,
  sets: ReturnType<typeof disjointSets>,
): void {
  const joins: [number, number][] = [];
  for (const { item } of distinct) {
    const excerpt = items[item];
    if (!excerpt || excerpt.words.length >= EXCERPT_MIN_WORDS || excerpt.words.join('').length < 4) continue;
    const rarest = [...new Set(excerpt.words)].sort(
      (a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0),
    )[0];
    const candidates = rarest === undefined ? [] : (postings.get(rarest) ?? []);
    if (candidates.length > SHORT_EXCERPT_CANDIDATES) continue;
    const own = sets.find(item);
    const groups = new Set<number>();
    let target = -1;
    let conflict = false;
    for (const d of candidates) {
      const other = items[distinct[d]?.item ?? -1];
      const root = sets.find(distinct[d]?.item ?? item);
      if (!other || root === own || other.words.length <= excerpt.words.length) continue;
      if (!isRunOf(excerpt.words, other.words)) continue;
      groups.add(root);
      target = distinct[d]?.item ?? -1;
      if (excerpt.speaker !== null && other.speaker !== null)
        conflict ||= surnameOf(excerpt.speaker) !== surnameOf(other.speaker);
    }
    if (groups.size === 1 && !conflict && target >= 0) joins.push([item, target]);
  }
  for (const [a, b] of joins) sets.union(a, b);
}
