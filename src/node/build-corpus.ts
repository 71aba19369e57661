// Node shell: read a folder, run the pipeline, and say what happened, for the CLI and the Vite plugin alike.
import { analyseCorpus, type AnalyseOptions } from '../corpus/analyse.ts';
import { storedWarning, type CorpusError, type InputWarning } from '../corpus/problems.ts';
import type { Corpus } from '../corpus/types.ts';
import { scanCorpusFolder } from './read-folder.ts';

/** What a build found; callers print the problems with `formatProblem`, against the same folder. */
export type BuildResult =
  | { ok: true; corpus: Corpus; warnings: InputWarning[]; summary: string }
  | { ok: false; errors: CorpusError[]; warnings: InputWarning[] };

/**
 * The corpus of `folder`, or the errors that stop it. The warnings about entries the folder reader left out (links,
 * folders, hidden files) come first, and go into the corpus too, so that the app lists them with the others.
 */
export function buildCorpus(folder: string, options: AnalyseOptions = {}): BuildResult {
  const read = scanCorpusFolder(folder);
  if (!read.ok) return { ok: false, errors: [read.error], warnings: [] };
  const result = analyseCorpus(read.files, options);
  const warnings = [...read.warnings, ...result.warnings];
  if (!result.ok) return { ok: false, errors: result.errors, warnings };
  const corpus = { ...result.corpus, warnings: warnings.map(storedWarning) };
  return { ok: true, corpus, warnings, summary: summarise(corpus, folder) };
}

function summarise(corpus: Corpus, folder: string): string {
  const { articles } = corpus;
  const count = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
  const sentences = articles.reduce((sum, a) => sum + a.sentences.length, 0);
  const words = articles.reduce((sum, a) => sum + a.wordCount, 0);
  const outlets = new Set(articles.map((a) => a.outlet).filter((o) => o !== null)).size;
  return (
    `${folder}: ${count(articles.length, 'article')} from ${count(outlets, 'outlet')}, ` +
    `${count(sentences, 'sentence')}, ${count(words, 'word')}, ${count(corpus.warnings.length, 'warning')}`
  );
}
