// Search figures for `npm run bench`: index build and size, and per-keystroke latency against two baselines.
import { gzipSync } from 'node:zlib';
import Fuse from 'fuse.js';
import { buildSearchIndex } from '../src/corpus/search-index.ts';
import { fold } from '../src/corpus/fold.ts';
import type { Corpus } from '../src/corpus/types.ts';
import { THRESHOLD } from '../src/search/query.ts';
import { createSearch } from '../src/search/search.ts';

/** Names, typos, phrases and numbers, typed one character at a time. */
export const QUERIES = [
  'Lutnick',
  'Amodei',
  'DeepSeek',
  'Lutnik',
  'Nvida',
  'Amodai',
  'militray dominance',
  'defense',
  `"few $10M's"`,
  'export controls',
  '7-10 months older',
  '50,000',
  '$5.58 million',
  '2026-2027',
];

/** Every prefix of every query: what the search runs as someone types. */
export const KEYSTROKES = QUERIES.flatMap((q) =>
  Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)),
);

export interface Latency {
  median: number;
  p95: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

/** Latency of `run` over `inputs`, in milliseconds, after one warm-up pass unless told otherwise. */
export function latency(inputs: readonly string[], run: (q: string) => unknown, warmUp = true): Latency {
  if (warmUp) for (const q of inputs) run(q);
  const times = inputs.map((q) => {
    const start = performance.now();
    run(q);
    return performance.now() - start;
  });
  times.sort((a, b) => a - b);
  return { median: percentile(times, 0.5), p95: percentile(times, 0.95) };
}

export interface SearchFigures {
  passages: number;
  indexBuildMs: number;
  indexBytes: number;
  indexGzipBytes: number;
  startupMs: number;
  /** Per keystroke: every prefix of every query. */
  keystroke: Latency;
  /** Per whole query, ours and the two designs it replaced. */
  query: Latency;
  /** Fuse over every passage's text (Fuse's AND of the words), no word index: the first design, measured. */
  allPassages: Latency;
  /** Fuse over whole-article text: the naive design. */
  wholeArticles: Latency;
}

const FUSE = {
  ignoreLocation: true,
  threshold: THRESHOLD,
  includeMatches: true,
  includeScore: true,
  minMatchCharLength: 2,
  isCaseSensitive: true,
};

/** The search figures for one corpus; `warmUpBaselines: false` spares minutes on very large corpora. */
export function searchFigures(corpus: Corpus, warmUpBaselines = true): SearchFigures {
  let start = performance.now();
  const index = buildSearchIndex(corpus.articles);
  const indexBuildMs = performance.now() - start;
  const json = JSON.stringify(index);

  start = performance.now();
  const search = createSearch({ ...corpus, search: JSON.parse(json) as typeof index });
  const startupMs = performance.now() - start;

  const docs = index.passages.records.map((r) => r.v);
  const allPassages = new Fuse(docs, { ...FUSE, useExtendedSearch: true }, Fuse.parseIndex(index.passages));
  const articleTexts = corpus.articles.map((a) => fold(a.text));
  const wholeArticles = new Fuse(articleTexts, { ...FUSE, useExtendedSearch: true });
  const asFuse = (q: string) => fold(q).trim();

  return {
    passages: docs.length,
    indexBuildMs,
    indexBytes: Buffer.byteLength(json),
    indexGzipBytes: gzipSync(json).length,
    startupMs,
    keystroke: latency(KEYSTROKES, (q) => search(q)),
    query: latency(QUERIES, (q) => search(q)),
    allPassages: latency(QUERIES, (q) => allPassages.search(asFuse(q)), warmUpBaselines),
    wholeArticles: latency(QUERIES, (q) => wholeArticles.search(asFuse(q)), warmUpBaselines),
  };
}
