// The choice of one article whose events to show, as a native select. Thousands of articles would put thousands of
// options in the page; a long list of them is built only when the reader reaches for the control (a pointer over
// it, or focus), and until then it holds the option chosen.
import { useState } from 'react';
import type { Article } from '../../corpus/types.ts';
import { isolateText } from '../../app/bidi.ts';
import { RENDER_ALL_UP_TO } from '../virtual/window.ts';
import { shorten } from '../../corpus/client.ts';

interface Props {
  id: string;
  articles: readonly Pick<Article, 'id' | 'title'>[];
  labels: readonly string[];
  /** The chosen article's index, or null for every article. */
  chosen: number | null;
  onChoose: (id: string | null) => void;
}

export function ArticleSelect({ id, articles, labels, chosen, onChoose }: Props) {
  const [reached, setReached] = useState(false);
  const reach = () => {
    setReached(true);
  };
  const indexes =
    reached || articles.length <= RENDER_ALL_UP_TO
      ? articles.map((_, i) => i)
      : chosen === null
        ? []
        : [chosen];
  return (
    <select
      id={id}
      className="field article-select"
      value={chosen === null ? '' : (articles[chosen]?.id ?? '')}
      onChange={(e) => {
        onChoose(e.target.value === '' ? null : e.target.value);
      }}
      onFocus={reach}
      onPointerEnter={reach}
    >
      <option value="">Every article</option>
      {indexes.map((i) => {
        const article = articles[i];
        return (
          article && (
            <option key={article.id} value={article.id}>
              {isolateText(labels[i] ?? '')}: {isolateText(shorten(article.title, 60))}
            </option>
          )
        );
      })}
    </select>
  );
}
