// The corpus in pieces for the page: a small shell that paints the first view (the article list), and parts that each
// view loads when it opens, so no view waits for — or parses — data it does not show.
import type { AlignedPair, Article, Corpus, CorpusWarning } from './types.ts';

/** What the articles table and the page's frame show of an article: no text, no analysis. */
export type ArticleSummary = Pick<
  Article,
  | 'id'
  | 'file'
  | 'title'
  | 'titleSource'
  | 'outlet'
  | 'outletSource'
  | 'url'
  | 'published'
  | 'publishedSource'
  | 'publishedBound'
> & { wordCount: number; sentenceCount: number };

/** What the page needs before any view's data: bundled with the app's code. */
export interface CorpusShell {
  schemaVersion: Corpus['schemaVersion'];
  /** Every article, in corpus order (so index `i` here is article `i` of every part). */
  articles: ArticleSummary[];
  /** How many named events the timeline has: the articles view's summary counts them without loading the part. */
  eventCount: number;
  warnings: CorpusWarning[];
}

/**
 * The parts of the corpus a view may ask for, each loaded once, on first use. The search index is not one: the
 * search worker loads its own data (`virtual:corpus/search-data`, see src/search/search-data.ts).
 */
export const CORPUS_PARTS = [
  'articles',
  'quoteGroups',
  'alignments',
  'elements',
  'timeline',
  'sources',
  'disagreements',
] as const;
export type CorpusPart = (typeof CORPUS_PARTS)[number];

/**
 * The most characters of JSON in one block of a part. A part comes in blocks, each its own file, parsed one at a
 * time as a view opens: whole, the articles of 10,000 news-like articles are 88 MB, seconds of parsing in one task
 * that freezes the page; a block of this size parses in a few tens of milliseconds.
 */
export const BLOCK_CHARS = 512 * 1024;
/** The most alignment pairs in one block: as columns, some 12 characters a pair. */
export const BLOCK_PAIRS = 40_000;

/** Parts that are one object, not a list of items: one block each. */
type WholePart = 'timeline' | 'sources';
const isWhole = (part: CorpusPart): part is WholePart => part === 'timeline' || part === 'sources';

/** One block of a part as it is stored: a run of the part's items, of its alignments as columns, or a whole part. */
export type PartBlock<P extends CorpusPart> = P extends 'alignments' ? AlignmentColumns : Corpus[P];

/** A part's module: the imports of its blocks, in order (see src/node/vite-plugin.ts). */
export type BlockImports<P extends CorpusPart> = readonly (() => Promise<{ default: PartBlock<P> }>)[];

/** Items in runs, in order, each run's JSON at most `maxChars` (or one item, if that alone is more). */
function runsBySize(items: readonly unknown[], maxChars: number): string[] {
  const blocks: string[] = [];
  let run: string[] = [];
  let size = 0;
  for (const item of items) {
    const json = JSON.stringify(item);
    if (run.length > 0 && size + json.length + 1 > maxChars) {
      blocks.push(`[${run.join(',')}]`);
      [run, size] = [[], 0];
    }
    run.push(json);
    size += json.length + 1;
  }
  if (run.length > 0 || blocks.length === 0) blocks.push(`[${run.join(',')}]`);
  return blocks;
}

/** A part as the JSON texts of its blocks, in order (see `BLOCK_CHARS`); `readBlock` and `joinBlocks` undo it. */
export function partBlocks(corpus: Corpus, part: CorpusPart, maxChars = BLOCK_CHARS): string[] {
  if (isWhole(part)) return [JSON.stringify(corpus[part])];
  if (part !== 'alignments') return runsBySize(corpus[part], maxChars);
  const blocks: string[] = [];
  for (let at = 0; at < corpus.alignments.length || at === 0; at += BLOCK_PAIRS)
    blocks.push(JSON.stringify(packAlignments(corpus.alignments.slice(at, at + BLOCK_PAIRS))));
  return blocks;
}

/** One block's share of the part: alignments unpacked from columns, other parts as they are. */
export function readBlock<P extends CorpusPart>(part: P, block: PartBlock<P>): Corpus[P] {
  return (part === 'alignments' ? unpackAlignments(block as AlignmentColumns) : block) as Corpus[P];
}

/** The part from its blocks' shares, in order: one run of every item (the timeline is one block). */
export function joinBlocks<P extends CorpusPart>(part: P, shares: readonly Corpus[P][]): Corpus[P] {
  if (isWhole(part)) return shares[0] as Corpus[P];
  return ([] as unknown[]).concat(...(shares as readonly unknown[][])) as Corpus[P];
}

export function summariseArticle(article: Article): ArticleSummary {
  const { id, file, title, titleSource, outlet, outletSource, url, published, publishedSource, wordCount } =
    article;
  return {
    id,
    file,
    title,
    titleSource,
    outlet,
    outletSource,
    url,
    published,
    publishedSource,
    publishedBound: article.publishedBound,
    wordCount,
    sentenceCount: article.sentences.length,
  };
}

export function corpusShell(corpus: Corpus): CorpusShell {
  return {
    schemaVersion: corpus.schemaVersion,
    articles: corpus.articles.map(summariseArticle),
    eventCount: corpus.timeline.events.length,
    warnings: corpus.warnings,
  };
}

/**
 * The alignments as columns, the layout the page loads: a quarter of the size of one object per pair, and numbers
 * parse faster than objects. `a` is stored as its step from the pair before (pairs are ordered by `a`, so mostly 0),
 * scores in thousandths (the pipeline rounds them so), and the few quote groups as `[pair, group]` runs.
 */
export interface AlignmentColumns {
  aStep: number[];
  b: number[];
  thousandths: number[];
  quoteGroups: number[];
}

export function packAlignments(pairs: readonly AlignedPair[]): AlignmentColumns {
  const columns: AlignmentColumns = { aStep: [], b: [], thousandths: [], quoteGroups: [] };
  let a = 0;
  pairs.forEach((pair, i) => {
    columns.aStep.push(pair.a - a);
    a = pair.a;
    columns.b.push(pair.b);
    columns.thousandths.push(Math.round(pair.score * 1000));
    if (pair.quoteGroup !== null) columns.quoteGroups.push(i, pair.quoteGroup);
  });
  return columns;
}

export function unpackAlignments(columns: AlignmentColumns): AlignedPair[] {
  const pairs: AlignedPair[] = [];
  let a = 0;
  columns.aStep.forEach((step, i) => {
    a += step;
    pairs.push({ a, b: columns.b[i] ?? 0, score: (columns.thousandths[i] ?? 0) / 1000, quoteGroup: null });
  });
  for (let k = 0; k + 1 < columns.quoteGroups.length; k += 2) {
    const pair = pairs[columns.quoteGroups[k] ?? -1];
    if (pair) pair.quoteGroup = columns.quoteGroups[k + 1] ?? null;
  }
  return pairs;
}
