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
> & { wordCount: number; sentenceCount: number };

/** What the page needs before any view's data: bundled with the app's code. */
export interface CorpusShell {
  schemaVersion: Corpus['schemaVersion'];
  /** Every article, in corpus order (so index `i` here is article `i` of every part). */
  articles: ArticleSummary[];
  warnings: CorpusWarning[];
}

/**
 * The parts of the corpus a view may ask for, each loaded once, on first use. The search index is not one: the
 * search worker loads its own data (`virtual:corpus/search-data`, see src/search/search-data.ts).
 */
export const CORPUS_PARTS = ['articles', 'quoteGroups', 'alignments', 'elements', 'timeline'] as const;
export type CorpusPart = (typeof CORPUS_PARTS)[number];

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
    wordCount,
    sentenceCount: article.sentences.length,
  };
}

export function corpusShell(corpus: Corpus): CorpusShell {
  return {
    schemaVersion: corpus.schemaVersion,
    articles: corpus.articles.map(summariseArticle),
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
