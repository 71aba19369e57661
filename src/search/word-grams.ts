// Word grams: the vocabulary's words by the letter pairs (bigrams) they hold, so that a fuzzy term is scored against
// the few words that can match it, not against every word of the corpus.
import { substringDistance } from './approximate.ts';

/** A bigram as one number: two UTF-16 units. */
const gram = (text: string, at: number) => (text.charCodeAt(at) << 16) | text.charCodeAt(at + 1);

export interface WordGrams {
  /** The words, in the index's order: a word's id is its position. */
  readonly words: readonly string[];
  /** For each bigram, the ids of the words holding it, ascending. */
  readonly holders: ReadonlyMap<number, Int32Array>;
  /** Scratch for `candidateWords`, zero between calls: one count per word, reused so a keystroke allocates little. */
  readonly counts: Uint16Array;
}

export function wordGrams(words: readonly string[]): WordGrams {
  const lists = new Map<number, number[]>();
  words.forEach((word, id) => {
    for (let i = 0; i + 1 < word.length; i++) {
      const key = gram(word, i);
      const list = lists.get(key);
      if (!list) lists.set(key, [id]);
      else if (list[list.length - 1] !== id) list.push(id);
    }
  });
  const holders = new Map<number, Int32Array>();
  for (const [key, list] of lists) holders.set(key, Int32Array.from(list));
  return { words, holders, counts: new Uint16Array(words.length) };
}

/**
 * The ids of the words that may hold `pattern` with at most `maxErrors` edits (insertions, deletions,
 * substitutions) anywhere inside them, as Fuse's bitap matches a word: ascending, a superset of Fuse's matches.
 *
 * Why it is a superset (the q-gram lemma): `pattern` has `length - 1` bigrams, and one edit spoils at most two of
 * them, so a stretch of a word within `maxErrors` edits of it still holds at least `length - 1 - 2 × maxErrors` of
 * them. With Fuse's threshold (a quarter of the letters) that is at least one bigram for every pattern of two
 * letters or more, where trigrams would let no word out for patterns of four, five or eight letters. And (the
 * pigeonhole principle) of the pattern cut into `maxErrors + 1` pieces, one is left whole by the edits: a candidate
 * must hold it, which for a four-letter pattern ("nvid") lets out the words holding only its middle bigram. `null` when the
 * lemma rules nothing out (a one-letter pattern, or more errors than it allows): every word is a candidate.
 */
export function candidateWords(grams: WordGrams, pattern: string, maxErrors: number): Int32Array | null {
  const needed = pattern.length - 1 - 2 * maxErrors;
  if (needed < 1) return null;
  const { counts } = grams;
  const touched: number[] = [];
  for (let i = 0; i + 1 < pattern.length; i++) {
    const list = grams.holders.get(gram(pattern, i));
    if (!list) continue;
    for (const id of list) if ((counts[id] = (counts[id] ?? 0) + 1) === 1) touched.push(id);
  }
  const parts = pieces(pattern, maxErrors + 1);
  const found: number[] = [];
  for (const id of touched) {
    const word = grams.words[id] ?? '';
    if ((counts[id] ?? 0) >= needed && parts.some((part) => word.includes(part))) found.push(id);
    counts[id] = 0;
  }
  return Int32Array.from(found).sort();
}

/** `text` cut into `count` pieces as even as can be, in order, each one unit long at least. */
export function pieces(text: string, count: number): string[] {
  const n = Math.min(count, text.length);
  return Array.from({ length: n }, (_, i) =>
    text.slice(Math.floor((i * text.length) / n), Math.floor(((i + 1) * text.length) / n)),
  );
}

/** Words near a pattern, by id, ascending, with Fuse's score of each (see `nearWords`). */
export interface NearWords {
  ids: Int32Array;
  scores: Float64Array;
}

/**
 * The words holding `pattern` with at most `maxErrors` edits, with the score Fuse gives each searching the word list
 * with the engine's options (fuse.js 7: `FUSE_OPTIONS`, whose threshold allows `maxErrors(pattern)` edits, location
 * ignored, case kept, matches of two units at least), worked out without Fuse: on a keystroke that matched a common
 * word's tens of thousands of candidates, Fuse's objects per word took most of the time. Fuse's bitap finds the
 * fewest edits that turn the pattern into a substring of the word, as `substringDistance` does: the score is those
 * edits over the pattern's length, at least 0.001, and 0 for the word itself, raised to the word's field-length norm
 * (1 for one word). Its two-unit minimum never rules a word out here: a match is either exact (two units or more) or,
 * with `maxErrors` at most a quarter of a pattern of four units or more, holds two matching units side by side.
 * word-grams.test.ts checks the scores against Fuse's own.
 */
export function nearWords(grams: WordGrams, pattern: string, maxErrors: number): NearWords {
  const candidates = candidateWords(grams, pattern, maxErrors) ?? grams.words.map((_, id) => id);
  const distance = substringDistance(pattern);
  const ids: number[] = [];
  const scores: number[] = [];
  for (const id of candidates) {
    const word = grams.words[id] ?? '';
    const errors = distance(word, maxErrors);
    if (errors > maxErrors) continue;
    ids.push(id);
    scores.push(word === pattern ? 0 : Math.max(0.001, errors / pattern.length));
  }
  return { ids: Int32Array.from(ids), scores: Float64Array.from(scores) };
}
