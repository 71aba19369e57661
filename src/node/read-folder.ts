// Node shell: the files of a corpus folder as bytes, for the pure pipeline to judge.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFile } from '../corpus/analyse.ts';

/** Every regular, non-hidden file directly inside `folder`, sorted by name. Throws a plain message if the folder is unusable. */
export function readCorpusFolder(folder: string): SourceFile[] {
  let names: string[];
  try {
    if (!statSync(folder).isDirectory()) throw new Error('not a folder');
    names = readdirSync(folder);
  } catch {
    throw new Error(
      `${folder}: cannot read the corpus folder: check the path (set SEEDS_DIR, or pass --seeds DIR)`,
    );
  }
  return names
    .filter((name) => !name.startsWith('.') && statSync(join(folder, name)).isFile())
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(folder, name))) }));
}
