// For tests and the bench: corpora read and analysed as the build reads and analyses them, failing loudly, so that a
// fixture which no longer analyses stops the run instead of testing an empty corpus.
import { analyseCorpus, type SourceFile } from '../corpus/analyse.ts';
import { formatProblem, type CorpusError } from '../corpus/problems.ts';
import type { Corpus } from '../corpus/types.ts';
import { buildCorpus } from '../node/build-corpus.ts';

type Analysed = { ok: true; corpus: Corpus } | { ok: false; errors: CorpusError[] };

function corpusOrThrow(result: Analysed, folder: string): Corpus {
  if (!result.ok) throw new Error(result.errors.map((e) => formatProblem(e, folder)).join('\n'));
  return result.corpus;
}

/** The corpus of some files, made in memory; throws with every error. */
export function analyse(files: SourceFile[]): Corpus {
  return corpusOrThrow(analyseCorpus(files), '.');
}

/** The corpus of a folder (the seeds, a fixture) as the build makes it, with the folder reader's warnings. */
export function corpusOf(folder: string): Corpus {
  return corpusOrThrow(buildCorpus(folder), folder);
}
