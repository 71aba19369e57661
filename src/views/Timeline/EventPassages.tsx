// Every passage that mentions an event, as links into the reader, those near the screen rendered: an event of a
// large corpus is mentioned in hundreds of articles.
import type { Article, TimelineEvent } from '../../corpus/types.ts';
import { VirtualList } from '../virtual/VirtualList.tsx';
import { Passage } from './Passage.tsx';

interface Props {
  passages: TimelineEvent['mentions'];
  articles: readonly Article[];
  labels: readonly string[];
}

export function EventPassages({ passages, articles, labels }: Props) {
  return (
    <VirtualList items={passages} className="tl-passages" estimate={60}>
      {(mention, props) => {
        const article = articles[mention.article];
        if (!article) return null;
        return (
          <li key={`${String(mention.article)}-${String(mention.sentence)}`} {...props}>
            <Passage
              article={article}
              sentence={mention.sentence}
              date={mention.date === null ? null : (article.dates[mention.date] ?? null)}
              label={labels[mention.article] ?? article.id}
            />
          </li>
        );
      }}
    </VirtualList>
  );
}
