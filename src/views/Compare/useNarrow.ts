// Whether the screen is too narrow for two columns side by side (the stylesheets' 56rem breakpoint, see
// src/styles/tokens.css): the compare view then reads its pairs in one column, which CSS alone cannot reorder. Never
// on paper, however narrow: there the columns print one after the other (compare.css).
import { useSyncExternalStore } from 'react';

const NARROW = 'screen and (max-width: 56rem)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', onChange);
  return () => {
    query.removeEventListener('change', onChange);
  };
}

const narrow = () => window.matchMedia(NARROW).matches;

export function useNarrow(): boolean {
  return useSyncExternalStore(subscribe, narrow);
}
