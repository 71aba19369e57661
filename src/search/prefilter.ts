// Prefilter: the passages that may hold a word, from the word index, so Fuse scans those and not every passage.
import type { SearchIndex } from '../corpus/types.ts';

/** The least number of edits that turn `pattern` into some substring of `text` (Sellers' algorithm). */
export function substringDistance(pattern: string, text: string): number {
  const m = pattern.length;
  let previous = Int32Array.from({ length: m + 1 }, (_, i) => i);
  let current = new Int32Array(m + 1);
  let best = m;
  for (let j = 1; j <= text.length; j++) {
    current[0] = 0; // a match may start anywhere in the text
    for (let i = 1; i <= m; i++) {
      const cost = pattern.charCodeAt(i - 1) === text.charCodeAt(j - 1) ? 0 : 1;
      current[i] = Math.min((previous[i - 1] ?? 0) + cost, (previous[i] ?? 0) + 1, (current[i - 1] ?? 0) + 1);
    }
    best = Math.min(best, current[m] ?? m);
    [previous, current] = [current, previous];
  }
  return best;
}

/** Passages holding an index word that contains `word` with at most `maxErrors` edits, cached per word. */
export function createPrefilter(index: Pick<SearchIndex, 'words' | 'postings'>) {
  const cache = new Map<string, Set<number>>();
  return function passagesFor(word: string, maxErrors: number): Set<number> {
    const key = `${maxErrors}:${word}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const found = new Set<number>();
    index.words.forEach((candidate, w) => {
      if (candidate.length < word.length - maxErrors) return;
      const near =
        maxErrors === 0 ? candidate.includes(word) : substringDistance(word, candidate) <= maxErrors;
      if (near) for (const p of index.postings[w] ?? []) found.add(p);
    });
    if (cache.size > 256) cache.clear();
    cache.set(key, found);
    return found;
  };
}
