// For unit tests: a corpus built from a folder (the seeds, or a fixture) the way the app's build does.
import { buildCorpus } from '../../node/build-corpus.ts';
import type { Corpus } from '../../corpus/types.ts';

export function corpusOf(folder: string): Corpus {
  const result = buildCorpus(folder);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.corpus;
}
