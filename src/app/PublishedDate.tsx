// An article's publication date as a <time>, with how the date is known beside it; for an undated article, the
// earliest it can have been published, where the timeline bounds it by an event it reports.
import type { Article } from '../corpus/types.ts';
import { formatDate, publishedBasis } from './format.ts';

type Dated = Pick<Article, 'published' | 'publishedSource' | 'publishedBound'>;

export function PublishedDate({ article }: { article: Dated }) {
  const { published, publishedBound: bound } = article;
  if (published !== null)
    return (
      <span className="published">
        <time dateTime={published}>{formatDate(published)}</time>{' '}
        <span className="basis">{publishedBasis(article.publishedSource)}</span>
      </span>
    );
  if (bound !== null)
    return (
      <span className="published">
        On or after <time dateTime={bound.after}>{formatDate(bound.after)}</time>{' '}
        <span className="basis">undated; it reports an event of that day</span>
      </span>
    );
  return <span className="muted">Undated</span>;
}
