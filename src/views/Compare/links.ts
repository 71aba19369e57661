// What links two articles side by side: aligned pairs and shared quotes, per sentence on each side, with a number
// for each linked cluster, the wording difference of each shared quote, and the sentences only one side has.
import type { Corpus, DiffPart } from '../../corpus/types.ts';
import { disjointSets } from '../../corpus/client.ts';
import { quoteDiff } from '../../corpus/quote-diff.ts';
import { quoteWords } from '../Quotes/wording.ts';
import { pairView } from './pairView.ts';

export type Side = 'a' | 'b';

/** Sentence `a` of the first article and `b` of the second: aligned (with a score), sharing quotes, or both. */
export interface Link {
  a: number;
  b: number;
  /** The alignment's similarity, 0 to 1, or null for sentences linked only by a shared quote. */
  score: number | null;
  quoteGroups: number[];
}

/** A quote both articles carry: its occurrence on each side and how the second words it against the first. */
export interface SharedQuote {
  group: number;
  sentenceA: number;
  sentenceB: number;
  diff: DiffPart[];
}

export interface SideLinks {
  /** The links of each linked sentence. */
  links: ReadonlyMap<number, readonly Link[]>;
  /** Each linked sentence's cluster number: partners share it; numbered from 1 in the first article's order. */
  badge: ReadonlyMap<number, number>;
  /** Story sentences (not headlines, headings or credits) with no link to the other article, ascending. */
  only: number[];
}

export interface CompareLinks {
  links: Link[];
  a: SideLinks;
  b: SideLinks;
  sharedQuotes: SharedQuote[];
  /** How many aligned pairs (not counting sentences linked only by a quote). */
  aligned: number;
  /** How many distinct quote groups both articles carry. */
  sharedGroups: number;
}

type LinkCorpus = Pick<Corpus, 'articles' | 'alignments'>;

/** The links between articles `a` and `b` (indices into `corpus.articles`). */
export function compareLinks(corpus: LinkCorpus, a: number, b: number): CompareLinks {
  const view = pairView(corpus, a, b);
  const byPair = new Map<string, Link>();
  const linkFor = (sa: number, sb: number, score: number | null) => {
    const key = `${String(sa)}:${String(sb)}`;
    const link = byPair.get(key) ?? { a: sa, b: sb, score, quoteGroups: [] };
    byPair.set(key, link);
    return link;
  };
  for (const pair of view.pairs) {
    const link = linkFor(pair.a, pair.b, pair.score);
    if (pair.quoteGroup !== null) addOnce(link.quoteGroups, pair.quoteGroup);
  }
  const sharedQuotes = a === b ? [] : findSharedQuotes(corpus, a, b);
  for (const shared of sharedQuotes)
    addOnce(linkFor(shared.sentenceA, shared.sentenceB, null).quoteGroups, shared.group);

  const links = [...byPair.values()].sort((x, y) => x.a - y.a || x.b - y.b);
  const badges = clusterNumbers(links);
  return {
    links,
    a: sideLinks(links, 'a', badges.a, view.onlyA),
    b: sideLinks(links, 'b', badges.b, view.onlyB),
    sharedQuotes,
    aligned: view.pairs.length,
    sharedGroups: new Set(sharedQuotes.map((shared) => shared.group)).size,
  };
}

function addOnce(list: number[], value: number): void {
  if (!list.includes(value)) list.push(value);
}

/** `unpaired`: the side's story sentences (not headlines or headings) with no aligned partner. */
function sideLinks(
  links: readonly Link[],
  side: Side,
  badge: Map<number, number>,
  unpaired: readonly number[],
): SideLinks {
  const bySentence = new Map<number, Link[]>();
  for (const link of links) bySentence.set(link[side], [...(bySentence.get(link[side]) ?? []), link]);
  return { links: bySentence, badge, only: unpaired.filter((s) => !bySentence.has(s)) };
}

/** The linked sentences of both sides in clusters; clusters numbered by their first sentence of side a. */
function clusterNumbers(links: readonly Link[]): { a: Map<number, number>; b: Map<number, number> } {
  // One set of numbers for both sides: side b's sentences come after side a's.
  const offset = links.reduce((most, link) => Math.max(most, link.a + 1), 0);
  const sets = disjointSets(links.reduce((most, link) => Math.max(most, offset + link.b + 1), offset));
  for (const link of links) sets.union(link.a, offset + link.b);
  const numbers = new Map<number, number>();
  const a = new Map<number, number>();
  const b = new Map<number, number>();
  for (const link of links) {
    const top = sets.find(link.a);
    const n = numbers.get(top) ?? numbers.size + 1;
    numbers.set(top, n);
    a.set(link.a, n);
    b.set(link.b, n);
  }
  return { a, b };
}

/** Every pairing of an occurrence in `a` with one in `b` of the same quote group, with how `b` words it. */
function findSharedQuotes(corpus: LinkCorpus, a: number, b: number): SharedQuote[] {
  const first = corpus.articles[a];
  const second = corpus.articles[b];
  if (!first || !second) return [];
  const shared: SharedQuote[] = [];
  for (const qa of first.quotes) {
    for (const qb of second.quotes) {
      if (qb.group !== qa.group) continue;
      const diff = quoteDiff(quoteWords(first, qa), quoteWords(second, qb));
      shared.push({ group: qa.group, sentenceA: qa.sentence, sentenceB: qb.sentence, diff });
    }
  }
  return shared;
}
