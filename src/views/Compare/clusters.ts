// Two compared articles' passages gathered for reading in one column: the linked ones by their number (each
// number's passages in the first article, then their partners in the second, in the first article's order), and the
// one-sided ones in runs of a paragraph, so they read as the text they came from rather than line by line.
import type { Article } from '../../corpus/types.ts';
import type { SideLinks } from './links.ts';

export interface Cluster {
  badge: number;
  /** The cluster's sentences in each article, ascending. */
  a: number[];
  b: number[];
}

export function clusters(a: Pick<SideLinks, 'badge'>, b: Pick<SideLinks, 'badge'>): Cluster[] {
  const byBadge = new Map<number, Cluster>();
  const add = (badges: ReadonlyMap<number, number>, side: 'a' | 'b') => {
    for (const [sentence, badge] of badges) {
      const cluster = byBadge.get(badge) ?? { badge, a: [], b: [] };
      byBadge.set(badge, cluster);
      cluster[side].push(sentence);
    }
  };
  add(a.badge, 'a');
  add(b.badge, 'b');
  const ascending = (x: number, y: number) => x - y;
  return [...byBadge.values()]
    .sort((x, y) => x.badge - y.badge)
    .map((cluster) => ({ ...cluster, a: cluster.a.sort(ascending), b: cluster.b.sort(ascending) }));
}

/** Ascending sentences cut where the next is not the following sentence of the same paragraph. */
export function paragraphRuns(article: Pick<Article, 'sentences'>, sentences: readonly number[]): number[][] {
  const runs: number[][] = [];
  let previous: number | null = null;
  for (const sentence of sentences) {
    const last = runs[runs.length - 1];
    const joined =
      last !== undefined &&
      previous === sentence - 1 &&
      article.sentences[previous]?.paragraph === article.sentences[sentence]?.paragraph;
    if (joined) last.push(sentence);
    else runs.push([sentence]);
    previous = sentence;
  }
  return runs;
}
