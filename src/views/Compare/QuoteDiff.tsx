// Under a passage of the second article that shares a quote with the first: how the two word it.
import type { DiffPart } from '../../corpus/types.ts';
import { hasChanges } from '../Quotes/wording.ts';
import { DiffText } from '../Quotes/DiffText.tsx';

export function QuoteDiff({ diff, from, to }: { diff: readonly DiffPart[]; from: string; to: string }) {
  return (
    <span className="quote-diff">
      <span className="quote-diff-label">
        Shared quote: {to} against {from}
      </span>{' '}
      {hasChanges(diff) ? (
        <DiffText diff={diff} from={from} to={to} />
      ) : (
        <span className="same-wording">the same words</span>
      )}
    </span>
  );
}
