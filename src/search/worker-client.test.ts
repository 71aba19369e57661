import { describe, expect, it } from 'vitest';
import { answer, type Request } from './protocol.ts';
import { corpusOf } from '../test-support/corpus.ts';
import { workerEngine } from '../test-support/search.ts';
import { createSearchClient, type WorkerLike } from './worker-client.ts';

const engine = workerEngine(corpusOf('seeds'));

/** A worker that answers on the next turn, as a real one would, and keeps what it was sent. */
function fakeWorker() {
  const sent: Request[] = [];
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(request) {
      sent.push(request);
      const response = answer(engine, request);
      setTimeout(() => worker.onmessage?.(new MessageEvent('message', { data: response })));
    },
    terminate() {},
  };
  return { worker, sent };
}

describe('the search client', () => {
  it('sends only queries, and the worker answers them from the data the build wrote for it', async () => {
    const { worker, sent } = fakeWorker();
    const client = createSearchClient(worker);
    const result = await client.search('Lutnik');
    expect(sent.map((r) => r.kind)).toEqual(['search']);
    expect(result?.total).toBeGreaterThan(0);
  });

  it('keeps one search in flight: a newer query replaces the one waiting, which resolves to null', async () => {
    const { worker, sent } = fakeWorker();
    const client = createSearchClient(worker);
    const [first, second, third] = await Promise.all([
      client.search('L'),
      client.search('Lu'),
      client.search('Lutnick'),
    ]);
    expect(first?.query.kind).toBe('empty');
    expect(second).toBeNull();
    expect(third?.total).toBeGreaterThan(0);
    expect(sent.flatMap((r) => (r.kind === 'search' ? [r.query] : []))).toEqual(['L', 'Lutnick']);
  });

  it('gives ranges for the passages left unmarked', async () => {
    const { worker } = fakeWorker();
    const client = createSearchClient(worker);
    const result = await client.search('Lutnick', {}, { marked: 0 });
    const passages = result?.groups.flatMap((g) => g.hits.map((h) => h.passage)) ?? [];
    const ranges = await client.ranges('Lutnick', passages);
    expect(ranges).toHaveLength(passages.length);
    expect(ranges.every((r) => r.length > 0)).toBe(true);
  });

  it('rejects what is waiting when the worker fails', async () => {
    const { worker } = fakeWorker();
    const client = createSearchClient(worker);
    const waiting = client.search('Lutnick');
    worker.onerror?.({ message: 'out of memory' } as ErrorEvent);
    await expect(waiting).rejects.toThrow('the search worker failed: out of memory');
  });
});
