// How each article is dated: its publication date, or for an undated one the earliest it can have been published
// and what its relative dates were resolved against; how much of the timeline it dates; a link to its events. Only
// the articles near the screen render.
import { useMemo } from 'react';
import type { CorpusOf } from '../../app/corpus-parts.ts';
import type { Article } from '../../corpus/types.ts';
import { countOf, formatDate, publishedBasis } from '../../app/format.ts';
import { href } from '../../app/routes.ts';
import { Untrusted } from '../../app/Untrusted.tsx';
import { VirtualList } from '../virtual/VirtualList.tsx';
import { datedCounts } from './model.ts';

interface Props {
  corpus: CorpusOf<'articles' | 'timeline'>;
  labels: readonly string[];
  /** The article the view is filtered to, if any: it alone is listed. */
  only: number | null;
}

export function ArticleDates({ corpus, labels, only }: Props) {
  const indexes = only === null ? corpus.articles.map((_, i) => i) : [only];
  const counts = useMemo(() => datedCounts(corpus.timeline, corpus.articles.length), [corpus]);
  return (
    <VirtualList items={indexes} className="tl-articles" estimate={110}>
      {(i, props) => {
        const article = corpus.articles[i];
        if (!article) return null;
        const events = counts.events[i] ?? 0;
        const others = counts.others[i] ?? 0;
        return (
          <li key={article.id} {...props} className="tl-article">
            <span className="tl-badge">
              <Untrusted>{labels[i] ?? ''}</Untrusted>
            </span>{' '}
            <a className="tl-article-title" href={href.article(article.id)}>
              <Untrusted>{article.title}</Untrusted>
            </a>
            <p className="tl-article-date">
              <ArticleDate article={article} corpus={corpus} />
            </p>
            <p className="tl-article-counts">
              Mentions {countOf(events, 'event')}
              {others > 0 && ` and ${countOf(others, 'other dated passage', 'other dated passages')}`}
              {only === null && events + others > 0 && (
                <>
                  {' · '}
                  <a href={href.timeline({ article: article.id })}>
                    Show only its events
                    <span className="visually-hidden">
                      {' '}
                      (<Untrusted>{labels[i] ?? ''}</Untrusted>)
                    </span>
                  </a>
                </>
              )}
            </p>
          </li>
        );
      }}
    </VirtualList>
  );
}

/** An article's date in words, with `<time>`: published, or bounded, and what its relative dates resolve against. */
export function ArticleDate({
  article,
  corpus,
}: {
  article: Article;
  corpus: CorpusOf<'articles' | 'timeline'>;
}) {
  if (article.published !== null) {
    return (
      <>
        Published <time dateTime={article.published}>{formatDate(article.published)}</time> (
        {publishedBasis(article.publishedSource)}); its relative dates are resolved against that day.
      </>
    );
  }
  const bound = article.publishedBound;
  const event = bound === null ? undefined : corpus.timeline.events[bound.event];
  const reference = article.dateReference;
  return (
    <>
      Undated
      {bound !== null && (
        <>
          ; published on or after <time dateTime={bound.after}>{formatDate(bound.after)}</time>
          {event !== undefined && (
            <>
              : it reports “<Untrusted>{event.name}</Untrusted>”
            </>
          )}
        </>
      )}
      .{' '}
      {reference === null ? (
        'Its relative dates are left unresolved.'
      ) : reference.source === 'own-dates' ? (
        <>
          Its relative dates are resolved against the latest date it states,{' '}
          <time dateTime={reference.date}>{formatDate(reference.date)}</time>.
        </>
      ) : reference.source === 'inferred' ? (
        <>
          Its relative dates are resolved against{' '}
          <time dateTime={reference.date}>{formatDate(reference.date)}</time>, the day under which its
          weekdays and weeks land on the days the other articles date.
        </>
      ) : (
        <>
          Its relative dates are resolved against the corpus’s latest publication date,{' '}
          <time dateTime={reference.date}>{formatDate(reference.date)}</time>, for want of anything better in
          its text.
        </>
      )}
    </>
  );
}
