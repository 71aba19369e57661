// Under a passage of the second article that shares a quote with the first: how the two word it.
import type { DiffPart } from '../../corpus/types.ts';
import { hasChanges } from '../Quotes/wording.ts';
import { DiffText } from '../Quotes/DiffText.tsx';
import { Untrusted } from '../../app/Untrusted.tsx';

export function QuoteDiff({ diff, from, to }: { diff: readonly DiffPart[]; from: string; to: string }) {
  return (
    <span className="quote-diff">
      <span className="quote-diff-label">
        Shared quote: <Untrusted>{to}</Untrusted> against <Untrusted>{from}</Untrusted>
      </span>{' '}
      {hasChanges(diff) ? (
        <DiffText diff={diff} from={from} to={to} />
      ) : (
        <span className="same-wording">the same words</span>
      )}
    </span>
  );
}
