// The corpus parts a view needs, loaded when it first opens (each part once, then shared by every view), and
// handed to React as one promise per set of parts, so that a view suspends until its data is there.
import { use, useSyncExternalStore } from 'react';
import {
  joinBlocks,
  readBlock,
  type BlockImports,
  type CorpusPart,
  type CorpusShell,
} from '../corpus/client.ts';
import type { Corpus } from '../corpus/types.ts';

// The shell (a row for each article, the warnings, the counts) is a file of its own too, asked for as soon as the
// page's code runs: the header and the view's heading paint without waiting for it, however large the corpus. It is
// read through a store rather than React's `use`: a suspended tree is revealed no sooner than 300 ms after its
// fallback, which would hold back the first table by that much.
interface ShellState {
  shell: CorpusShell | null;
  error: unknown;
}
let shellState: ShellState = { shell: null, error: null };
const shellWatchers = new Set<() => void>();
const setShell = (next: ShellState) => {
  shellState = next;
  shellWatchers.forEach((watcher) => {
    watcher();
  });
};
import('virtual:corpus/shell').then(
  (module) => {
    setShell({ shell: module.default, error: null });
  },
  (error: unknown) => {
    setShell({ shell: null, error: error ?? new Error('The corpus could not be loaded') });
  },
);

function watchShell(watcher: () => void): () => void {
  shellWatchers.add(watcher);
  return () => shellWatchers.delete(watcher);
}

/** The corpus shell, or null while it loads (the caller shows that it is loading); a failed load throws. */
export function useShell(): CorpusShell | null {
  const { shell, error } = useSyncExternalStore(watchShell, () => shellState);
  if (error !== null) throw error;
  return shell;
}

/** The corpus with only some of its parts: what a view declares it reads. */
export type CorpusOf<P extends CorpusPart> = Pick<Corpus, P>;

// One dynamic import per part, and one per block of it: the bundler makes each its own file, fetched (from the
// app's origin) on first use.
const importers: { [P in CorpusPart]: () => Promise<{ default: BlockImports<P> }> } = {
  articles: () => import('virtual:corpus/articles'),
  quoteGroups: () => import('virtual:corpus/quoteGroups'),
  alignments: () => import('virtual:corpus/alignments'),
  elements: () => import('virtual:corpus/elements'),
  timeline: () => import('virtual:corpus/timeline'),
  sources: () => import('virtual:corpus/sources'),
  disagreements: () => import('virtual:corpus/disagreements'),
};

/** Blocks read, of all the blocks of the parts loading now: what the page shows while a view waits for them. */
export interface LoadingProgress {
  read: number;
  total: number;
}

const NOTHING_LOADING: LoadingProgress = { read: 0, total: 0 };
let progress = NOTHING_LOADING;
let partsLoading = 0;
const watchers = new Set<() => void>();

function setProgress(next: LoadingProgress) {
  progress = next;
  watchers.forEach((watcher) => {
    watcher();
  });
}

/** For `useSyncExternalStore`: calls `watcher` on each change of `loadingProgress()`; returns the unsubscribe. */
export function watchLoading(watcher: () => void): () => void {
  watchers.add(watcher);
  return () => watchers.delete(watcher);
}

export const loadingProgress = (): LoadingProgress => progress;

/**
 * A part, block by block: each block is parsed when its import is evaluated and read (alignments unpacked) as it
 * comes, while the next one is fetched, so the page stays free between blocks however large the part.
 */
async function loadBlocks<P extends CorpusPart>(part: P): Promise<Corpus[P]> {
  partsLoading++;
  try {
    const { default: imports } = await importers[part]();
    setProgress({ read: progress.read, total: progress.total + imports.length });
    const shares: Corpus[P][] = [];
    let next = imports[0]?.();
    for (let k = 0; k < imports.length; k++) {
      const block = await next;
      next = imports[k + 1]?.();
      if (block) shares.push(readBlock(part, block.default));
      setProgress({ read: progress.read + 1, total: progress.total });
    }
    return joinBlocks(part, shares);
  } finally {
    if (--partsLoading === 0) setProgress(NOTHING_LOADING);
  }
}

const loadedParts = new Map<CorpusPart, Promise<unknown>>();
const loadedSets = new Map<string, Promise<unknown>>();

function loadPart<P extends CorpusPart>(part: P): Promise<Corpus[P]> {
  let loading = loadedParts.get(part) as Promise<Corpus[P]> | undefined;
  if (loading === undefined) {
    loading = loadBlocks(part);
    // A failed load (the network dropped) is tried again next time rather than remembered.
    loading.catch(() => loadedParts.delete(part));
    loadedParts.set(part, loading);
  }
  return loading;
}

/**
 * The parts, as one object. The same set of parts always gives the same promise, and so the same object once loaded:
 * React's `use` needs a stable promise, and the views' memos key on the object's arrays.
 */
export function loadCorpus<P extends CorpusPart>(parts: readonly P[]): Promise<CorpusOf<P>> {
  const key = [...parts].sort().join(' ');
  let loading = loadedSets.get(key) as Promise<CorpusOf<P>> | undefined;
  if (loading === undefined) {
    loading = Promise.all(parts.map(async (part) => [part, await loadPart(part)] as const)).then(
      (entries) => Object.fromEntries(entries) as CorpusOf<P>,
    );
    loading.catch(() => loadedSets.delete(key));
    loadedSets.set(key, loading);
  }
  return loading;
}

/** The parts, suspending the calling component (inside a `<Suspense>`) until they are loaded. */
export function useCorpus<P extends CorpusPart>(parts: readonly P[]): CorpusOf<P> {
  return use(loadCorpus(parts));
}
