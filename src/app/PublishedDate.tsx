// An article's publication date as a <time>, with how the date is known beside it.
import type { Article } from '../corpus/types.ts';
import { formatDate, publishedBasis } from './format.ts';

export function PublishedDate({ article }: { article: Pick<Article, 'published' | 'publishedSource'> }) {
  if (article.published === null) return <span className="muted">Undated</span>;
  return (
    <span className="published">
      <time dateTime={article.published}>{formatDate(article.published)}</time>{' '}
      <span className="basis">{publishedBasis(article.publishedSource)}</span>
    </span>
  );
}
