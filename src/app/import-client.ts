// The page's side of an import: the files go to the import worker (src/import/import.worker.ts), its progress and
// result come back as messages, and Cancel ends the worker where it is. Nothing of the corpus is parsed here.
import type { ImportMessage, ImportRequest, ToImportWorker } from '../import/protocol.ts';
import { storageRefused } from '../import/store.ts';

/**
 * Files sent to the worker in one message. Sending a file chosen from disk costs the page a quarter of a millisecond
 * or so (Chromium hands the worker a reference to it): 1,000 in one message were a 260 ms task.
 */
const FILES_PER_MESSAGE = 25;

const nextTask = () =>
  new Promise((resolve) => {
    setTimeout(resolve, 0);
  });

export interface RunningImport {
  /** Stops the import; no message comes after. */
  cancel(): void;
}

/** Starts an import of `request`; `onMessage` hears its progress, then its end (`done` or `failed`). */
export async function startImport(
  request: Omit<ImportRequest, 'unstorable'>,
  onMessage: (message: ImportMessage) => void,
): Promise<RunningImport> {
  // Asked here, in the page: a private window's refusal shows here, and the worker then keeps the corpus for memory.
  const unstorable = await storageRefused();
  // Inlined in the one-file build, as the search worker is (src/search/worker-client.ts).
  const worker =
    import.meta.env.MODE === 'single'
      ? new (await import('../import/import.worker.ts?worker&inline')).default()
      : new Worker(new URL('../import/import.worker.ts', import.meta.url), { type: 'module' });
  let ended = false;
  const end = () => {
    ended = true;
    worker.terminate();
  };
  worker.onmessage = ({ data }: MessageEvent<ImportMessage>) => {
    if (ended) return;
    if (data.kind !== 'progress') end();
    onMessage(data);
  };
  worker.onerror = (event) => {
    if (ended) return;
    end();
    onMessage({
      kind: 'failed',
      errors: [`the import failed: ${event.message}`],
      warnings: [],
      badFiles: [],
    });
  };
  const send = (message: ToImportWorker) => {
    worker.postMessage(message);
  };
  void (async () => {
    for (let at = 0; at < request.files.length && !ended; at += FILES_PER_MESSAGE) {
      send({ kind: 'files', files: request.files.slice(at, at + FILES_PER_MESSAGE) });
      await nextTask();
    }
    if (!ended) send({ kind: 'start', folder: request.folder, name: request.name, unstorable });
  })();
  return { cancel: end };
}
