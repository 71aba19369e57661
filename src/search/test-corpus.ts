// For unit tests: a corpus folder (the seeds, a fixture) read and analysed as the build does.
import { readdirSync, readFileSync } from 'node:fs';
import { analyseCorpus } from '../corpus/analyse.ts';
import type { Corpus } from '../corpus/types.ts';

export function corpusOf(folder: string): Corpus {
  const files = readdirSync(folder)
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(`${folder}/${name}`)) }));
  const result = analyseCorpus(files);
  if (!result.ok) throw new Error(`${folder} failed`);
  return result.corpus;
}
