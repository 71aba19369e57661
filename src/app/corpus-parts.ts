// The corpus parts a view needs, loaded when it first opens (each part once, then shared by every view), and
// handed to React as one promise per set of parts, so that a view suspends until its data is there. They come from
// the page's corpus source (corpus-source.ts): the bundled corpus, or one the reader imported.
import { use, useEffect, useState, useSyncExternalStore } from 'react';
import { joinBlocks, readBlock, type CorpusPart, type CorpusShell } from '../corpus/client.ts';
import type { Corpus } from '../corpus/types.ts';
import { bundledSource } from './bundled-source.ts';
import { withCorrections, type Correction } from './corrections.ts';
import { corpusInUrl, CorpusNotHeld, storedSourceLater, type CorpusSource } from './corpus-source.ts';

/**
 * What the page has loaded of its corpus: the shell, and each part and set of parts asked for. A new source (another
 * corpus opened in the page) starts a new session, and every view reads it afresh.
 */
interface Session {
  source: CorpusSource;
  /** The reader's corrections, set over the shell's and the articles part's details as they load. */
  corrections: Promise<ReadonlyMap<string, Correction>>;
  shell: ShellState;
  parts: Map<CorpusPart, Promise<unknown>>;
  sets: Map<string, Promise<unknown>>;
}

// The shell (a row for each article, the warnings, the counts) is a file of its own too, asked for as soon as the
// page's code runs: the header and the view's heading paint without waiting for it, however large the corpus. It is
// read through a store rather than React's `use`: a suspended tree is revealed no sooner than 300 ms after its
// fallback, which would hold back the first table by that much.
interface ShellState {
  shell: CorpusShell | null;
  error: unknown;
}

const sessionWatchers = new Set<() => void>();
let session = start(initialSource());

function initialSource(): CorpusSource {
  const id = corpusInUrl();
  return id === null ? bundledSource : storedSourceLater(id);
}

function start(source: CorpusSource): Session {
  // Corrections that cannot be read (storage refused) leave the corpus as it is.
  const corrections = source.corrections().catch(() => new Map<string, Correction>());
  const started: Session = {
    source,
    corrections,
    shell: { shell: null, error: null },
    parts: new Map(),
    sets: new Map(),
  };
  const setShell = (next: ShellState) => {
    if (session !== started) return;
    session = { ...started, shell: next };
    sessionWatchers.forEach((watcher) => {
      watcher();
    });
  };
  Promise.all([source.shell(), corrections]).then(
    ([shell, corrected]) => {
      setShell({ shell: { ...shell, articles: withCorrections(shell.articles, corrected) }, error: null });
    },
    (error: unknown) => {
      setShell({ shell: null, error: error ?? new Error('The corpus could not be loaded') });
    },
  );
  return started;
}

/** Opens `source` in the page: every view reads its corpus from it from now on. */
export function openSource(source: CorpusSource): void {
  session = start(source);
  sessionWatchers.forEach((watcher) => {
    watcher();
  });
}

/** Reads the page's corpus afresh from its source: after the reader corrected an article, say. */
export function reopenSource(): void {
  openSource(session.source);
}

/** The source the page reads now. */
export const currentSource = (): CorpusSource => session.source;

function watchSession(watcher: () => void): () => void {
  sessionWatchers.add(watcher);
  return () => sessionWatchers.delete(watcher);
}

/** The source the page reads, for a component that must start afresh when another is opened. */
export function useSource(): CorpusSource {
  return useSyncExternalStore(watchSession, () => session.source);
}

/** The corpus shell, or null while it loads (the caller shows that it is loading); a failed load throws. */
export function useShell(): CorpusShell | null {
  const { shell, error } = useSyncExternalStore(watchSession, () => session.shell);
  if (error !== null) throw error;
  return shell;
}

/** What the reader named the corpus open now, or null until known. */
export function useSourceName(source: CorpusSource): string | null {
  const [named, setNamed] = useState<{ source: CorpusSource; name: string } | null>(null);
  useEffect(() => {
    let live = true;
    source.name().then(
      (name) => {
        if (live) setNamed({ source, name });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [source]);
  return named?.source === source ? named.name : null;
}

/** The corpus shell, or null while it loads or if it failed (for what shows beside the views, such as the footer). */
export function useShellIfLoaded(): CorpusShell | null {
  return useSyncExternalStore(watchSession, () => session.shell).shell;
}

/** Why the page cannot open the corpus the URL names, when this browser does not hold it; else null. */
export function useCorpusNotHeld(): CorpusNotHeld | null {
  const { error } = useSyncExternalStore(watchSession, () => session.shell);
  return error instanceof CorpusNotHeld ? error : null;
}

/** The corpus with only some of its parts: what a view declares it reads. */
export type CorpusOf<P extends CorpusPart> = Pick<Corpus, P>;

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
async function loadBlocks<P extends CorpusPart>(
  { source, corrections }: Session,
  part: P,
): Promise<Corpus[P]> {
  partsLoading++;
  try {
    const imports = await source.blocks(part);
    setProgress({ read: progress.read, total: progress.total + imports.length });
    const shares: Corpus[P][] = [];
    let next = imports[0]?.();
    for (let k = 0; k < imports.length; k++) {
      const block = await next;
      next = imports[k + 1]?.();
      if (block) shares.push(readBlock(part, block.default));
      setProgress({ read: progress.read + 1, total: progress.total });
    }
    const whole = joinBlocks(part, shares);
    return part === 'articles'
      ? (withCorrections(whole as Corpus['articles'], await corrections) as Corpus[P])
      : whole;
  } finally {
    if (--partsLoading === 0) setProgress(NOTHING_LOADING);
  }
}

function loadPart<P extends CorpusPart>(part: P): Promise<Corpus[P]> {
  const { parts: loadedParts } = session;
  let loading = loadedParts.get(part) as Promise<Corpus[P]> | undefined;
  if (loading === undefined) {
    loading = loadBlocks(session, part);
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
  const { sets: loadedSets } = session;
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
