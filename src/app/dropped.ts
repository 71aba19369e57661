// Files dropped on the page, from any view: the drop's entries (drop-entries.ts) are read here — a folder's files
// with their paths inside it — and handed to the Corpora view, which imports them.
import type { GivenFile } from '../import/read-files.ts';
import type { DropTaken } from './drop-entries.ts';

/** What was dropped: the files, and the folder they are in when a single folder was dropped. */
export interface Dropped {
  folder: string;
  files: GivenFile[];
}

const fileOf = (entry: FileSystemFileEntry) =>
  new Promise<File>((resolve, reject) => {
    entry.file(resolve, reject);
  });

/** Every entry of a folder: `readEntries` gives them a batch at a time, until an empty batch. */
async function entriesOf(folder: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = folder.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => {
      reader.readEntries(resolve, reject);
    });
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

/** The files under `entry`, each with its path below `prefix`. */
async function filesUnder(entry: FileSystemEntry, prefix: string): Promise<GivenFile[]> {
  const path = prefix + entry.name;
  if (entry.isFile) return [{ path, file: await fileOf(entry as FileSystemFileEntry) }];
  const inside = await entriesOf(entry as FileSystemDirectoryEntry);
  return (await Promise.all(inside.map((child) => filesUnder(child, `${path}/`)))).flat();
}

/** The files of a drop; one folder dropped alone is the corpus folder, its name the folder's. */
export async function readDropped({ entries, files }: DropTaken): Promise<Dropped> {
  if (entries.length === 0) return { folder: '', files: files.map((file) => ({ path: file.name, file })) };
  const [only] = entries;
  if (entries.length === 1 && only?.isDirectory) {
    const inside = await entriesOf(only as FileSystemDirectoryEntry);
    return {
      folder: only.name,
      files: (await Promise.all(inside.map((entry) => filesUnder(entry, '')))).flat(),
    };
  }
  return { folder: '', files: (await Promise.all(entries.map((entry) => filesUnder(entry, '')))).flat() };
}

let waiting: Promise<Dropped> | null = null;

/** Keeps a drop for the Corpora view, which takes it when it opens. */
export function keepDrop(taken: DropTaken): void {
  waiting = readDropped(taken);
}

/** The drop waiting to be imported, once: null if there is none. */
export function takeKeptDrop(): Promise<Dropped> | null {
  const taken = waiting;
  waiting = null;
  return taken;
}
