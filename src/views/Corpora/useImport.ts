// An import as the Corpora view shows it: idle, running (with its progress), failed (with the problems, in the CLI's
// words), or done. A corpus stored in the browser opens at its own URL, a fresh page load; one the browser would
// not store opens in this page, from memory.
import { useCallback, useEffect, useRef, useState } from 'react';
import { openSource } from '../../app/corpus-parts.ts';
import { corpusUrl } from '../../app/corpus-source.ts';
import { startImport, type RunningImport } from '../../app/import-client.ts';
import { memorySource } from '../../app/stored-source.ts';
import type { ImportMessage, ImportRequest } from '../../import/protocol.ts';

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'running'; progress: Extract<ImportMessage, { kind: 'progress' }> | null }
  | { phase: 'failed'; errors: string[]; warnings: string[]; badFiles: string[] }
  | { phase: 'cancelled' };

export function useImport(onOpenedInPage: () => void): {
  state: ImportState;
  start: (request: Omit<ImportRequest, 'unstorable'>) => void;
  cancel: () => void;
} {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const running = useRef<RunningImport | null>(null);
  // Leaving the view stops an import under way: nothing would show its end.
  useEffect(
    () => () => {
      running.current?.cancel();
    },
    [],
  );
  const start = useCallback(
    (request: Omit<ImportRequest, 'unstorable'>) => {
      running.current?.cancel();
      setState({ phase: 'running', progress: null });
      const started = startImport(request, (message) => {
        if (message.kind === 'progress') setState({ phase: 'running', progress: message });
        else if (message.kind === 'failed') setState({ phase: 'failed', ...message });
        else if (message.unstored === null) window.location.assign(corpusUrl(message.corpus.id));
        else {
          openSource(memorySource(message.corpus, message.unstored.packed, message.unstored.reason));
          window.history.replaceState(null, '', corpusUrl(message.corpus.id, window.location.hash));
          onOpenedInPage();
        }
      });
      // Cancel before the worker has started stops it as soon as it has.
      running.current = {
        cancel: () => {
          void started.then((run) => {
            run.cancel();
          });
        },
      };
    },
    [onOpenedInPage],
  );
  const cancel = useCallback(() => {
    running.current?.cancel();
    running.current = null;
    setState({ phase: 'cancelled' });
  }, []);
  return { state, start, cancel };
}
