// The two article pickers of the compare view, and the button that swaps them; each choice goes to the URL. Once
// one side has an article, the other side's picker lists the articles that share the most with it first.
import { useMemo } from 'react';
import type { CorpusOf } from '../../app/corpus-parts.ts';
import { outletName } from '../../app/format.ts';
import { lazyNearTo } from './closeness.ts';
import { ArticlePicker } from './ArticlePicker.tsx';
import type { Side } from './state.ts';

interface Props {
  corpus: CorpusOf<'articles' | 'alignments'>;
  /** The chosen articles' indexes; null for a side the URL names no known article for. */
  a: number | null;
  b: number | null;
  onPick: (side: Side, id: string) => void;
  onSwap: () => void;
}

export function ArticlePickers({ corpus, a, b, onPick, onSwap }: Props) {
  const { articles } = corpus;
  const options = useMemo(
    () => articles.map((article) => ({ value: article.id, label: article.title, note: outletName(article) })),
    [articles],
  );
  const nearA = useMemo(() => lazyNearTo(corpus, a), [corpus, a]);
  const nearB = useMemo(() => lazyNearTo(corpus, b), [corpus, b]);
  const picker = (side: Side, label: string, chosen: number | null, other: number | null) => (
    <ArticlePicker
      side={side}
      label={label}
      articles={articles}
      options={options}
      near={side === 'a' ? nearB : nearA}
      otherName={side === 'a' ? 'second article' : 'first article'}
      other={other}
      chosen={chosen}
      onPick={(index) => {
        const id = articles[index]?.id;
        if (id !== undefined) onPick(side, id);
      }}
    />
  );
  return (
    <div className="compare-pickers">
      {picker('a', 'First article', a, b)}
      <button type="button" className="button swap" onClick={onSwap}>
        <span aria-hidden="true">⇄ </span>Swap
      </button>
      {picker('b', 'Second article', b, a)}
    </div>
  );
}
