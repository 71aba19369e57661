// What the app under test was built from, read from the built corpus.json, so specs assert what the data says.
// Read on first use inside a test, never when the specs are collected: dist-hostile/ and dist-scale/ are only
// built once the browser tests' servers start.
import { readFileSync } from 'node:fs';
import type { Corpus } from '../src/corpus/types.ts';

export type BuiltApp = 'dist' | 'dist-hostile' | 'dist-scale';

/** The corpus of a built app, read once on the first call. */
export function builtCorpus(dir: BuiltApp): () => Corpus {
  let corpus: Corpus | undefined;
  return () => (corpus ??= JSON.parse(readFileSync(`${dir}/corpus.json`, 'utf8')) as Corpus);
}

/** The folded text a user sees, so comparisons ignore line breaks and repeated spaces. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
