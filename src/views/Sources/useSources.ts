// The copy families for a view that shows without them and adds them once loaded (the articles table's Source
// column, the compare picker's notes, the count-a-family-once toggle): `useCorpus` would suspend the whole view
// until the part is in, and hold back its first paint. Loaded on first use, once; `null` until then.
import { useEffect, useState } from 'react';
import { currentSource, loadCorpus } from '../../app/corpus-parts.ts';
import type { CorpusSource } from '../../app/corpus-source.ts';
import type { CopyFamilies } from '../../corpus/types.ts';

/** The part once loaded, and the corpus it is of. */
let loaded: { from: CorpusSource; sources: CopyFamilies } | null = null;

/** The `sources` part, or `null` while it loads (or if it failed: the view then goes on without it). */
export function useSources(wanted = true): CopyFamilies | null {
  const [sources, setSources] = useState(loaded?.from === currentSource() ? loaded.sources : null);
  useEffect(() => {
    if (!wanted || sources !== null) return;
    let live = true;
    const from = currentSource();
    loadCorpus(['sources']).then(
      (corpus) => {
        loaded = { from, sources: corpus.sources };
        if (live) setSources(corpus.sources);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [wanted, sources]);
  return wanted ? sources : null;
}
