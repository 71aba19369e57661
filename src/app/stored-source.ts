// An imported corpus as the page reads it: from the browser's storage (src/import/store.ts), or from memory when the
// browser refused to store it. Its pieces are the bundled corpus's — a shell, blocks of each part, the search data —
// as JSON texts, each parsed when read.
import type { BlockImports, CorpusPart, CorpusShell } from '../corpus/client.ts';
import type { PackedCorpus } from '../import/pack.ts';
import type { SearchDataAt } from '../import/search.worker.ts';
import { dataEntries, getCorpus, getCorrections, getData, type StoredCorpus } from '../import/store.ts';
import type { WorkerLike } from '../search/worker-client.ts';
import { CorpusNotHeld, type CorpusSource } from './corpus-source.ts';

/** The imported corpus's search worker, told where its data is (inlined in the one-file build, as in worker-client.ts). */
async function startWorker(at: SearchDataAt): Promise<WorkerLike> {
  const worker =
    import.meta.env.MODE === 'single'
      ? new (await import('../import/search.worker.ts?worker&inline')).default()
      : new Worker(new URL('../import/search.worker.ts', import.meta.url), { type: 'module' });
  worker.postMessage(at);
  return worker as WorkerLike;
}

/** A source over `read`, which gives a piece of the corpus's data by its key in the store. */
function sourceOver(
  row: Promise<StoredCorpus>,
  read: (what: string) => Promise<string | Blob | undefined>,
  searchDataAt: () => SearchDataAt,
  id: string,
  corrections: CorpusSource['corrections'],
): CorpusSource {
  const parsed = async <T>(what: string): Promise<T> => {
    const text = await read(what);
    if (typeof text !== 'string') throw new CorpusNotHeld(id);
    return JSON.parse(text) as T;
  };
  return {
    id,
    name: () => row.then((found) => found.name),
    shell: () => row.then(() => parsed<CorpusShell>('shell')),
    blocks: async <P extends CorpusPart>(part: P) => {
      const count = (await row).blocks[part];
      return Array.from(
        { length: count },
        (_, k) => () => parsed<never>(`${part}/${String(k)}`).then((block) => ({ default: block })),
      ) as BlockImports<P>;
    },
    searchInPage: async () => ((await row).searchedInPage ? parsed('search') : null),
    searchWorker: async () => {
      await row;
      return startWorker(searchDataAt());
    },
    corrections,
    corpusJson: async () => {
      const json = await read('corpus.json');
      if (!(json instanceof Blob)) throw new CorpusNotHeld(id);
      return json;
    },
  };
}

/** The corpus `id` in the browser's storage; its pieces reject with `CorpusNotHeld` if it is not there. */
export function storedSource(id: string): CorpusSource {
  const row = getCorpus(id).then(
    (found) => {
      if (!found) throw new CorpusNotHeld(id);
      return found;
    },
    // Storage refused (a private window): this browser holds no corpus at all.
    (error: unknown) => {
      throw new CorpusNotHeld(id, error instanceof Error ? error.message : String(error));
    },
  );
  return sourceOver(
    row,
    (what) => getData(id, what),
    () => ({ corpus: id }),
    id,
    () => getCorrections(id),
  );
}

/** A corpus the browser would not store (`unstored` says why), kept in this page's memory until it closes. */
export function memorySource(row: StoredCorpus, packed: PackedCorpus, unstored: string): CorpusSource {
  const data = new Map(dataEntries(packed));
  const source = sourceOver(
    Promise.resolve(row),
    (what) => Promise.resolve(data.get(what)),
    () => ({ json: packed.search }),
    row.id,
    // Corrections are kept in the browser's storage, which refused this corpus: it has none.
    () => Promise.resolve(new Map()),
  );
  return { ...source, unstored };
}
