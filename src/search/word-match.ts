// Word match: the words of the corpus a typed word stands for, in two tiers, so that a result never looks like a
// match it is not. Exact: the word itself, a longer word it begins (typing is unfinished until the last key: "lutn"),
// or another inflection of it ("controls" finds "control", "exported" finds "exporting"). Close: a word spelled a
// letter or two differently, for typos, and only for typed words long enough that a slip still leaves them
// recognisable: "chip" with one letter changed is "chin", "ship", "chop", and inside "china" and "leadership".
import { stemmer } from 'stemmer';
import { partitionPoint } from '../corpus/client.ts';
import { closeErrors } from './query.ts';
import { candidateWords, swaps, type WordGrams } from './word-grams.ts';

export interface WordMatches {
  /** Ids of the words matching exactly (see the file's head), ascending. */
  exact: Int32Array;
  /** Ids of the close spellings, ascending, none of them exact; with the edits each is away. */
  close: Int32Array;
  errors: Int32Array;
  /**
   * When no word matches the typed one exactly: the close spelling taken as meant (fewest edits, then the most
   * passages), whose own exact matches are then `exact`. `null` when the typed word is the corpus's.
   */
  meant: string | null;
}

/** The sorted word list's ids `[from, to)` of the words starting with `prefix`, by binary search. */
export function prefixRange(words: readonly string[], prefix: string): [number, number] {
  const lowerBound = (key: string) => partitionPoint(words.length, (i) => (words[i] ?? '') < key);
  // No word of the index holds U+FFFF, so every word starting with the prefix sorts before this key.
  return [lowerBound(prefix), lowerBound(`${prefix}\uffff`)];
}

/**
 * What kind of inflection of `stem` (Porter's stem of it) `word` is, or `null` if it is none. A stem ending in "i"
 * may be a word's own ("amodei", "amodeis") or the stemmer's for a final "y" ("policy", "policies", "studying"):
 * two words are inflections of each other only if they are of one kind, so that "amodey" is not taken for "amodei".
 * Porter's stemmer also strips derivations ("general" and "generous" are both "gener"): those are other words, and
 * `null`.
 */
export function inflectionKind(word: string, stem: string): 'plain' | 'i' | 'y' | null {
  if (stem.endsWith('i')) {
    const rest = word.startsWith(stem) ? word.slice(stem.length) : null;
    if (rest === '' || rest === 's') return 'i';
    if (rest === 'es' || rest === 'ed') return 'y';
    const y = word.startsWith(`${stem.slice(0, -1)}y`) ? word.slice(stem.length) : null;
    return y === '' || y === 's' || y === 'ing' ? 'y' : null;
  }
  if (!word.startsWith(stem)) return null;
  const rest = word.slice(stem.length);
  // An ending, or a doubled last consonant before one ("stopped", "stopping").
  const inflected =
    /^(?:|e|s|es|d|ed|ing)$/.test(rest) || /^(\p{L})\1(?:ed|ing)$/u.test(`${stem.slice(-1)}${rest}`);
  return inflected ? 'plain' : null;
}

/** Ids of the words that are inflections of the same stem as `typed`, of its kind, when it is an inflection itself. */
function inflections(words: readonly string[], typed: string): number[] {
  const stem = stemmer(typed);
  const kind = inflectionKind(typed, stem);
  if (stem.length < 3 || kind === null) return [];
  // A word of that stem starts with it, but for the "y" the stemmer made "i".
  const [from, to] = prefixRange(words, stem.slice(0, -1));
  const ids: number[] = [];
  for (let id = from; id < to; id++) {
    const word = words[id] ?? '';
    if (inflectionKind(word, stem) === kind && stemmer(word) === stem) ids.push(id);
  }
  return ids;
}

/** Ids of the words `typed` matches exactly: itself, the words it begins, and its inflections; ascending. */
export function exactWords(words: readonly string[], typed: string): Int32Array {
  const [from, to] = prefixRange(words, typed);
  const ids = new Set<number>(inflections(words, typed));
  for (let id = from; id < to; id++) ids.add(id);
  return Int32Array.from(ids).sort();
}

/**
 * The fewest edits (a letter left out, added or changed, two neighbours swapped: the optimal string alignment
 * distance) between `typed` and the start of `word` of any length: a word is close whether the reader typed all of
 * it or is still typing it.
 */
export function prefixDistance(typed: string, word: string): number {
  const m = typed.length;
  // Three rows of the table: the one before last kept for swaps.
  let before = new Int32Array(m + 1);
  let row = Int32Array.from({ length: m + 1 }, (_, i) => i);
  let next = new Int32Array(m + 1);
  let best = row[m] ?? m;
  for (let j = 1; j <= word.length; j++) {
    next[0] = j;
    const unit = word.charCodeAt(j - 1);
    for (let i = 1; i <= m; i++) {
      const cost = typed.charCodeAt(i - 1) === unit ? 0 : 1;
      let d = Math.min((row[i - 1] ?? 0) + cost, (row[i] ?? 0) + 1, (next[i - 1] ?? 0) + 1);
      if (
        i > 1 &&
        j > 1 &&
        cost === 1 &&
        typed.charCodeAt(i - 2) === unit &&
        typed.charCodeAt(i - 1) === word.charCodeAt(j - 2)
      )
        d = Math.min(d, (before[i - 2] ?? 0) + 1);
      next[i] = d;
    }
    best = Math.min(best, next[m] ?? m);
    [before, row, next] = [row, next, before];
  }
  return best;
}

/**
 * The words a typed word matches (see `WordMatches`). `passagesOf(id)` is how many passages hold a word, to choose
 * the meant word among close ones.
 */
export function matchWords(grams: WordGrams, typed: string, passagesOf: (id: number) => number): WordMatches {
  const { words } = grams;
  const exact = exactWords(words, typed);
  const budget = closeErrors(typed);
  const none = new Int32Array(0);
  if (budget === 0) return { exact, close: none, errors: none, meant: null };
  // A slip seldom falls on the first letter (Pollock and Zamora, 1983): a close word starts as the typed one does,
  // which keeps "ships" out of "chips" and the words to score few. Words holding a piece of the typed word whole are
  // the only ones within the budget without a swap (see `candidateWords`); with one, they hold a piece of a swapped
  // spelling within one edit less. (Two swaps and more in a long word may go unfound: a rare slip.)
  const [from, to] = prefixRange(words, typed.charAt(0));
  const candidates = new Set<number>();
  const add = (ids: Int32Array | null) => {
    if (ids === null) for (let id = from; id < to; id++) candidates.add(id);
    else for (const id of ids) if (id >= from && id < to) candidates.add(id);
  };
  add(candidateWords(grams, typed, budget));
  for (const swapped of swaps(typed)) add(candidateWords(grams, swapped, budget - 1));
  const isExact = new Set(exact);
  const found: [number, number][] = [];
  for (const id of candidates) {
    if (isExact.has(id)) continue;
    const errors = prefixDistance(typed, words[id] ?? '');
    if (errors <= budget) found.push([id, errors]);
  }
  found.sort(([a], [b]) => a - b);
  let meant: string | null = null;
  let exactIds = exact;
  if (exact.length === 0 && found.length > 0) {
    const [best] = [...found].sort(
      ([a, e], [b, f]) =>
        e - f || passagesOf(b) - passagesOf(a) || (words[a] ?? '').length - (words[b] ?? '').length,
    );
    meant = words[best?.[0] ?? 0] ?? null;
    if (meant !== null) exactIds = exactWords(words, meant);
  }
  const taken = new Set(exactIds);
  const close = found.filter(([id]) => !taken.has(id));
  return {
    exact: exactIds,
    close: Int32Array.from(close, ([id]) => id),
    errors: Int32Array.from(close, ([, e]) => e),
    meant,
  };
}
