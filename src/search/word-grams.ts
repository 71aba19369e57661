// Word grams: the vocabulary's words by the letter pairs (bigrams) they hold, so that a fuzzy term is scored against
// the few words that can match it, not against every word of the corpus.

/** A bigram as one number: two UTF-16 units. */
const gram = (text: string, at: number) => (text.charCodeAt(at) << 16) | text.charCodeAt(at + 1);

export interface WordGrams {
  /** The words, in the index's order: a word's id is its position. */
  readonly words: readonly string[];
  /** For each bigram, the ids of the words holding it, ascending. */
  readonly holders: ReadonlyMap<number, Int32Array>;
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
  return { words, holders };
}

/**
 * The ids of the words that may hold `pattern` with at most `maxErrors` edits (insertions, deletions,
 * substitutions) anywhere inside them, as Fuse's bitap matches a word: ascending, a superset of Fuse's matches.
 *
 * Why it is a superset (the pigeonhole principle): of the pattern cut into `maxErrors + 1` pieces, one is left whole
 * by the edits, so a candidate holds one of the pieces. With Fuse's threshold (a quarter of the letters) every piece
 * of a pattern of two letters or more has two letters at least, so the words holding a piece are among those holding
 * its rarest bigram: one list to read, where counting the bigrams each word shares with the pattern (the q-gram
 * lemma) read the lists of all of them, the common ones ("an", "in") each held by a tenth of the vocabulary, and
 * took longer than the candidates it let out take to score. `null` when a piece is a single letter: every word is a
 * candidate.
 */
export function candidateWords(grams: WordGrams, pattern: string, maxErrors: number): Int32Array | null {
  const parts = pieces(pattern, maxErrors + 1);
  if (parts.some((part) => part.length < 2)) return null;
  const { words } = grams;
  let found: Int32Array = new Int32Array(0);
  for (const part of parts) {
    let rarest: Int32Array = new Int32Array(0);
    for (let i = 0; i + 1 < part.length; i++) {
      const list = grams.holders.get(gram(part, i)) ?? new Int32Array(0);
      if (i === 0 || list.length < rarest.length) rarest = list;
    }
    found = united(
      found,
      rarest.filter((id) => part.length === 2 || (words[id] ?? '').includes(part)),
    );
  }
  return found;
}

/** The ids in either of two ascending lists, ascending, once each. */
function united(a: Int32Array, b: Int32Array): Int32Array {
  if (a.length === 0) return b;
  const out = new Int32Array(a.length + b.length);
  let n = 0;
  for (let i = 0, j = 0; i < a.length || j < b.length;) {
    const x = i < a.length ? (a[i] ?? 0) : Infinity;
    const y = j < b.length ? (b[j] ?? 0) : Infinity;
    out[n++] = Math.min(x, y);
    if (x <= y) i++;
    if (y <= x) j++;
  }
  return out.slice(0, n);
}

/** `text` cut into `count` pieces as even as can be, in order, each one unit long at least. */
export function pieces(text: string, count: number): string[] {
  const n = Math.min(count, text.length);
  return Array.from({ length: n }, (_, i) =>
    text.slice(Math.floor((i * text.length) / n), Math.floor(((i + 1) * text.length) / n)),
  );
}

/** `text` with one pair of neighbouring units that differ swapped, each spelling once: "abca" → "baca", "acba", "abac". */
export function swaps(text: string): string[] {
  const spellings = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++)
    if (text[i] !== text[i + 1])
      spellings.add(text.slice(0, i) + text.charAt(i + 1) + text.charAt(i) + text.slice(i + 2));
  return [...spellings];
}
