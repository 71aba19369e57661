// The two article pickers of the compare view, and the button that swaps them; each choice goes to the URL.
import type { Article } from '../../corpus/types.ts';
import { outletName } from '../../app/format.ts';
import { isolateText } from '../../app/bidi.ts';

interface Props {
  articles: readonly Article[];
  a: number;
  b: number;
  onPick: (side: 'a' | 'b', id: string) => void;
  onSwap: () => void;
}

export function ArticlePickers({ articles, a, b, onPick, onSwap }: Props) {
  const picker = (side: 'a' | 'b', label: string, index: number) => (
    <div className="picker">
      <label htmlFor={`pick-${side}`}>{label}</label>
      <select
        id={`pick-${side}`}
        value={articles[index]?.id}
        onChange={(event) => {
          onPick(side, event.target.value);
        }}
      >
        {articles.map((article) => (
          <option key={article.id} value={article.id}>
            {isolateText(outletName(article))} — {isolateText(article.title)}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div className="compare-pickers">
      {picker('a', 'First article', a)}
      <button type="button" className="swap" onClick={onSwap}>
        <span aria-hidden="true">⇄ </span>Swap
      </button>
      {picker('b', 'Second article', b)}
    </div>
  );
}
