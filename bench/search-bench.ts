// Search figures for `npm run bench`, and alone (`npx tsx bench/search-bench.ts 1000 10000`): Parallax's search
// beside MiniSearch and FlexSearch on the same passages, in one run, each query typed into all three in turn. For
// each: build time, index size gzipped, load time, latency per query and per keystroke, and recall on typos.
// Latency is measured in Node, as a proxy for the page's worker: the same engine, without postMessage.
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { Charset, Index } from 'flexsearch';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { analyseArticle, type ReadArticle } from '../src/corpus/analyse.ts';
import { buildSearchIndex } from '../src/corpus/search-index.ts';
import type { SearchIndex } from '../src/corpus/types.ts';
import { createEngine, EXTENDED } from '../src/search/engine.ts';
import { answer } from '../src/search/protocol.ts';
import {
  readSearchData,
  searchData,
  searchDataJson,
  type SearchDataJson,
} from '../src/search/search-data.ts';
import { corpusOf } from '../src/test-support/corpus.ts';
import { newsCorpus } from './news-corpus.ts';
import { random } from './synthetic.ts';
import { ms, print } from './table.ts';
import { median } from './timing.ts';

/** Names, typos, phrases and numbers of the seeds (whose five articles every bench corpus holds), typed. */
export const QUERIES = [
  'Lutnick',
  'Amodei',
  'DeepSeek',
  'Lutnik',
  'Nvida',
  'Amodai',
  'Amodey',
  'militray dominance',
  'defense',
  `"few $10M's"`,
  'export controls',
  '7-10 months older',
  '50,000',
  '$5.58 million',
  '2026-2027',
];

/** The seeds' typos and the words they stand for. */
const SEED_TYPOS: readonly (readonly [string, string])[] = [
  ['Lutnik', 'Lutnick'],
  ['Nvida', 'Nvidia'],
  ['Amodey', 'Amodei'],
  ['Amodai', 'Amodei'],
];

/** Queries in Fuse's extended syntax (Parallax alone has it); `NAME` is a name of the corpus. */
const EXTENDED_QUERIES = [
  "'lutnick",
  'nvidia | lutnick',
  "'export !chips",
  '^the',
  "'NAME !the",
  '=NAME | ^NAME',
];

const prefixes = (queries: readonly string[]) =>
  queries.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));

export interface Latency {
  median: number;
  p95: number;
}

export function latencyOf(times: number[]): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    median: median(sorted),
    p95: sorted[Math.min(sorted.length - 1, Math.floor(0.95 * sorted.length))] ?? NaN,
  };
}

/** What a search engine is asked: build over passages, serialise, load back, answer queries with passage numbers. */
interface Contender {
  name: string;
  /** Serialised index, ready to ship. */
  build(): string;
  load(serialised: string): void;
  /** Per keystroke: what the page needs to paint (Parallax: the worker's whole answer, first articles marked). */
  type(query: string): unknown;
  /** Every matching passage, for recall. */
  all(query: string): number[];
}

/** A bench corpus: the articles, their search index, and each passage's text. */
interface BenchCorpus {
  label: string;
  /** As read, before the stages over the whole corpus: all that search needs. */
  articles: ReadArticle[];
  index: SearchIndex;
  passages: string[];
  /** Typos the bench makes of the corpus's names, with the names: recall is measured on all of them. */
  typos: (readonly [string, string])[];
}

/**
 * Typos made of the generated names for recall: 60, since at 12 every engine that finds typos at all found them
 * all. The first `TIMED_TYPOS` of them are also timed, as queries and keystrokes.
 */
const MADE_TYPOS = 60;
const TIMED_TYPOS = 12;

function seedArticles(): ReadArticle[] {
  return corpusOf('seeds').articles;
}

/**
 * `count` news-like articles (bench/news-corpus.ts, seed 1) and the five seeds: each article analysed and the search
 * index built, which is all search needs (the whole pipeline at 10,000 articles takes minutes).
 */
function benchCorpus(count: number): BenchCorpus {
  const generated = count === 0 ? [] : newsCorpus(count, 1).articles;
  const articles = [
    ...generated.map(
      (a) =>
        analyseArticle(a.name, `${a.text}\n`, { outlet: a.outlet, url: a.url, published: a.published })
          .article,
    ),
    ...seedArticles(),
  ];
  const index = buildSearchIndex(articles);
  const passages = articles.flatMap((a) => a.sentences.map((s) => a.text.slice(s.start, s.end)));
  const label =
    count === 0 ? 'seeds (5 articles)' : `${count.toLocaleString('en-US')} news-like articles + the seeds`;
  return { label, articles, index, passages, typos: [...SEED_TYPOS, ...madeTypos(generated, MADE_TYPOS)] };
}

/**
 * `count` typos of names the generator wrote, by a seeded rule: names drawn at random among the capitalised words
 * of six letters or more never written in lower case, each given one slip at random past its first letter (a letter
 * left out, another put in its place, two swapped, one added). Not chosen by how well any engine finds them.
 */
function madeTypos(articles: readonly { text: string }[], count: number): [string, string][] {
  const lower = new Set<string>();
  const capitalised = new Set<string>();
  for (const { text } of articles) {
    for (const [word] of text.matchAll(/\p{L}+/gu)) {
      if (/^\p{Lu}\p{Ll}{5,}$/u.test(word)) capitalised.add(word);
      else lower.add(word.toLowerCase());
    }
  }
  const names = [...capitalised].filter((w) => !lower.has(w.toLowerCase())).sort();
  const rng = random(11);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const typos: [string, string][] = [];
  while (typos.length < count && names.length > 0) {
    const name = names.splice(Math.floor(rng() * names.length), 1)[0] ?? '';
    const at = 1 + Math.floor(rng() * (name.length - 2));
    const letter = letters[Math.floor(rng() * letters.length)] ?? 'e';
    const slips = [
      name.slice(0, at) + name.slice(at + 1),
      name.slice(0, at) + letter + name.slice(at + 1),
      name.slice(0, at) + (name[at + 1] ?? '') + (name[at] ?? '') + name.slice(at + 2),
      name.slice(0, at) + letter + name.slice(at),
    ];
    const typo = slips[Math.floor(rng() * slips.length)] ?? name;
    if (typo.toLowerCase() !== name.toLowerCase()) typos.push([typo, name]);
  }
  return typos;
}

function parallax(corpus: BenchCorpus): Contender & { loadParts: { parse: number; worker: number } } {
  let engine: ReturnType<typeof createEngine> | null = null;
  const ready = () => {
    if (!engine) throw new Error('not loaded');
    return engine;
  };
  const self = {
    name: 'Parallax',
    loadParts: { parse: 0, worker: 0 },
    build: () =>
      JSON.stringify(
        searchDataJson(searchData({ articles: corpus.articles, search: buildSearchIndex(corpus.articles) })),
      ),
    load(serialised: string) {
      // As in the search worker: the data the build wrote for it parsed and read back there, and the engine made;
      // the page does none of it.
      let start = performance.now();
      const json = JSON.parse(serialised) as SearchDataJson;
      self.loadParts.parse = performance.now() - start;
      start = performance.now();
      engine = createEngine(readSearchData(json));
      self.loadParts.worker = performance.now() - start;
    },
    type: (query: string) => answer(ready(), { kind: 'search', id: 0, query, filters: {} }),
    all: (query: string) =>
      ready()
        .search(query)
        .groups.flatMap((g) => g.hits.map((h) => h.passage)),
  };
  return self;
}

/** MiniSearch as its documentation suggests for search as you type: prefix search and fuzzy matching (0.2). */
function miniSearch(passages: readonly string[]): Contender {
  const options = { fields: ['text'], idField: 'id' };
  const searchOptions = { prefix: true, fuzzy: 0.2 };
  let index: MiniSearch | null = null;
  const run = (query: string) => (index?.search(query, searchOptions) ?? []).map((r) => r.id as number);
  return {
    name: 'MiniSearch',
    build() {
      const built = new MiniSearch(options);
      built.addAll(passages.map((text, id) => ({ id, text })));
      return JSON.stringify(built);
    },
    load(serialised) {
      index = MiniSearch.loadJSON(serialised, options);
    },
    type: run,
    all: run,
  };
}

/**
 * FlexSearch with its most forgiving setup short of full Soundex: forward tokens (prefixes, for typing), the
 * LatinExtra encoder (Soundex-like) and suggestions; all results (its default stops at 100).
 */
function flexSearch(passages: readonly string[]): Contender {
  const options = { tokenize: 'forward', encoder: Charset.LatinExtra } as const;
  let index: Index | null = null;
  const run = (query: string) =>
    (index?.search(query, { limit: passages.length, suggest: true }) ?? []).map(Number);
  return {
    name: 'FlexSearch',
    build() {
      const built = new Index(options);
      passages.forEach((text, id) => built.add(id, text));
      const parts: Record<string, string> = {};
      built.export((key, data) => {
        parts[key] = data;
      });
      return JSON.stringify(parts);
    },
    load(serialised) {
      const loaded = new Index(options);
      for (const [key, data] of Object.entries(JSON.parse(serialised) as Record<string, string>))
        loaded.import(key, data);
      index = loaded;
    },
    type: run,
    all: run,
  };
}

export interface EngineFigures {
  name: string;
  buildMs: number;
  gzipBytes: number;
  loadMs: number;
  query: Latency;
  keystroke: Latency;
  /** Mean share of the passages holding the meant word that each typo found, and the mean share of its hits that do. */
  recall: number;
  precision: number;
  typosFound: number;
}

export interface SizeFigures {
  label: string;
  articles: number;
  passages: number;
  words: number;
  typos: (readonly [string, string])[];
  engines: EngineFigures[];
  /** Parallax's load split: JSON parse, the page's share (data cut and sent), the worker's (engine made). */
  parallaxLoad: { parse: number; worker: number };
  /** Extended-syntax queries: per keystroke now, and whole queries read by Fuse over every passage (before). */
  extended: { keystroke: Latency; everyPassage: Latency; queries: string[] };
}

/** Times `run` on each input, the contenders taking turns (a different one first each time), after a warm-up. */
function interleaved(
  contenders: readonly Contender[],
  inputs: readonly string[],
  run: (c: Contender, q: string) => unknown,
) {
  const times = contenders.map(() => [] as number[]);
  for (const pass of [0, 1]) {
    inputs.forEach((q, i) => {
      for (let k = 0; k < contenders.length; k++) {
        const c = (i + k) % contenders.length;
        const contender = contenders[c];
        if (!contender) continue;
        const start = performance.now();
        run(contender, q);
        if (pass === 1) times[c]?.push(performance.now() - start);
      }
    });
  }
  return times.map(latencyOf);
}

/** Every figure for one corpus size (0: the seeds alone). */
export function searchFiguresAt(count: number): SizeFigures {
  const corpus = benchCorpus(count);
  const ours = parallax(corpus);
  const contenders: Contender[] = [ours, miniSearch(corpus.passages), flexSearch(corpus.passages)];
  const built = contenders.map((c) => {
    const start = performance.now();
    const serialised = c.build();
    return { ms: performance.now() - start, serialised };
  });
  const loadMs = contenders.map((c, i) => {
    const start = performance.now();
    c.load(built[i]?.serialised ?? '');
    return performance.now() - start;
  });
  const typoQueries = corpus.typos.map(([typo]) => typo);
  const queries = [...QUERIES, ...typoQueries.slice(SEED_TYPOS.length, SEED_TYPOS.length + TIMED_TYPOS)];
  const perQuery = interleaved(contenders, queries, (c, q) => c.type(q));
  const perKeystroke = interleaved(contenders, prefixes(queries), (c, q) => c.type(q));

  const words = corpus.index.words.records.map((r) => r.v);
  const holding = (name: string) => {
    const at = words.indexOf(name.toLowerCase());
    return new Set(corpus.index.postings[at] ?? []);
  };
  const engines = contenders.map((c, i): EngineFigures => {
    let recall = 0;
    let precision = 0;
    let typosFound = 0;
    for (const [typo, name] of corpus.typos) {
      const relevant = holding(name);
      const found = c.all(typo);
      const right = found.filter((p) => relevant.has(p)).length;
      recall += relevant.size === 0 ? 0 : right / relevant.size;
      precision += found.length === 0 ? 0 : right / found.length;
      if (right === relevant.size && relevant.size > 0) typosFound++;
    }
    return {
      name: c.name,
      buildMs: built[i]?.ms ?? NaN,
      gzipBytes: gzipSync(built[i]?.serialised ?? '').length,
      loadMs: loadMs[i] ?? NaN,
      query: perQuery[i] ?? latencyOf([]),
      keystroke: perKeystroke[i] ?? latencyOf([]),
      recall: recall / corpus.typos.length,
      precision: precision / corpus.typos.length,
      typosFound,
    };
  });

  // Extended syntax, Parallax alone: per keystroke, and the design before it (Fuse over every passage) per query.
  const name = (corpus.typos[SEED_TYPOS.length]?.[1] ?? 'Lutnick').toLowerCase();
  const extendedQueries = EXTENDED_QUERIES.map((q) => q.replaceAll('NAME', name));
  const keystroke = interleaved([ours], prefixes(extendedQueries), (c, q) => c.type(q))[0] ?? latencyOf([]);
  const everyPassage = new Fuse(
    corpus.index.passages.records.map((r) => r.v),
    EXTENDED,
    Fuse.parseIndex(corpus.index.passages),
  );
  const before = latencyOf(
    extendedQueries.map((q) => {
      const start = performance.now();
      everyPassage.search(q);
      return performance.now() - start;
    }),
  );
  return {
    label: corpus.label,
    articles: corpus.articles.length,
    passages: corpus.passages.length,
    words: words.length,
    typos: corpus.typos,
    engines,
    parallaxLoad: ours.loadParts,
    extended: { keystroke, everyPassage: before, queries: extendedQueries },
  };
}

/** Budgets per keystroke, p95, by corpus size (articles generated; 0: the seeds). */
export const KEYSTROKE_BUDGET: Record<number, number> = { 0: 16, 1000: 16, 10_000: 50 };

const lat = (l: Latency) => `${ms(l.median)} / ${ms(l.p95)}`;
const pct = (x: number) => `${Math.round(x * 100)} %`;

/** The search tables' rows: one per engine per size, then Parallax's extended syntax per size; and the verdict. */
export function searchTables(sizes: readonly number[] = [0, 1000, 10_000]) {
  const engineRows: string[][] = [];
  const extendedRows: string[][] = [];
  let overBudget = false;
  for (const count of sizes) {
    const f = searchFiguresAt(count);
    const budget = KEYSTROKE_BUDGET[count];
    const flex = f.engines.find((e) => e.name === 'FlexSearch');
    for (const e of f.engines) {
      const ourRow = e.name === 'Parallax';
      const ok = budget === undefined || e.keystroke.p95 <= budget;
      if (ourRow && !ok) overBudget = true;
      engineRows.push([
        `${f.label} (${f.passages.toLocaleString('en-US')} passages, ${f.words.toLocaleString('en-US')} words)`,
        e.name,
        ms(e.buildMs),
        `${(e.gzipBytes / 1024).toFixed(0)} KB`,
        ourRow
          ? `${ms(e.loadMs)} in the worker (parse ${ms(f.parallaxLoad.parse)}, engine ${ms(f.parallaxLoad.worker)})`
          : ms(e.loadMs),
        lat(e.query),
        lat(e.keystroke),
        ourRow && budget !== undefined ? `≤ ${budget} ms: ${ok ? 'ok' : 'OVER'}` : '',
        ourRow && flex ? `${(e.keystroke.p95 / flex.keystroke.p95).toFixed(1)}× FlexSearch` : '',
        `${pct(e.recall)} (${e.typosFound}/${f.typos.length} whole), precision ${pct(e.precision)}`,
      ]);
    }
    extendedRows.push([
      f.label,
      lat(f.extended.keystroke),
      lat(f.extended.everyPassage),
      f.extended.queries.join('  '),
    ]);
  }
  return {
    engines: {
      header: [
        'corpus',
        'engine',
        'build',
        'index, gzip',
        'load',
        'per query (p50 / p95)',
        'per keystroke (p50 / p95)',
        'budget (p95)',
        'p95 per keystroke',
        'typo recall',
      ],
      rows: engineRows,
    },
    extended: {
      header: [
        'corpus',
        'per keystroke (p50 / p95)',
        'before: Fuse over every passage, per query',
        'queries',
      ],
      rows: extendedRows,
    },
    overBudget,
  };
}

/** The tables, printed, with what they measure; true when Parallax kept its budgets. */
export function printSearchTables(sizes?: readonly number[]): boolean {
  const tables = searchTables(sizes);
  console.log(
    `\nSearch beside MiniSearch and FlexSearch, on the same passages, in one run, each query typed into the three in ` +
      `turn (in Node, a proxy for the page's worker). Queries: ${QUERIES.length} on the seeds (names, typos, ` +
      `phrases, numbers) and, on the news-like corpora, ${String(TIMED_TYPOS)} typos of generated names (a seeded ` +
      "rule). Per keystroke: every prefix of each. Parallax per keystroke: the search worker's whole answer " +
      '(counts, first 20 articles, ' +
      'first 5 passages of each marked). Typo recall: the share of the passages holding the meant word that a typo ' +
      `finds, averaged over the seeds' typos and ${String(MADE_TYPOS)} of generated names ("whole": typos that ` +
      'found all).\n',
  );
  print(tables.engines.header, tables.engines.rows);
  // The machine may be shared: its load says how far wall-clock figures stand from an idle one's.
  console.log(
    `\nLoad average (1, 5, 15 min) at the end: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')}.`,
  );
  console.log('\nParallax, queries in Fuse’s extended syntax (the other two have none).\n');
  print(tables.extended.header, tables.extended.rows);
  return !tables.overBudget;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = process.argv.slice(2).map(Number);
  if (!printSearchTables(sizes.length > 0 ? sizes : undefined)) process.exitCode = 1;
}
