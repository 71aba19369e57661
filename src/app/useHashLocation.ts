// The one URL-state hook: read the hash path and query, and write them back (push or replace) for every view.
import { useMemo, useSyncExternalStore } from 'react';
import { afterPaint } from './afterPaint.ts';
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

// A replacing write (a key typed into a box) reaches the address bar once the page has painted what it changed:
// Chromium takes one to two milliseconds over `replaceState`, a good part of the time a key has to show its results.
// Until then the views read the pending hash. A new entry (`pushState`, or a link followed: its click comes first)
// writes the pending one first; the reader moving through history (Back, a hash typed in the address bar) drops
// it, since it belonged to the entry left behind.
let pending: string | null = null;
let cancelWrite: (() => void) | null = null;

function writePending(): void {
  cancelWrite?.();
  cancelWrite = null;
  if (pending === null) return;
  const hash = pending;
  pending = null;
  if (hash !== window.location.hash) window.history.replaceState(window.history.state, '', hash);
}

if (typeof window !== 'undefined') {
  const dropPending = () => {
    cancelWrite?.();
    cancelWrite = null;
    pending = null;
  };
  window.addEventListener('popstate', dropPending);
  window.addEventListener('hashchange', dropPending);
  // A link followed, a reload or a closed tab keeps what was typed.
  window.addEventListener('click', writePending, true);
  window.addEventListener('pagehide', writePending);
}

const getHash = () => pending ?? window.location.hash;

function go(hash: string, { replace = false }: NavigateOptions = {}): void {
  if (hash === getHash()) return;
  if (replace) {
    pending = hash;
    cancelWrite ??= afterPaint(writePending);
  } else {
    writePending();
    window.history.pushState(null, '', hash);
  }
  for (const listener of listeners) listener();
}

/** Patches the query of the URL as it is when called, so the function never changes and memoised views keep it. */
function setQuery(patch: QueryPatch, options?: NavigateOptions): void {
  const { path, query } = parseHash(getHash());
  go(formatHash(path, patchQuery(query, patch)), options);
}

export function useHashLocation(): HashLocationApi {
  const hash = useSyncExternalStore(subscribe, getHash);
  const location = useMemo(() => parseHash(hash), [hash]);
  return { ...location, navigate: go, setQuery };
}
