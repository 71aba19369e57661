// Every passage that mentions an event, as links into the reader, those near the screen rendered: an event of a
// large corpus is mentioned in hundreds of articles.
import type { Article, TimelineEvent } from '../../corpus/types.ts';
import { useVirtualRows } from '../virtual/useVirtualRows.ts';
import { Passage } from './Passage.tsx';

interface Props {
  passages: TimelineEvent['mentions'];
  articles: readonly Article[];
  labels: readonly string[];
}

export function EventPassages({ passages, articles, labels }: Props) {
  const { list, items, before, after, measure } = useVirtualRows<HTMLUListElement>({
    count: passages.length,
    estimate: 60,
  });
  return (
    <ul ref={list} className="tl-passages" style={{ paddingTop: before, paddingBottom: after }}>
      {items.map((item) => {
        const mention = passages[item.index];
        const article = mention && articles[mention.article];
        if (!mention || !article) return null;
        return (
          <li
            key={`${String(mention.article)}-${String(mention.sentence)}`}
            ref={measure}
            data-index={item.index}
          >
            <Passage
              article={article}
              sentence={mention.sentence}
              date={mention.date === null ? null : (article.dates[mention.date] ?? null)}
              label={labels[mention.article] ?? article.id}
            />
          </li>
        );
      })}
    </ul>
  );
}
