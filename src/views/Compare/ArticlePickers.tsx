// The two article pickers of the compare view, and the button that swaps them; each choice goes to the URL. A long
// corpus lists the chosen article and the first matches of a box to find one by title or outlet, not every article.
import { useMemo, useState } from 'react';
import type { Article } from '../../corpus/types.ts';
import { countOf, outletName } from '../../app/format.ts';
import { isolateText } from '../../app/bidi.ts';
import { listedOptions } from '../listedOptions.ts';
import { idAt } from './state.ts';

/** Articles a picker lists besides the chosen one, when the corpus has more. */
const LISTED = 50;

interface Props {
  articles: readonly Article[];
  /** The chosen articles' indexes; null for a side the URL names no known article for. */
  a: number | null;
  b: number | null;
  onPick: (side: 'a' | 'b', id: string) => void;
  onSwap: () => void;
}

export function ArticlePickers({ articles, a, b, onPick, onSwap }: Props) {
  const options = useMemo(
    () => articles.map((article) => ({ value: article.id, label: article.title, note: outletName(article) })),
    [articles],
  );
  const picker = (side: 'a' | 'b', label: string, index: number | null) => (
    <Picker
      side={side}
      label={label}
      options={options}
      chosen={idAt(articles, index) ?? undefined}
      onPick={(id) => {
        onPick(side, id);
      }}
    />
  );
  return (
    <div className="compare-pickers">
      {picker('a', 'First article', a)}
      <button type="button" className="button swap" onClick={onSwap}>
        <span aria-hidden="true">⇄ </span>Swap
      </button>
      {picker('b', 'Second article', b)}
    </div>
  );
}

interface PickerProps {
  side: 'a' | 'b';
  label: string;
  options: readonly { value: string; label: string; note: string }[];
  chosen: string | undefined;
  onPick: (id: string) => void;
}

function Picker({ side, label, options, chosen, onPick }: PickerProps) {
  const [find, setFind] = useState('');
  const listed = useMemo(
    () => listedOptions(options, chosen === undefined ? [] : [chosen], find, LISTED),
    [options, chosen, find],
  );
  const long = options.length > LISTED;
  return (
    <div className="picker">
      <label htmlFor={`pick-${side}`}>{label}</label>
      {long && (
        <>
          <input
            type="search"
            className="field find-box"
            aria-label={`Find the ${label.toLowerCase()}`}
            aria-describedby={`pick-${side}-found`}
            placeholder="Find by title or outlet…"
            value={find}
            onChange={(event) => {
              setFind(event.target.value);
            }}
          />
          <p id={`pick-${side}-found`} className="picker-found" role="status">
            {find === ''
              ? `The first ${String(LISTED)} of ${countOf(options.length, 'article')} are listed: find others by title or outlet.`
              : `${countOf(listed.matching, 'article')} found${listed.matching > LISTED ? `, the first ${String(LISTED)} listed` : ''}.`}
          </p>
        </>
      )}
      <select
        id={`pick-${side}`}
        className="field article-select"
        value={chosen ?? ''}
        onChange={(event) => {
          onPick(event.target.value);
        }}
      >
        {chosen === undefined && (
          <option value="" disabled>
            Pick an article…
          </option>
        )}
        {listed.options.map((option) => (
          <option key={option.value} value={option.value}>
            {isolateText(option.note ?? '')} — {isolateText(option.label)}
          </option>
        ))}
      </select>
    </div>
  );
}
