// Copy families: which articles are copies or rewrites of which, grouped into families with a likely original, each
// classification with the figures it rests on. Read from the alignments (see shared-text.ts): linear in them.
import { creditLine, CREDIT_STRENGTH } from './credit-lines.ts';
import { disjointSets } from './disjoint-sets.ts';
import { sharedText } from './shared-text.ts';
import type {
  Article,
  ArticleSource,
  CopyFamilies,
  Corpus,
  OriginalBasis,
  PairEvidence,
  SharedText,
} from './types.ts';

/**
 * Two articles are copies when this much of one's own words the other carries near-verbatim. On the evaluation
 * corpora, copies of one text (two sites running the same article, one cut shorter) carry 0.66 to 1 of each other
 * that way, and rewrites at most 0.29 (their short sentences left as they were): 0.5 sits in the gap.
 */
export const COPY_SHARE = 0.5;
/**
 * Two articles are rewrites of one text when each carries this much of the other's words in any words, both ways
 * and whether quoted words are counted or not: a rewrite retells its source and adds little, where two reports of
 * one event each tell part of the other. Quotes left out, two reports of one speech do not pass on its words alone;
 * counted, a short article that is mostly a quotation does not pass on a few loosely aligned sentences of its own.
 * On the evaluation corpora, rewrites carry 0.56 to 0.97 of each other so; independent reports at most 0.45.
 */
export const REWRITE_SHARE = 0.5;
/**
 * ...and keep this share of their aligned sentences in the same order (see `SharedText.inOrder`). Rewrites on the
 * evaluation corpora keep 0.75 to 1; independent reports of one event that tell the same facts (the other-story
 * fixture) often reorder them, at 0.5 to 0.67.
 */
export const IN_ORDER = 0.7;

/** Up to this many articles, every pair that shares a sentence is kept, for the page to draw as one matrix. */
export const EVERY_PAIR_UP_TO = 40;

type Link = 'copy' | 'rewrite';

/** Whether a pair of articles are copies or rewrites of one text, or neither (see the thresholds above). */
export function linkOf(pair: SharedText): Link | null {
  if (Math.max(...pair.verbatim) >= COPY_SHARE) return 'copy';
  const carried = Math.min(...pair.aligned, ...pair.withQuotes);
  if (carried >= REWRITE_SHARE && pair.inOrder >= IN_ORDER) return 'rewrite';
  return null;
}

/** The pair seen from article `x`, one of its two. */
function evidenceFor(pair: SharedText, x: number): PairEvidence {
  const [own, other] = x === pair.a ? [0, 1] : [1, 0];
  return {
    article: x === pair.a ? pair.b : pair.a,
    verbatim: pair.verbatim[own] ?? 0,
    aligned: pair.aligned[own] ?? 0,
    withQuotes: pair.withQuotes[own] ?? 0,
    covers: pair.aligned[other] ?? 0,
    inOrder: pair.inOrder,
  };
}

/** A family's original and why: the members not published after another, then credit, words, file order. */
function chooseOriginal(
  members: readonly number[],
  articles: readonly Pick<Article, 'published' | 'wordCount'>[],
  credits: readonly (number | null)[],
): { original: number; basis: OriginalBasis } {
  const days = members.flatMap((m) => articles[m]?.published ?? []);
  const earliest = days.length > 0 ? days.reduce((x, y) => (y < x ? y : x)) : null;
  const candidates = members.filter((m) => {
    const day = articles[m]?.published ?? null;
    return day === null || day === earliest;
  });
  const tests: [OriginalBasis, (m: number) => number][] = [
    ['credit-line', (m) => credits[m] ?? 0],
    ['fullest', (m) => articles[m]?.wordCount ?? 0],
    ['listed-first', (m) => -m],
  ];
  const ranked = [...candidates].sort((x, y) => {
    for (const [, value] of tests) if (value(x) !== value(y)) return value(y) - value(x);
    return 0;
  });
  const [first = members[0] ?? 0, second] = ranked;
  if (second === undefined) return { original: first, basis: 'earliest' };
  const basis = tests.find(([, value]) => value(first) !== value(second))?.[0] ?? 'listed-first';
  return { original: first, basis };
}

/** A max-heap of attachments for `familyTree`, best first: strength, then the lower article, then the lower source. */
class Attachments {
  private readonly items: { strength: number; to: number; from: number; pair: number }[] = [];
  private better(i: number, j: number) {
    const [x, y] = [this.items[i], this.items[j]];
    if (!x || !y) return false;
    return x.strength !== y.strength
      ? x.strength > y.strength
      : x.to !== y.to
        ? x.to < y.to
        : x.from < y.from;
  }
  private swap(i: number, j: number) {
    const [x, y] = [this.items[i], this.items[j]];
    if (x && y) [this.items[i], this.items[j]] = [y, x];
  }
  push(item: { strength: number; to: number; from: number; pair: number }) {
    this.items.push(item);
    for (let i = this.items.length - 1; i > 0 && this.better(i, (i - 1) >> 1); i = (i - 1) >> 1)
      this.swap(i, (i - 1) >> 1);
  }
  pop() {
    const top = this.items[0];
    const last = this.items.pop();
    if (this.items.length > 0 && last) {
      this.items[0] = last;
      for (let i = 0; ;) {
        const [l, r] = [2 * i + 1, 2 * i + 2];
        let best = i;
        if (l < this.items.length && this.better(l, best)) best = l;
        if (r < this.items.length && this.better(r, best)) best = r;
        if (best === i) break;
        this.swap(i, best);
        i = best;
      }
    }
    return top;
  }
}

/**
 * Copy families of a corpus: every pair's shared text, each article's class with its evidence, and the families
 * with their originals. Pure and deterministic; O(alignments log alignments + sentences + text): pairs come from
 * the alignments, each family's tree is grown from its links only.
 */
export function copyFamilies(corpus: Pick<Corpus, 'articles' | 'alignments'>): CopyFamilies {
  const { articles } = corpus;
  // The pairs kept, each with its link: every pair of a corpus small enough to draw them all, else the linked ones
  // (a corpus of 10,000 news-like articles has some 700,000 pairs that share a sentence, most of them a sentence or
  // two). Each article's closest pair is kept aside, for the evidence of an article in no family.
  const shared: SharedText[] = [];
  const links: (Link | null)[] = [];
  const closest: (SharedText | undefined)[] = [];
  const sets = disjointSets(articles.length);
  // Each article's kept pairs, by index into `shared`.
  const pairsOf = articles.map((): number[] => []);
  for (const pair of sharedText(articles, corpus.alignments)) {
    for (const x of [pair.a, pair.b]) {
      const best = closest[x];
      // Ties go to the lower index: pairs come in index order.
      if (best === undefined || evidenceFor(pair, x).aligned > evidenceFor(best, x).aligned)
        closest[x] = pair;
    }
    const link = linkOf(pair);
    if (link === null && articles.length > EVERY_PAIR_UP_TO) continue;
    pairsOf[pair.a]?.push(shared.length);
    pairsOf[pair.b]?.push(shared.length);
    shared.push(pair);
    links.push(link);
    if (link !== null) sets.union(pair.a, pair.b);
  }

  const byRoot = new Map<number, number[]>();
  articles.forEach((_, i) => {
    const root = sets.find(i);
    const list = byRoot.get(root);
    if (list) list.push(i);
    else byRoot.set(root, [i]);
  });
  const found = articles.map(creditLine);
  const strength = found.map((c) => (c === null ? null : CREDIT_STRENGTH[c.kind]));

  const result: ArticleSource[] = articles.map((_, i) => {
    const pair = closest[i];
    return {
      kind: 'independent',
      of: null,
      share: 0,
      family: null,
      evidence: pair ? evidenceFor(pair, i) : null,
    };
  });

  const families = [...byRoot.values()]
    .filter((members) => members.length > 1)
    .map((members) => {
      const { original, basis } = chooseOriginal(members, articles, strength);
      const others = members.filter((m) => m !== original);
      // The original's own credit, else the strongest of the others' (on a tie, the first by index).
      let creditor = found[original] ? original : null;
      for (const m of others)
        if (creditor !== original && (strength[m] ?? 0) > (creditor === null ? 0 : (strength[creditor] ?? 0)))
          creditor = m;
      const credit = creditor === null ? null : found[creditor];
      return {
        original,
        members: [original, ...others],
        basis,
        credit: credit && creditor !== null ? { ...credit, article: creditor } : null,
      };
    })
    .sort((x, y) => y.members.length - x.members.length || x.original - y.original);

  families.forEach((family, f) => {
    const original = result[family.original];
    if (original) Object.assign(original, { kind: 'original', family: f });
    // Each member comes from the member already placed that its link to is strongest (a copy before a rewrite,
    // then the more of it carried), grown out from the original: a tree, so no two members come from each other.
    const placed = new Set([family.original]);
    const heap = new Attachments();
    const offer = (from: number) => {
      for (const p of pairsOf[from] ?? []) {
        const pair = shared[p];
        const link = links[p];
        if (!pair || !link) continue;
        const to = pair.a === from ? pair.b : pair.a;
        if (placed.has(to)) continue;
        const seen = evidenceFor(pair, to);
        heap.push({ strength: (link === 'copy' ? 1 : 0) + seen.aligned, to, from, pair: p });
      }
    };
    offer(family.original);
    for (let next = heap.pop(); next !== undefined; next = heap.pop()) {
      const pair = shared[next.pair];
      const link = links[next.pair];
      if (placed.has(next.to) || !pair || !link) continue;
      placed.add(next.to);
      const evidence = evidenceFor(pair, next.to);
      result[next.to] = {
        kind: link,
        of: next.from,
        share: link === 'copy' ? evidence.verbatim : evidence.aligned,
        family: f,
        evidence,
      };
      offer(next.to);
    }
  });
  return { shared, articles: result, families };
}
