// A quote's wording against another's: words only the other has struck through, words only this one has
// underlined, each also said in words (visually hidden) so the difference does not rest on styling.
import type { DiffPart } from '../../corpus/types.ts';
import { balanceBidi } from '../../app/bidi.ts';
import { Untrusted } from '../../app/Untrusted.tsx';

interface Props {
  diff: readonly DiffPart[];
  /** Who has the removed words, and who the added ones (outlet names). */
  from: string;
  to: string;
}

export function DiffText({ diff, from, to }: Props) {
  return (
    <span className="diff-text">
      {diff.map((part, i) => {
        if (part.kind === 'same') return balanceBidi(part.text);
        const Tag = part.kind === 'added' ? 'ins' : 'del';
        return (
          <Tag key={i}>
            <span className="visually-hidden">
              [<Untrusted>{part.kind === 'added' ? to : from}</Untrusted> has:{' '}
            </span>
            {balanceBidi(part.text)}
            <span className="visually-hidden">]</span>
          </Tag>
        );
      })}
    </span>
  );
}
