// Over a comparison: what the word marks mean, the next and previous difference (also the `n` and `p` keys), where
// the reader is among the differences, and the toggle that hides the passages that read the same in both.
import { countOf, formatNumber } from '../../app/format.ts';
import { Untrusted } from '../../app/Untrusted.tsx';
import type { Side } from './links.ts';
import type { Differences } from './differences.ts';

interface Props {
  outlets: Record<Side, string>;
  found: Pick<Differences, 'differing' | 'identicalPairs'>;
  /** How many aligned pairs the two articles have. */
  aligned: number;
  hide: boolean;
  onHide: (on: boolean) => void;
  /** The differing passage (its badge) that has the focus, if any. */
  at: number | null;
  onStep: (step: 1 | -1) => void;
}

export function DiffBar({ outlets, found, aligned, hide, onHide, at, onStep }: Props) {
  const { differing, identicalPairs } = found;
  const position = at === null ? -1 : differing.indexOf(at);
  const where =
    aligned === 0
      ? 'No aligned passages to compare word by word.'
      : position !== -1
        ? `Difference ${formatNumber(position + 1)} of ${formatNumber(differing.length)}.`
        : differing.length === 0
          ? 'No passage differs in wording.'
          : `${countOf(differing.length, 'passage differs', 'passages differ')} in wording.`;
  const stepButton = (step: 1 | -1, name: string, key: string) => (
    <button
      type="button"
      className="button"
      aria-keyshortcuts={key}
      aria-label={`${name} difference`}
      disabled={differing.length === 0}
      onClick={() => {
        onStep(step);
      }}
    >
      <span>
        {name}
        <span className="step-word"> difference</span>
      </span>
      <kbd aria-hidden="true">{key}</kbd>
    </button>
  );
  // On a phone the step buttons stay at the top of the screen (compare.css): the bar lets its children out, so the
  // whole view, not the bar, is what they stick within.
  return (
    <div className="diff-bar">
      <p className="diff-legend">
        In numbered passages, <del className="legend">struck</del> words only the first article (
        <Untrusted>{outlets.a}</Untrusted>) has, <ins className="legend">underlined</ins> words only the
        second (<Untrusted>{outlets.b}</Untrusted>) has; quotation marks, dashes and capitals are not counted.
      </p>
      <div className="diff-step">
        {stepButton(-1, 'Previous', 'p')}
        <p className="diff-where" role="status">
          {where}
        </p>
        {stepButton(1, 'Next', 'n')}
      </div>
      <div className="toolbar diff-toggle">
        <label className="check">
          <input
            type="checkbox"
            checked={hide}
            aria-describedby="diff-hidden"
            onChange={(event) => {
              onHide(event.target.checked);
            }}
          />
          Hide identical passages
        </label>
        <span id="diff-hidden" className="diff-hidden">
          {formatNumber(identicalPairs)} of {formatNumber(aligned)} {hide ? 'hidden' : 'identical'}
        </span>
      </div>
    </div>
  );
}
