// The page's side of the search worker: promises for its answers, one search in flight at a time. While the worker
// is busy, a newer query replaces the one waiting (which then resolves to null), so a fast typist never queues up
// searches for keystrokes already gone.
import type { Range } from '../corpus/types.ts';
import type { SearchFilters } from './engine.ts';
import type { Request, Response, WorkerResult } from './protocol.ts';

/** What the client needs of a worker: a real `Worker`, or a stand-in in tests. */
export interface WorkerLike {
  postMessage(message: Request, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<Response>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export interface SearchClient {
  /** The query's first articles (see protocol.ts `FIRST_GROUPS`); null when a newer search took its place. */
  search(
    query: string,
    filters?: SearchFilters,
    page?: { groups?: number; marked?: number },
  ): Promise<WorkerResult | null>;
  /** The ranges to highlight in passages not marked in the search's answer ("Show all"). */
  ranges(query: string, passages: number[]): Promise<Range[][]>;
  close(): void;
}

/**
 * The worker, as Vite bundles it: a module worker of its own file, or, in the one-file build (`npm run
 * build:single`, opened from disk, where a page may start no worker from a file), its code inlined in the page.
 */
export async function startSearchWorker(): Promise<WorkerLike> {
  if (import.meta.env.MODE === 'single') {
    const { default: Inlined } = await import('./search.worker.ts?worker&inline');
    return new Inlined() as WorkerLike;
  }
  return new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' }) as WorkerLike;
}

type Search = Extract<Request, { kind: 'search' }>;

/** A client of the worker, which loads the corpus's search data itself: the page sends it only queries. */
export function createSearchClient(worker: WorkerLike): SearchClient {
  const waiting = new Map<number, { resolve: (r: Response) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let inFlight = false;
  let queued: {
    request: Search;
    resolve: (r: WorkerResult | null) => void;
    reject: (e: Error) => void;
  } | null = null;

  function send(request: Request): Promise<Response> {
    return new Promise((resolve, reject) => {
      waiting.set(request.id, { resolve, reject });
      worker.postMessage(request);
    });
  }

  function run(next: NonNullable<typeof queued>) {
    inFlight = true;
    send(next.request)
      .then((response) => {
        if (response.kind === 'search') next.resolve(response.result);
        else next.reject(new Error(response.kind === 'error' ? response.message : 'unexpected answer'));
      }, next.reject)
      .finally(() => {
        inFlight = false;
        const after = queued;
        queued = null;
        if (after) run(after);
      });
  }

  worker.onmessage = ({ data: response }) => {
    const pending = waiting.get(response.id);
    waiting.delete(response.id);
    pending?.resolve(response);
  };
  worker.onerror = (event) => {
    const error = new Error(`the search worker failed: ${event.message}`);
    for (const pending of waiting.values()) pending.reject(error);
    waiting.clear();
  };

  return {
    search(query, filters = {}, page = {}) {
      const request: Search = { kind: 'search', id: nextId++, query, filters, ...page };
      return new Promise((resolve, reject) => {
        queued?.resolve(null);
        queued = { request, resolve, reject };
        if (!inFlight) {
          const next = queued;
          queued = null;
          run(next);
        }
      });
    },
    async ranges(query, passages) {
      const response = await send({ kind: 'ranges', id: nextId++, query, passages });
      if (response.kind === 'ranges') return response.ranges;
      throw new Error(response.kind === 'error' ? response.message : 'unexpected answer');
    },
    close() {
      worker.terminate();
    },
  };
}
