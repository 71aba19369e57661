// The corpora a reader imported, kept in the browser's IndexedDB (through `idb`): a row per corpus in `corpora`, and
// its data in `data` as the page reads it — the shell, each part's blocks, the search data (JSON texts, so that a
// block is read and parsed alone, as a bundled corpus's are) and the whole corpus JSON as a Blob for its download.
// The import worker writes here; the page reads and manages it.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { PackedCorpus } from './pack.ts';

/** A stored corpus as the corpus picker lists it. */
export interface StoredCorpus {
  /** What the URL names it by (`?corpus=`): letters, digits and dashes. */
  id: string;
  name: string;
  articleCount: number;
  /** When it was imported, as an ISO timestamp. */
  added: string;
  /** How many blocks each part has (`data` keys `part/0` ... ), and whether the page searches it itself. */
  blocks: PackedCorpus['blockCounts'];
  searchedInPage: boolean;
}

/** What a reader corrected of an article's details; a field left out keeps the corpus's own. */
export interface Correction {
  title?: string;
  outlet?: string;
  /** `YYYY-MM-DD`. */
  published?: string;
}

interface Schema extends DBSchema {
  corpora: { key: string; value: StoredCorpus };
  /** Keyed by [corpus id, what]: `shell`, `search`, `corpus.json`, or a part's block, `articles/3`. */
  data: { key: [string, string]; value: string | Blob };
  /** Keyed by [corpus id (`''` for the bundled corpus), article file]. */
  corrections: { key: [string, string]; value: Correction };
}

const DB_NAME = 'parallax';

let opened: Promise<IDBPDatabase<Schema>> | undefined;

/** The database, opened once; rejects where the browser refuses storage (some private modes). */
function db(): Promise<IDBPDatabase<Schema>> {
  opened ??= openDB<Schema>(DB_NAME, 2, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) {
        database.createObjectStore('corpora', { keyPath: 'id' });
        database.createObjectStore('data');
      }
      if (oldVersion < 2) database.createObjectStore('corrections');
    },
  });
  opened.catch(() => {
    opened = undefined;
  });
  return opened;
}

/** Why this browser will not store corpora (a private window may refuse IndexedDB), or null if it will. */
export async function storageRefused(): Promise<string | null> {
  try {
    await db();
    return null;
  } catch (error) {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
}

/** Every stored corpus, newest first. */
export async function listCorpora(): Promise<StoredCorpus[]> {
  const all = await (await db()).getAll('corpora');
  return all.sort((a, b) => (a.added < b.added ? 1 : a.added > b.added ? -1 : 0));
}

export async function getCorpus(id: string): Promise<StoredCorpus | undefined> {
  return (await db()).get('corpora', id);
}

/** One piece of a stored corpus's data (see the `data` store), or undefined if it is not there. */
export async function getData(id: string, what: string): Promise<string | Blob | undefined> {
  return (await db()).get('data', [id, what]);
}

/** The data keys of a packed corpus, with their values. */
export function dataEntries(packed: PackedCorpus): [string, string | Blob][] {
  const entries: [string, string | Blob][] = [
    ['shell', packed.shell],
    ['search', packed.search],
    ['corpus.json', packed.corpusJson],
  ];
  for (const [part, blocks] of Object.entries(packed.blocks))
    blocks.forEach((block, k) => entries.push([`${part}/${String(k)}`, block]));
  return entries;
}

/** Stores a corpus whole, in one transaction: either all of it is kept, or none (a full disk leaves no half). */
export async function putCorpus(row: StoredCorpus, packed: PackedCorpus): Promise<void> {
  const tx = (await db()).transaction(['corpora', 'data'], 'readwrite');
  const data = tx.objectStore('data');
  const writes: Promise<unknown>[] = dataEntries(packed).map(([what, value]) =>
    data.put(value, [row.id, what]),
  );
  writes.push(tx.objectStore('corpora').put(row), tx.done);
  await Promise.all(writes);
}

export async function renameCorpus(id: string, name: string): Promise<void> {
  const tx = (await db()).transaction('corpora', 'readwrite');
  const row = await tx.store.get(id);
  if (row) await tx.store.put({ ...row, name });
  await tx.done;
}

/** Every key [id, …] of corpus `id`. */
const ofCorpus = (id: string) => IDBKeyRange.bound([id, ''], [id, '\uffff']);

export async function deleteCorpus(id: string): Promise<void> {
  const tx = (await db()).transaction(['corpora', 'data', 'corrections'], 'readwrite');
  await Promise.all([
    tx.objectStore('corpora').delete(id),
    tx.objectStore('data').delete(ofCorpus(id)),
    tx.objectStore('corrections').delete(ofCorpus(id)),
    tx.done,
  ]);
}

/** The corrections of corpus `id` (`''`: the bundled one), by article file. */
export async function getCorrections(id: string): Promise<Map<string, Correction>> {
  const store = (await db()).transaction('corrections').store;
  const corrections = new Map<string, Correction>();
  for (let cursor = await store.openCursor(ofCorpus(id)); cursor; cursor = await cursor.continue())
    corrections.set(cursor.key[1], cursor.value);
  return corrections;
}

/** Keeps a reader's correction of the article `file` of corpus `id`; null (or nothing corrected) removes it. */
export async function putCorrection(id: string, file: string, correction: Correction | null): Promise<void> {
  const store = (await db()).transaction('corrections', 'readwrite').store;
  if (correction === null || Object.keys(correction).length === 0) await store.delete([id, file]);
  else await store.put(correction, [id, file]);
}
