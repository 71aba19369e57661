// The page's side of an import: the files go to the import worker (src/import/import.worker.ts), its progress and
// result come back as messages, and Cancel ends the worker where it is. Nothing of the corpus is parsed here.
import type { ImportMessage, ImportRequest } from '../import/protocol.ts';

export interface RunningImport {
  /** Stops the import; no message comes after. */
  cancel(): void;
}

/** Starts an import of `request`; `onMessage` hears its progress, then its end (`done` or `failed`). */
export async function startImport(
  request: ImportRequest,
  onMessage: (message: ImportMessage) => void,
): Promise<RunningImport> {
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
  worker.postMessage(request);
  return { cancel: end };
}
