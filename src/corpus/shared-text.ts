// Shared text: for each pair of articles that align at all, how much of each one's words the other carries, read
// from the alignments alone, so the work grows with the aligned pairs and never with the articles squared.
import { alignable } from './alignable.ts';
import { WORD_CHAR } from './passages.ts';
import type { AlignedPair, Article, SharedText } from './types.ts';

/**
 * The lowest alignment score of a sentence pair that counts as the same words ("near-verbatim"). Chosen on the
 * evaluation corpora: two sites running one article align its sentences at 0.94 to 1 (quote characters, a word cut);
 * a rewrite's sentences mostly score 0.5 to 0.9 against their source ("grounded flights" → "have suspended
 * flights"), and those over 0.9 are short ones with a word or two swapped, or quotations. Quoted words are left out
 * of the shares (see `sentenceWords`), so those few weigh little.
 */
export const COPY_LEVEL = 0.9;

/** Whether the character at `at` is a letter or a digit, as `WORD` reads them; ASCII without a regexp. */
function isWordChar(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(at) ?? code));
}

/**
 * Each sentence's words, `all` of them and its `own`: those outside quotation marks; none for a headline, heading or
 * credit line (which alignment leaves out). Two independent reports of one speech quote it word for word, so quoted
 * words tell nothing of who copied whom; what a copy keeps is the reporter's prose. Words are counted as `WORD`
 * cuts them, in one pass over the text: a regexp per sentence took longer than all the rest of `sharedText`.
 */
export function sentenceWords(article: Article): { own: Int32Array; all: Int32Array } {
  const own = new Int32Array(article.sentences.length);
  const all = new Int32Array(article.sentences.length);
  const { text, quotes } = article;
  // Quotes come in text order, as sentences do: one cursor over them.
  let q = 0;
  article.sentences.forEach((s, i) => {
    if (!alignable(article, i)) return;
    let inWord = false;
    for (let at = s.start; at < s.end; at++) {
      const word = isWordChar(text, at);
      if (word && !inWord) {
        all[i] = (all[i] ?? 0) + 1;
        while ((quotes[q]?.outer.end ?? Infinity) <= at) q++;
        if ((quotes[q]?.outer.start ?? Infinity) > at) own[i] = (own[i] ?? 0) + 1;
      }
      inWord = word;
      // A letter beyond the Basic Multilingual Plane takes two code units.
      if (text.charCodeAt(at) >= 0xd800 && text.charCodeAt(at) < 0xdc00) at++;
    }
  });
  return { own, all };
}

/** Three decimals: the JSON stays small, and the page shows whole percentages. */
const round = (share: number) => Math.round(share * 1000) / 1000;

/**
 * The longest run in `values[from]` up to `values[to]` that never falls (not necessarily contiguous), by patience
 * sorting in `tails`, a buffer at least as long: O(n log n).
 */
function longestRun(values: Int32Array, from: number, to: number, tails: Int32Array): number {
  let length = 0;
  for (let i = from; i < to; i++) {
    const v = values[i] ?? 0;
    let lo = 0;
    let hi = length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tails[mid] ?? 0) <= v) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = v;
    if (lo === length) length++;
  }
  return length;
}

/**
 * For every pair of articles sharing an aligned sentence, in order of `a` then `b`, how much of each one's own words
 * the other carries: one at a time, since a corpus of 10,000 news-like articles has some 700,000 such pairs, and
 * the caller keeps few of them. O(alignments + sentences + text), but for sorting the pairs and each pair's run: each pair's
 * alignments are read once, and a sentence aligned with two of the other's counts once. Flat typed arrays
 * throughout: a corpus of 10,000 articles aligns millions of pairs.
 */
export function* sharedText(
  articles: readonly Article[],
  alignments: readonly AlignedPair[],
): Generator<SharedText> {
  // Each passage's article and words (see `sentenceWords`).
  const passageCount = articles.reduce((sum, a) => sum + a.sentences.length, 0);
  const articleOf = new Int32Array(passageCount);
  const own = new Int32Array(passageCount);
  const all = new Int32Array(passageCount);
  const totalOwn = new Float64Array(articles.length);
  const totalAll = new Float64Array(articles.length);
  let passage = 0;
  articles.forEach((article, a) => {
    const words = sentenceWords(article);
    for (let s = 0; s < article.sentences.length; s++, passage++) {
      articleOf[passage] = a;
      own[passage] = words.own[s] ?? 0;
      all[passage] = words.all[s] ?? 0;
      totalOwn[a] = (totalOwn[a] ?? 0) + (words.own[s] ?? 0);
      totalAll[a] = (totalAll[a] ?? 0) + (words.all[s] ?? 0);
    }
  });

  // Each alignment's pair of articles, numbered as first met; then the alignments bucketed by pair (a counting
  // sort), each bucket in the order given: by `a`, then `b`.
  const pairNumber = new Map<number, number>();
  const pairOf = new Int32Array(alignments.length);
  const pairX: number[] = [];
  const pairY: number[] = [];
  alignments.forEach(({ a, b }, i) => {
    const [x, y] = [articleOf[a] ?? 0, articleOf[b] ?? 0];
    const key = x * articles.length + y;
    let pair = pairNumber.get(key);
    if (pair === undefined) {
      pair = pairX.length;
      pairNumber.set(key, pair);
      pairX.push(x);
      pairY.push(y);
    }
    pairOf[i] = pair;
  });
  const start = new Int32Array(pairX.length + 1);
  for (const pair of pairOf) start[pair + 1] = (start[pair + 1] ?? 0) + 1;
  for (let p = 0; p < pairX.length; p++) start[p + 1] = (start[p + 1] ?? 0) + (start[p] ?? 0);
  const next = start.slice(0, pairX.length);
  const byPair = new Int32Array(alignments.length);
  pairOf.forEach((pair, i) => (byPair[(next[pair] = (next[pair] ?? 0) + 1) - 1] = i));

  // Which pair last counted each passage, at any score and at copy level: a sentence counts once per pair.
  const seen = new Int32Array(passageCount).fill(-1);
  const seenVerbatim = new Int32Array(passageCount).fill(-1);
  // Each pair's partners of `a`'s sentences, in `a`'s order, and the run buffer: reused from pair to pair.
  const partners = new Int32Array(alignments.length);
  const tails = new Int32Array(alignments.length);
  const order = Int32Array.from(pairX.keys()).sort(
    (p, q) => (pairX[p] ?? 0) - (pairX[q] ?? 0) || (pairY[p] ?? 0) - (pairY[q] ?? 0),
  );
  const share = (n: number, total: number) => (total === 0 ? 0 : round(n / total));
  for (const pair of order) {
    const [x, y] = [pairX[pair] ?? 0, pairY[pair] ?? 0];
    let [ownX, ownY, allX, allY, verbatimX, verbatimY] = [0, 0, 0, 0, 0, 0];
    let [count, sentences] = [0, 0];
    const [from, to] = [start[pair] ?? 0, start[pair + 1] ?? 0];
    for (let i = from; i < to;) {
      const a = alignments[byPair[i] ?? 0]?.a ?? 0;
      let j = i;
      while (j < to && alignments[byPair[j] ?? 0]?.a === a) j++;
      // A sentence's partners highest first, so that one aligned with two of the other's adds one to the run.
      for (let k = j - 1; k >= i; k--) {
        const aligned = alignments[byPair[k] ?? 0];
        if (aligned === undefined) continue;
        const copy = aligned.score >= COPY_LEVEL;
        for (const p of [aligned.a, aligned.b]) {
          const onX = p === aligned.a;
          if (seen[p] !== pair) {
            seen[p] = pair;
            if (onX) [ownX, allX] = [ownX + (own[p] ?? 0), allX + (all[p] ?? 0)];
            else [ownY, allY] = [ownY + (own[p] ?? 0), allY + (all[p] ?? 0)];
          }
          if (copy && seenVerbatim[p] !== pair) {
            seenVerbatim[p] = pair;
            if (onX) verbatimX += own[p] ?? 0;
            else verbatimY += own[p] ?? 0;
          }
        }
        partners[from + count++] = aligned.b;
      }
      sentences++;
      i = j;
    }
    yield {
      a: x,
      b: y,
      verbatim: [share(verbatimX, totalOwn[x] ?? 0), share(verbatimY, totalOwn[y] ?? 0)],
      aligned: [share(ownX, totalOwn[x] ?? 0), share(ownY, totalOwn[y] ?? 0)],
      withQuotes: [share(allX, totalAll[x] ?? 0), share(allY, totalAll[y] ?? 0)],
      inOrder: share(longestRun(partners, from, from + count, tails), sentences),
    };
  }
}
