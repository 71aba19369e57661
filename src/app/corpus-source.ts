// Where the page's corpus comes from: the one bundled with the page (bundled-source.ts), or one the reader imported,
// kept in the browser (stored-source.ts). The URL names an imported one (`?corpus=<id>`, before the hash, so that
// every link of the page keeps it); no name means the bundled corpus. Every view reads its corpus through a source,
// so none knows which it is.
import type { BlockImports, CorpusPart, CorpusShell } from '../corpus/client.ts';
import type { SearchDataJson } from '../search/search-data.ts';
import type { WorkerLike } from '../search/worker-client.ts';
import type { Correction } from './corrections.ts';

export interface CorpusSource {
  /** The id the URL names it by; null for the corpus bundled with the page. */
  readonly id: string | null;
  /** Why the browser would not store it, for a corpus kept in this page's memory only; else undefined. */
  readonly unstored?: string;
  /** What the reader named it (the bundled corpus is "Built-in corpus"). */
  name(): Promise<string>;
  shell(): Promise<CorpusShell>;
  /** A part's blocks, each loaded and parsed when called (see corpus-parts.ts). */
  blocks<P extends CorpusPart>(part: P): Promise<BlockImports<P>>;
  /** The search data, for a corpus small enough to be searched in the page (src/search/in-page.ts); else null. */
  searchInPage(): Promise<SearchDataJson | null>;
  /** A search worker that loads this corpus's search data itself. */
  searchWorker(): Promise<WorkerLike>;
  /** The reader's corrections of its articles' details (corrections.ts), by article file. */
  corrections(): Promise<ReadonlyMap<string, Correction>>;
  /** The whole corpus as JSON, for its download; null where it is a file of the site (`corpus.json`). */
  readonly corpusJson: (() => Promise<Blob>) | null;
}

/** What the page says when the URL names a corpus this browser does not hold. */
export class CorpusNotHeld extends Error {
  /** `refused`: why the browser's storage could not be read, when it could not. */
  constructor(
    readonly id: string,
    readonly refused: string | null = null,
  ) {
    super(`This browser holds no corpus named “${id}”`);
    this.name = 'CorpusNotHeld';
  }
}

/** The `?corpus=` of the page's URL, or null (the bundled corpus). */
export function corpusInUrl(search = globalThis.location?.search ?? ''): string | null {
  const id = new URLSearchParams(search).get('corpus');
  return id === null || id === '' ? null : id;
}

/** The page's URL opening corpus `id` (null: the bundled one) at `hash`. */
export function corpusUrl(id: string | null, hash = '#/'): string {
  const search = new URLSearchParams(globalThis.location?.search ?? '');
  if (id === null) search.delete('corpus');
  else search.set('corpus', id);
  const query = search.toString();
  return `${globalThis.location?.pathname ?? ''}${query ? `?${query}` : ''}${hash}`;
}

/**
 * The stored corpus `id`, its reader loaded on first use: the page's first load carries no storage code for the
 * bundled corpus, the one most pages show.
 */
export function storedSourceLater(id: string): CorpusSource {
  const source = import('./stored-source.ts').then((module) => module.storedSource(id));
  return {
    id,
    name: () => source.then((s) => s.name()),
    shell: () => source.then((s) => s.shell()),
    blocks: (part) => source.then((s) => s.blocks(part)),
    searchInPage: () => source.then((s) => s.searchInPage()),
    searchWorker: () => source.then((s) => s.searchWorker()),
    corrections: () => source.then((s) => s.corrections()),
    corpusJson: () =>
      source.then((s) => (s.corpusJson === null ? Promise.reject(new CorpusNotHeld(id)) : s.corpusJson())),
  };
}

export const BUNDLED_NAME = 'Built-in corpus';
