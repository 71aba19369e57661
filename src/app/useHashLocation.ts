// The one URL-state hook: read the hash path and query, and write them back (push or replace) for every view.
import { useMemo, useSyncExternalStore } from 'react';
import { formatHash, parseHash, patchQuery, type HashLocation, type QueryPatch } from './location.ts';

export interface NavigateOptions {
  /** Replace the current history entry instead of adding one (typing in a box, not moving between views). */
  replace?: boolean;
}

export interface HashLocationApi extends HashLocation {
  /** Go to a hash such as `#/article/000?p=3`. */
  navigate: (hash: string, options?: NavigateOptions) => void;
  /** Change some query keys of the current path. */
  setQuery: (patch: QueryPatch, options?: NavigateOptions) => void;
}

// history.pushState/replaceState fire no event, so writes notify subscribers themselves, synchronously:
// a controlled input must see its new value before the event handler returns.
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('hashchange', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('hashchange', listener);
  };
}

const getHash = () => window.location.hash;

function go(hash: string, { replace = false }: NavigateOptions = {}): void {
  if (hash === window.location.hash) return;
  if (replace) window.history.replaceState(window.history.state, '', hash);
  else window.history.pushState(null, '', hash);
  for (const listener of listeners) listener();
}

/** Patches the query of the URL as it is when called, so the function never changes and memoised views keep it. */
function setQuery(patch: QueryPatch, options?: NavigateOptions): void {
  const { path, query } = parseHash(window.location.hash);
  go(formatHash(path, patchQuery(query, patch)), options);
}

export function useHashLocation(): HashLocationApi {
  const hash = useSyncExternalStore(subscribe, getHash);
  const location = useMemo(() => parseHash(hash), [hash]);
  return { ...location, navigate: go, setQuery };
}
