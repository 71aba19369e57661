// Node shell: read a folder, run the pipeline, and say what happened, for the CLI and the Vite plugin alike.
import { analyseCorpus, type AnalyseOptions } from '../corpus/analyse.ts';
import { formatProblem } from '../corpus/problems.ts';
import type { Corpus } from '../corpus/types.ts';
import { readCorpusFolder } from './read-folder.ts';

export type BuildResult =
  | { ok: true; corpus: Corpus; warnings: string[]; summary: string }
  | { ok: false; errors: string[]; warnings: string[] };

export function buildCorpus(folder: string, options: AnalyseOptions = {}): BuildResult {
  let files;
  try {
    files = readCorpusFolder(folder);
  } catch (error) {
    return { ok: false, errors: [(error as Error).message], warnings: [] };
  }
  const result = analyseCorpus(files, options);
  const warnings = result.warnings.map((w) => formatProblem(w, folder));
  if (!result.ok) return { ok: false, errors: result.errors.map((e) => formatProblem(e, folder)), warnings };
  return { ok: true, corpus: result.corpus, warnings, summary: summarise(result.corpus, folder) };
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
