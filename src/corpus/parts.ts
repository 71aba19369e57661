// The corpus in pieces for the page: a small shell that paints the first view (the article list), and parts that each
// view loads when it opens, so no view waits for — or parses — data it does not show.
import type { Article, Corpus, CorpusWarning } from './types.ts';

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

/** The parts of the corpus a view may ask for, each loaded once, on first use. */
export const CORPUS_PARTS = [
  'articles',
  'search',
  'quoteGroups',
  'alignments',
  'elements',
  'timeline',
] as const;
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
