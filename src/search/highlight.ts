// Highlight: where in a passage a term matches: the words a typed word matches (word-match.ts), or a longer term
// ("$5.58", a quoted phrase) under the same error budget the engine used to find the passage.
import { WORD, WORD_CHAR } from '../corpus/client.ts';
import type { Term } from './query.ts';

/**
 * Non-overlapping substrings of `text` within `maxErrors` edits of `pattern` (Sellers' algorithm, tracking where
 * each alignment starts), as half-open `[start, end)` pairs, the closest first where two overlap. Two neighbouring
 * letters swapped are one edit, as they are for a word (word-match.ts).
 */
export function approximateMatches(
  pattern: string,
  text: string,
  maxErrors: number,
): [number, number, number][] {
  const m = pattern.length;
  // Three columns of the table, the one before last kept for swaps: rotated as the text is read.
  let before = new Int32Array(m + 1);
  let beforeOrigin = new Int32Array(m + 1);
  let distance = Int32Array.from({ length: m + 1 }, (_, i) => i);
  let origin = new Int32Array(m + 1);
  let nextDistance = new Int32Array(m + 1);
  let nextOrigin = new Int32Array(m + 1);
  const found: [number, number, number][] = [];
  for (let j = 1; j <= text.length; j++) {
    nextDistance[0] = 0;
    nextOrigin[0] = j;
    const unit = text.charCodeAt(j - 1);
    for (let i = 1; i <= m; i++) {
      const cost = pattern.charCodeAt(i - 1) === unit ? 0 : 1;
      let best = (distance[i - 1] ?? 0) + cost;
      let from = origin[i - 1] ?? 0; // row 0 of the previous column holds that column's index: a fresh start
      if ((distance[i] ?? 0) + 1 < best) {
        best = (distance[i] ?? 0) + 1;
        from = origin[i] ?? j;
      }
      if ((nextDistance[i - 1] ?? 0) + 1 < best) {
        best = (nextDistance[i - 1] ?? 0) + 1;
        from = nextOrigin[i - 1] ?? j;
      }
      if (
        i > 1 &&
        j > 1 &&
        cost === 1 &&
        pattern.charCodeAt(i - 2) === unit &&
        pattern.charCodeAt(i - 1) === text.charCodeAt(j - 2) &&
        (before[i - 2] ?? 0) + 1 < best
      ) {
        best = (before[i - 2] ?? 0) + 1;
        from = beforeOrigin[i - 2] ?? j;
      }
      nextDistance[i] = best;
      nextOrigin[i] = from;
    }
    const d = nextDistance[m] ?? m;
    if (d <= maxErrors && m > 0) {
      const match: [number, number, number] = [nextOrigin[m] ?? 0, j, d];
      const last = found[found.length - 1];
      if (last && match[0] < last[1]) {
        if (d < last[2] || (d === last[2] && match[0] === last[0])) found[found.length - 1] = match;
      } else found.push(match);
    }
    [before, distance, nextDistance] = [distance, nextDistance, before];
    [beforeOrigin, origin, nextOrigin] = [origin, nextOrigin, beforeOrigin];
  }
  return found;
}

const isWordChar = (c: string) => WORD_CHAR.test(c);

/** A term's matches in folded passage text, widened to whole words, as inclusive `[start, end]` pairs like Fuse's. */
export function termMatches(term: Term, folded: string): [number, number][] {
  return approximateMatches(term.text, folded, term.maxErrors).map(([start, end]) => {
    let s = start;
    let e = end;
    while (s > 0 && isWordChar(folded.charAt(s - 1)) && isWordChar(folded.charAt(s))) s--;
    while (e < folded.length && isWordChar(folded.charAt(e)) && isWordChar(folded.charAt(e - 1))) e++;
    return [s, e - 1];
  });
}

/** A typed word's matches (see word-match.ts): the words it matches exactly, and those spelled close to it. */
export interface WordSets {
  exact: ReadonlySet<string>;
  close: ReadonlySet<string>;
}

/**
 * Runs of consecutive words of `folded` (anything but letters and digits between them) that match a term's words in
 * order, each exactly or as a close spelling, as inclusive `[start, end]` pairs with how many of the run's words are
 * close spellings; runs do not overlap. "amodei's" is the words "amodei" and "s" side by side, never "Amodei sees".
 */
export function wordRuns(folded: string, words: readonly WordSets[]): [number, number, number][] {
  const runs: [number, number, number][] = [];
  // A term of signs alone ("$", "...") has no words to run.
  if (words.length === 0) return runs;
  const tokens = [...folded.matchAll(WORD)];
  for (let i = 0; i + words.length <= tokens.length; i++) {
    let close = 0;
    let k = 0;
    for (; k < words.length; k++) {
      const token = tokens[i + k]?.[0] ?? '';
      const sets = words[k];
      if (sets?.exact.has(token)) continue;
      if (!sets?.close.has(token)) break;
      close++;
    }
    const first = tokens[i];
    const last = tokens[i + k - 1];
    if (k === words.length && first && last) {
      runs.push([first.index, last.index + last[0].length - 1, close]);
      i += k - 1;
    }
  }
  return runs;
}

/** Where the words of `folded` that are in `words` are, whole, as inclusive `[start, end]` pairs like Fuse's. */
export function wordsAmong(folded: string, words: ReadonlySet<string>): [number, number][] {
  const found: [number, number][] = [];
  for (const { 0: word, index } of folded.matchAll(WORD))
    if (words.has(word)) found.push([index, index + word.length - 1]);
  return found;
}
