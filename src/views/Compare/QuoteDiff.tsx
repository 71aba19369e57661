// How one article words a quote against the other: removed words struck through, added ones underlined, and
// both said in words for screen readers.
import type { DiffPart } from '../../corpus/types.ts';
import { hasChanges } from './links.ts';

export function QuoteDiff({ diff, against }: { diff: readonly DiffPart[]; against: string }) {
  return (
    <span className="quote-diff">
      <span className="quote-diff-label">Shared quote, worded against {against}:</span>{' '}
      {hasChanges(diff) ? (
        diff.map((part, i) => {
          if (part.kind === 'same') return part.text;
          const Tag = part.kind === 'added' ? 'ins' : 'del';
          return (
            <Tag key={i}>
              <span className="visually-hidden">
                {part.kind === 'added' ? '[added: ' : `[${against} has: `}
              </span>
              {part.text}
              <span className="visually-hidden">]</span>
            </Tag>
          );
        })
      ) : (
        <span className="same-wording">the same words</span>
      )}
    </span>
  );
}
