// The articles table for export: a row per article, in corpus order, with what the articles view shows of it and
// where each value comes from (the pipeline's names for its sources, so a spreadsheet can filter on them).
import type { ArticleSummary } from '../corpus/client.ts';
import type { CopyFamilies } from '../corpus/types.ts';
import { outletName } from '../app/format.ts';
import { sourceLabel } from '../views/Sources/sources.ts';
import type { Table } from './table.ts';

export interface ArticlesParts {
  articles: readonly ArticleSummary[];
  /** The copy families, or null while they load: the Source column is blank then, as the view's is. */
  sources: CopyFamilies | null;
}

export function articlesTable({ articles, sources }: ArticlesParts): Table {
  return {
    name: 'articles',
    fields: [
      'id',
      'file',
      'title',
      'title_source',
      'outlet',
      'outlet_source',
      'published',
      'published_source',
      'published_on_or_after',
      'url',
      'words',
      'sentences',
      'source',
    ],
    rows: articles.map((article, index) => [
      article.id,
      article.file,
      article.title,
      article.titleSource,
      outletName(article),
      article.outletSource,
      article.published,
      article.publishedSource,
      article.publishedBound?.after ?? null,
      article.url,
      article.wordCount,
      article.sentenceCount,
      sources ? sourceLabel(index, sources, articles) : null,
    ]),
  };
}
