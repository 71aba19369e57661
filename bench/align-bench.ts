// Alignment figures: precision and recall on the hand-labelled gold set, and alignment time at two corpus sizes.
import { alignArticles, ALIGN_THRESHOLD } from '../src/corpus/align.ts';
import { fold } from '../src/corpus/fold.ts';
import gold from '../src/corpus/fixtures/alignment-gold.json' with { type: 'json' };
import type { AlignedPair, Corpus } from '../src/corpus/types.ts';
import { analyse, corpusOf } from '../src/test-support/corpus.ts';
import { syntheticFiles } from './synthetic.ts';
import { time } from './timing.ts';

/** One side of a gold pair: an article id and a piece of one of its sentences, unique after folding. */
type GoldSide = readonly [string, string];
interface GoldEntry {
  a: GoldSide;
  b: GoldSide;
  why: string;
}
export const GOLD: { pairs: readonly GoldEntry[]; nonPairs: readonly GoldEntry[] } = {
  pairs: gold.pairs.map(entry),
  nonPairs: gold.nonPairs.map(entry),
};

function entry(e: { a: string[]; b: string[]; why: string }): GoldEntry {
  const side = (s: string[]): GoldSide => [s[0] ?? '', s[1] ?? ''];
  return { a: side(e.a), b: side(e.b), why: e.why };
}

/** A gold side's passage number, or why it names no single sentence (re-segmentation can break one). */
export function resolveSide(corpus: Corpus, [id, piece]: GoldSide): number | string {
  let passage = 0;
  for (const article of corpus.articles) {
    if (article.id !== id) {
      passage += article.sentences.length;
      continue;
    }
    const wanted = fold(piece);
    const hits = article.sentences.flatMap((s, i) =>
      fold(article.text.slice(s.start, s.end)).includes(wanted) ? [i] : [],
    );
    if (hits.length === 1) return passage + (hits[0] ?? 0);
    return `${id}: "${piece}" is in ${hits.length} sentences, not one: update alignment-gold.json`;
  }
  return `${id}: no article with this id: update alignment-gold.json`;
}

/** Gold pairs and non-pairs as passage pairs `[a, b]`, `a < b`, and every side that does not resolve. */
export function resolveGold(corpus: Corpus) {
  const problems: string[] = [];
  const resolve = (entries: readonly GoldEntry[]) =>
    entries.flatMap((e) => {
      const a = resolveSide(corpus, e.a);
      const b = resolveSide(corpus, e.b);
      if (typeof a === 'string') problems.push(a);
      if (typeof b === 'string') problems.push(b);
      return typeof a === 'number' && typeof b === 'number' ? [a < b ? [a, b] : [b, a]] : [];
    });
  return { pairs: resolve(GOLD.pairs), nonPairs: resolve(GOLD.nonPairs), problems };
}

export interface GoldScore {
  /** Of the labelled pairs predicted, the share that are true pairs. */
  precision: number;
  /** Of the true pairs, the share predicted. */
  recall: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

/** Alignments scored against the gold set: only labelled sentence pairs count. */
export function scoreGold(corpus: Corpus, alignments: readonly AlignedPair[]): GoldScore {
  const { pairs, nonPairs } = resolveGold(corpus);
  const predicted = new Set(alignments.map((p) => `${p.a}-${p.b}`));
  const hit = (list: number[][]) => list.filter(([a, b]) => predicted.has(`${a}-${b}`)).length;
  const truePositives = hit(pairs);
  const falsePositives = hit(nonPairs);
  return {
    precision: truePositives / Math.max(1, truePositives + falsePositives),
    recall: truePositives / Math.max(1, pairs.length),
    truePositives,
    falsePositives,
    falseNegatives: pairs.length - truePositives,
  };
}

/** Precision and recall at thresholds around the chosen one: the measurement the threshold was chosen by. */
export function thresholdSweep(corpus: Corpus, thresholds = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5]) {
  return thresholds.map((threshold) => ({
    threshold,
    ...scoreGold(corpus, alignArticles(corpus.articles, corpus.quoteGroups, { threshold })),
  }));
}

export interface AlignFigures {
  gold: GoldScore & { pairs: number; nonPairs: number; threshold: number };
  sweep: ReturnType<typeof thresholdSweep>;
  seeds: { ms: number; pairs: number; elements: number };
  synthetic: { articles: number; sentences: number; ms: number; pairs: number; elements: number };
}

/** Every alignment figure for `npm run bench`. */
export function alignFigures(seeds: Corpus = corpusOf('seeds'), syntheticCount = 1000): AlignFigures {
  const { pairs, nonPairs } = resolveGold(seeds);
  const synthetic = analyse(syntheticFiles(seeds, syntheticCount));
  return {
    gold: {
      ...scoreGold(seeds, seeds.alignments),
      pairs: pairs.length,
      nonPairs: nonPairs.length,
      threshold: ALIGN_THRESHOLD,
    },
    sweep: thresholdSweep(seeds),
    seeds: {
      ms: time(() => alignArticles(seeds.articles, seeds.quoteGroups), 20),
      pairs: seeds.alignments.length,
      elements: seeds.elements.length,
    },
    synthetic: {
      articles: synthetic.articles.length,
      sentences: synthetic.articles.reduce((n, a) => n + a.sentences.length, 0),
      ms: time(() => alignArticles(synthetic.articles, synthetic.quoteGroups), 3),
      pairs: synthetic.alignments.length,
      elements: synthetic.elements.length,
    },
  };
}
