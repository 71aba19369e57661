// The heading between a query's exact matches and its close ones (words spelled differently, see
// search/word-match.ts), with how many close matches there are, so that a near spelling never passes for the word.
import { countOf } from '../../app/format.ts';
import { Untrusted } from '../../app/Untrusted.tsx';
import type { Count } from '../../search/engine.ts';
import { head } from './passage.ts';

export function CloseDivider({ typed, close }: { typed: string; close: Count }) {
  return (
    <div className="close-divider">
      <h2>
        Close matches — spelled differently from “<Untrusted>{head(typed, 60)}</Untrusted>”
      </h2>
      <p className="muted">
        {countOf(close.passages, 'passage')} in {countOf(close.articles, 'article')}
      </p>
    </div>
  );
}
