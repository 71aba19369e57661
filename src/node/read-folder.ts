// Node shell: the files of a corpus folder as bytes, for the pure pipeline to judge, and a warning for each entry it
// passes over. Only regular files inside the folder are read: a symbolic link is followed only when it stays inside
// (a link to /etc/passwd would put that file in the built site), and nothing in the folder stops the build.
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  type Dirent,
} from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import type { SourceFile } from '../corpus/analyse.ts';
import { hiddenEntry, NOT_A_FILE } from '../corpus/entries.ts';
import { formatProblem, type CorpusError, type InputWarning } from '../corpus/problems.ts';

/** What a corpus folder holds: the files to analyse, and a warning for each entry left out; or why it cannot be read. */
export type CorpusFolder =
  { ok: true; files: SourceFile[]; warnings: InputWarning[] } | { ok: false; error: CorpusError };

/** An entry read, or left out: with the reason, or `null` for one passed over in silence (`.git`, `.DS_Store`). */
type Entry = { bytes: Uint8Array } | { skipped: string | null };

/**
 * Every regular file directly inside `folder`, sorted by name, and a warning for each entry left out: a hidden
 * `.txt`, a folder, a link that leaves the folder, loops or points at nothing, a FIFO or device, a file that
 * cannot be read; or an error if the folder itself is unusable.
 */
export function scanCorpusFolder(folder: string): CorpusFolder {
  let root: string;
  let entries: Dirent[];
  try {
    root = realpathSync(folder);
    entries = readdirSync(root, { withFileTypes: true });
  } catch {
    const message = 'cannot read the corpus folder: check the path (set SEEDS_DIR, or pass --seeds DIR)';
    return { ok: false, error: { severity: 'error', code: 'unreadable-folder', file: '', message } };
  }
  const files: SourceFile[] = [];
  const warnings: InputWarning[] = [];
  // Names in a folder are unique, so the order is total.
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const read = readEntry(root, entry);
    if ('bytes' in read) files.push({ name: entry.name, bytes: read.bytes });
    else if (read.skipped !== null)
      warnings.push({ severity: 'warning', code: 'ignored-file', file: entry.name, message: read.skipped });
  }
  return { ok: true, files, warnings };
}

/** The files alone, for callers (the evaluation, tests) that report nothing about what was left out. */
export function readCorpusFolder(folder: string): SourceFile[] {
  const read = scanCorpusFolder(folder);
  if (!read.ok) throw new Error(formatProblem(read.error, folder));
  return read.files;
}

/** One entry of the folder `root` (a real path), read if it is a regular file or a link to one inside `root`. */
function readEntry(root: string, entry: Dirent): Entry {
  const path = join(root, entry.name);
  const hidden = hiddenEntry(entry.name);
  if (hidden !== undefined) return { skipped: hidden };
  if (entry.isSymbolicLink()) return readLink(root, path);
  if (entry.isDirectory()) return { skipped: NOT_A_FILE };
  return readRegularFile(path);
}

/** A link's target, read when it is inside `root`; a link that loops, dangles or leaves is left out. */
function readLink(root: string, path: string): Entry {
  let target: string;
  try {
    target = realpathSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      return {
        skipped:
          'is a symbolic link to a file that is not there, so it is not read: point it at the article, or remove it',
      };
    if (code === 'ELOOP')
      return {
        skipped:
          'is a symbolic link that leads back to itself (ELOOP), so it is not read: point it at the article, or remove it',
      };
    return {
      skipped: `is a symbolic link that cannot be followed (${code ?? 'error'}), so it is not read: point it at the article, or remove it`,
    };
  }
  const inside = relative(root, target);
  if (isAbsolute(inside) || inside.split(sep)[0] === '..')
    // The target's path is not named: warnings go into the built site, and the path may be private.
    return {
      skipped:
        'is a symbolic link to something outside the corpus folder, so it is not read: copy the file into the folder if it belongs in the corpus',
    };
  return readRegularFile(target);
}

/**
 * The bytes of the regular file at `path`, checked on the open file itself: `O_NOFOLLOW` refuses a link swapped in
 * since the folder was listed, and `O_NONBLOCK` keeps a FIFO from blocking the open until someone writes to it.
 */
function readRegularFile(path: string): Entry {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    return { skipped: cannotRead(error) };
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) return { skipped: NOT_A_FILE };
    if (!stats.isFile())
      return {
        skipped:
          'is not a regular file (a FIFO, socket or device), so it is not read: save the article as a file',
      };
    return { bytes: new Uint8Array(readFileSync(fd)) };
  } catch (error) {
    return { skipped: cannotRead(error) };
  } finally {
    closeSync(fd);
  }
}

/** The warning for an entry the system would not let us open or read, with its error code. */
function cannotRead(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  return `cannot be read (${code}), so it is not in the corpus: check that it is a file you may read`;
}
