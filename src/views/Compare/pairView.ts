// The Compare view's reading of the stored alignment: the sentence pairs between two articles, by sentence index
// within each, and the sentences each has alone.
import { alignable, fold } from '../../corpus/client.ts';
import type { Article, Corpus } from '../../corpus/types.ts';

/** Two articles' alignment, by sentence index within each article. */
export interface PairView {
  /** Aligned sentences, ordered by `a`, then `b`. */
  pairs: { a: number; b: number; score: number; quoteGroup: number | null }[];
  /** Alignable sentences of each article with no partner in the other: what only that article says. */
  onlyA: number[];
  onlyB: number[];
}

/**
 * Links, in place, the sentences two articles share word for word that the stored pairs leave apart: a sentence
 * repeated across more articles than alignment's `MAX_PARTNERS` (a wire story) keeps pairs with only some of them.
 */
function addIdentical(a: Article, b: Article, pairs: PairView['pairs']): void {
  const paired = new Set(pairs.map((p) => p.a));
  const inB = new Map<string, number>();
  b.sentences.forEach((sentence, s) => {
    const key = fold(b.text.slice(sentence.start, sentence.end)).trim();
    if (alignable(b, s) && !inB.has(key)) inB.set(key, s);
  });
  a.sentences.forEach((sentence, s) => {
    if (paired.has(s) || !alignable(a, s)) return;
    const match = inB.get(fold(a.text.slice(sentence.start, sentence.end)).trim());
    if (match !== undefined) pairs.push({ a: s, b: match, score: 1, quoteGroup: null });
  });
}

/** The aligned pairs between articles `a` and `b` of the corpus, and what each has that the other lacks. */
export function pairView(corpus: Pick<Corpus, 'articles' | 'alignments'>, a: number, b: number): PairView {
  const first = (article: number) =>
    corpus.articles.slice(0, article).reduce((sum, x) => sum + x.sentences.length, 0);
  const articleA = corpus.articles[a];
  const articleB = corpus.articles[b];
  if (!articleA || !articleB || a === b) return { pairs: [], onlyA: [], onlyB: [] };
  const [startA, startB] = [first(a), first(b)];
  const inA = (p: number) => p >= startA && p < startA + articleA.sentences.length;
  const inB = (p: number) => p >= startB && p < startB + articleB.sentences.length;
  const pairs: PairView['pairs'] = [];
  for (const pair of corpus.alignments) {
    const { score, quoteGroup } = pair;
    if (inA(pair.a) && inB(pair.b)) pairs.push({ a: pair.a - startA, b: pair.b - startB, score, quoteGroup });
    else if (inA(pair.b) && inB(pair.a))
      pairs.push({ a: pair.b - startA, b: pair.a - startB, score, quoteGroup });
  }
  addIdentical(articleA, articleB, pairs);
  pairs.sort((x, y) => x.a - y.a || x.b - y.b);
  const pairedA = new Set(pairs.map((p) => p.a));
  const pairedB = new Set(pairs.map((p) => p.b));
  const only = (article: Article, paired: Set<number>) =>
    article.sentences.flatMap((_, s) => (alignable(article, s) && !paired.has(s) ? [s] : []));
  return { pairs, onlyA: only(articleA, pairedA), onlyB: only(articleB, pairedB) };
}
