// What a view shows while the corpus parts it reads load: at 10,000 articles that is seconds, so how far along.
import { useSyncExternalStore } from 'react';
import { loadingProgress, watchLoading } from './corpus-parts.ts';

export function Loading() {
  const { read, total } = useSyncExternalStore(watchLoading, loadingProgress);
  // A part or two of one block each (any corpus of a few dozen articles) loads too fast for a bar to help.
  const measured = total > 2;
  return (
    <p className="loading">
      Loading…
      {measured && (
        <>
          {' '}
          <progress max={total} value={read} aria-label="Corpus loaded" /> {Math.round((100 * read) / total)}{' '}
          %
        </>
      )}
    </p>
  );
}
