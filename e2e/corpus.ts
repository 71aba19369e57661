// What the app under test was built from, read from the built corpus.json, so specs assert what the data says.
import { readFileSync } from 'node:fs';
import type { Corpus } from '../src/corpus/types.ts';

export type BuiltApp = 'dist' | 'dist-hostile';

export function readCorpus(dir: BuiltApp): Corpus {
  return JSON.parse(readFileSync(`${dir}/corpus.json`, 'utf8')) as Corpus;
}

/** The folded text a user sees, so comparisons ignore line breaks and repeated spaces. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
