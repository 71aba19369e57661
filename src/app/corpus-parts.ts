// The corpus parts a view needs, loaded when it first opens (each part once, then shared by every view), and
// handed to React as one promise per set of parts, so that a view suspends until its data is there.
import { use } from 'react';
import { unpackAlignments, type CorpusPart } from '../corpus/parts.ts';
import type { Corpus } from '../corpus/types.ts';

/** The corpus with only some of its parts: what a view declares it reads. */
export type CorpusOf<P extends CorpusPart> = Pick<Corpus, P>;

// One dynamic import per part: the bundler makes each its own file, fetched (from the app's origin) on first use.
// The alignments come as columns (see packAlignments), and are unpacked here.
const importers: { [P in CorpusPart]: () => Promise<Corpus[P]> } = {
  articles: async () => (await import('virtual:corpus/articles')).default,
  quoteGroups: async () => (await import('virtual:corpus/quoteGroups')).default,
  alignments: async () => unpackAlignments((await import('virtual:corpus/alignments')).default),
  elements: async () => (await import('virtual:corpus/elements')).default,
  timeline: async () => (await import('virtual:corpus/timeline')).default,
};

const loadedParts = new Map<CorpusPart, Promise<unknown>>();
const loadedSets = new Map<string, Promise<unknown>>();

function loadPart<P extends CorpusPart>(part: P): Promise<Corpus[P]> {
  let loading = loadedParts.get(part) as Promise<Corpus[P]> | undefined;
  if (loading === undefined) {
    loading = importers[part]() as Promise<Corpus[P]>;
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
