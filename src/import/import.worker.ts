// The import worker: the pipeline run in the browser, off the page's thread. It reads the files given, analyses them
// as `npm run corpus` does, packs the corpus as the page reads it (pack.ts) and stores it (store.ts); the page only
// shows the progress it posts, so it never blocks however large the folder.
/// <reference lib="webworker" />
import { analyseCorpus, ANALYSE_STAGES, type AnalyseProgress } from '../corpus/analyse.ts';
import { formatProblem, storedWarning } from '../corpus/problems.ts';
import { packCorpus } from './pack.ts';
import type { ImportMessage, ImportRequest, ImportStage, ToImportWorker } from './protocol.ts';
import { readGivenFiles } from './read-files.ts';
import { putCorpus, type StoredCorpus } from './store.ts';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: ImportMessage) => {
  self.postMessage(message);
};

const STAGES: readonly ImportStage[] = ['Reading files', ...ANALYSE_STAGES, 'Saving'];

/** Progress, at most every 50 ms (a stage's start always): a message per article of 10,000 would flood the page. */
function progressPoster(): (stage: ImportStage, done: number, of: number) => void {
  let last = { stage: '', at: 0 };
  return (stage, done, of) => {
    const now = performance.now();
    if (stage === last.stage && now - last.at < 50) return;
    last = { stage, at: now };
    post({ kind: 'progress', stage, done, of, step: STAGES.indexOf(stage), steps: STAGES.length });
  };
}

/** An id for the URL: the name's letters and digits, and a random tail so that two imports of one folder differ. */
function corpusId(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${slug || 'corpus'}-${crypto.randomUUID().slice(0, 6)}`;
}

async function importFiles({
  files: given,
  folder,
  name,
  unstorable,
}: ImportRequest): Promise<ImportMessage> {
  const progress = progressPoster();
  const read = await readGivenFiles(given, (done) => {
    progress('Reading files', done, given.length);
  });
  const result = analyseCorpus(read.files, {
    onProgress: ({ stage, done, articles }: AnalyseProgress) => {
      progress(stage, done, articles);
    },
  });
  const warnings = [...read.warnings, ...result.warnings];
  const printed = warnings.map((warning) => formatProblem(warning, folder));
  if (!result.ok)
    return {
      kind: 'failed',
      errors: result.errors.map((error) => formatProblem(error, folder)),
      warnings: printed,
      badFiles: [...new Set(result.errors.map((error) => error.file).filter((file) => file !== ''))],
    };
  const corpus = { ...result.corpus, warnings: warnings.map(storedWarning) };
  progress('Saving', 0, corpus.articles.length);
  const packed = packCorpus(corpus);
  const row: StoredCorpus = {
    id: corpusId(name),
    name,
    articleCount: corpus.articles.length,
    added: new Date().toISOString(),
    blocks: packed.blockCounts,
    searchedInPage: packed.searchedInPage,
  };
  if (unstorable !== null)
    return { kind: 'done', corpus: row, warnings: printed, unstored: { reason: unstorable, packed } };
  try {
    await putCorpus(row, packed);
    return { kind: 'done', corpus: row, warnings: printed, unstored: null };
  } catch (error) {
    // Storage full, or refused: the page keeps the corpus in memory instead.
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { kind: 'done', corpus: row, warnings: printed, unstored: { reason, packed } };
  }
}

const given: ImportRequest['files'] = [];

self.onmessage = ({ data }: MessageEvent<ToImportWorker>) => {
  if (data.kind === 'files') {
    given.push(...data.files);
    return;
  }
  importFiles({ ...data, files: given }).then(post, (error: unknown) => {
    post({
      kind: 'failed',
      errors: [`the import stopped: ${error instanceof Error ? error.message : String(error)}`],
      warnings: [],
      badFiles: [],
    });
  });
};
