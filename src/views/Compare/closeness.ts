// How much every article shares with one chosen article, so the other picker can list the closest first: the
// aligned passages the corpus stores between them (what the comparison's "aligned passages" counts, less the wire
// sentences pairView.ts adds on top) and the quotes both carry.
import type { Corpus } from '../../corpus/types.ts';
import { partitionPoint } from '../../corpus/client.ts';

export interface Shared {
  /** Aligned passage pairs between the two articles. */
  aligned: number;
  /** Distinct quotes both articles carry. */
  quotes: number;
}

/** For each article of the corpus, in corpus order, what it shares with article `chosen` (nothing, for itself). */
export function sharedWith(corpus: Pick<Corpus, 'articles' | 'alignments'>, chosen: number): Shared[] {
  const { articles } = corpus;
  const shared: Shared[] = articles.map(() => ({ aligned: 0, quotes: 0 }));
  const own = articles[chosen];
  if (!own) return shared;
  // Passage p is a sentence of the article whose first passage is the last start at or before p.
  const starts: number[] = [];
  let total = 0;
  for (const article of articles) {
    starts.push(total);
    total += article.sentences.length;
  }
  const [from, to] = [starts[chosen] ?? 0, (starts[chosen] ?? 0) + own.sentences.length];
  const mine = (p: number) => p >= from && p < to;
  // The last article starting at or before p.
  const articleOf = (p: number) => partitionPoint(starts.length, (i) => (starts[i] ?? 0) <= p) - 1;
  for (const pair of corpus.alignments) {
    const other = mine(pair.a) ? pair.b : mine(pair.b) ? pair.a : null;
    const entry = other === null || mine(other) ? undefined : shared[articleOf(other)];
    if (entry) entry.aligned++;
  }
  const groups = new Set(own.quotes.map((quote) => quote.group));
  articles.forEach((article, i) => {
    const entry = shared[i];
    if (i === chosen || !entry) return;
    entry.quotes = new Set(article.quotes.map((q) => q.group).filter((group) => groups.has(group))).size;
  });
  return shared;
}

/** The indexes `0 … shared.length − 1`, most aligned passages first, then most shared quotes, then corpus order. */
export function closestFirst(shared: readonly Shared[]): number[] {
  return shared
    .map((_, i) => i)
    .sort((x, y) => {
      const [a, b] = [shared[x], shared[y]];
      if (!a || !b) return x - y;
      return b.aligned - a.aligned || b.quotes - a.quotes || x - y;
    });
}

/** What a picker orders by: what each article shares with article `index`, and the closest first. */
export interface Nearness {
  /** Null when there is no article to be near (the other side has none): the corpus order, then. */
  shared: Shared[] | null;
  order: number[];
}

/** The corpus order, for a picker with no article to be near, or not yet opened. */
export const corpusOrder = (count: number): Nearness => ({
  shared: null,
  order: Array.from({ length: count }, (_, i) => i),
});

export function nearTo(corpus: Pick<Corpus, 'articles' | 'alignments'>, index: number | null): Nearness {
  if (index === null) return corpusOrder(corpus.articles.length);
  const shared = sharedWith(corpus, index);
  return { shared, order: closestFirst(shared) };
}

/**
 * `nearTo`, worked out on the first call and kept: one pass over every alignment, a tenth of a second at 10,000
 * articles, so it is done when a picker first opens, not when the view does.
 */
export function lazyNearTo(
  corpus: Pick<Corpus, 'articles' | 'alignments'>,
  index: number | null,
): () => Nearness {
  let near: Nearness | undefined;
  return () => (near ??= nearTo(corpus, index));
}
