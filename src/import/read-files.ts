// The browser's side of reading a corpus folder: the files a reader chose or dropped, with the path of each inside
// what was chosen, as the pipeline's input — the same rules as the Node folder reader (src/node/read-folder.ts):
// only files directly in the folder, hidden entries left out, sorted by name.
import type { SourceFile } from '../corpus/analyse.ts';
import { hiddenEntry, NOT_A_FILE } from '../corpus/entries.ts';
import type { InputWarning } from '../corpus/problems.ts';

/** A file given to the import: `path` is its place inside the folder chosen (`a.txt`, `sub/b.txt`). */
export interface GivenFile {
  path: string;
  file: Blob;
}

/**
 * The folder the files came from, if they all came from one (the input's `webkitRelativePath` starts with it), and
 * each file's path inside it.
 */
export function withinFolder(files: readonly { name: string; relativePath: string }[]): {
  folder: string;
  paths: string[];
} {
  const tops = new Set(files.map((f) => (f.relativePath.includes('/') ? f.relativePath.split('/')[0] : '')));
  const [top] = tops;
  if (tops.size !== 1 || top === undefined || top === '')
    return { folder: '', paths: files.map((f) => f.name) };
  return { folder: top, paths: files.map((f) => f.relativePath.slice(top.length + 1)) };
}

/** The files to analyse, read, and a warning for each entry left out (once per folder inside). */
export async function readGivenFiles(
  given: readonly GivenFile[],
  onRead: (done: number) => void = () => undefined,
): Promise<{ files: SourceFile[]; warnings: InputWarning[] }> {
  const files: SourceFile[] = [];
  const warnings: InputWarning[] = [];
  const warn = (file: string, message: string) =>
    warnings.push({ severity: 'warning', code: 'ignored-file', file, message });
  const folders = new Set<string>();
  const sorted = [...given].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  let done = 0;
  for (const { path, file } of sorted) {
    const [first = '', ...rest] = path.split('/');
    const hidden = hiddenEntry(first);
    if (hidden !== undefined) {
      if (hidden !== null && rest.length === 0) warn(first, hidden);
    } else if (rest.length > 0) {
      if (!folders.has(first)) warn(first, NOT_A_FILE);
      folders.add(first);
    } else files.push({ name: first, bytes: new Uint8Array(await file.arrayBuffer()) });
    onRead(++done);
  }
  return { files, warnings };
}
