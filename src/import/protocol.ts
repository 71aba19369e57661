// What the page and the import worker (import.worker.ts) say to each other: the files and a name one way; progress,
// then the problems that stop the import or the corpus made, the other.
import type { AnalyseProgress } from '../corpus/analyse.ts';
import type { PackedCorpus } from './pack.ts';
import type { GivenFile } from './read-files.ts';
import type { StoredCorpus } from './store.ts';

export interface ImportRequest {
  files: GivenFile[];
  /** The folder chosen, or `''` for files given one by one: problems are printed against it, as the CLI does. */
  folder: string;
  name: string;
  /** Why the page found the browser's storage refused, or null to store the corpus there. */
  unstorable: string | null;
}

/** What the page sends: the files, a few at a time (see src/app/import-client.ts), then the word to start. */
export type ToImportWorker =
  { kind: 'files'; files: GivenFile[] } | ({ kind: 'start' } & Omit<ImportRequest, 'files'>);

/** The stages a progress bar shows: reading the files, the analysis's own, then storing the result. */
export type ImportStage = 'Reading files' | AnalyseProgress['stage'] | 'Saving';

export type ImportMessage =
  | {
      kind: 'progress';
      stage: ImportStage;
      /** Articles (or files, while reading them) done of `of`, in stages that count them; else 0. */
      done: number;
      of: number;
      /** Which stage this is (from 0), of how many: the bar's place. */
      step: number;
      steps: number;
    }
  | {
      kind: 'failed';
      /** Each problem in the CLI's words (`file:line: message [code]`). */
      errors: string[];
      warnings: string[];
      /** The files the errors name, which the reader may leave out to import the rest. */
      badFiles: string[];
    }
  | {
      kind: 'done';
      corpus: StoredCorpus;
      warnings: string[];
      /** Null when the corpus is in the browser's storage; else why not, and the corpus itself, to keep in memory. */
      unstored: { reason: string; packed: PackedCorpus } | null;
    };
