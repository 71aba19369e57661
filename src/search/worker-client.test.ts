import { describe, expect, it } from 'vitest';
import { createEngine, type Engine } from './engine.ts';
import { answer, type Request, type Response } from './protocol.ts';
import { corpusOf } from './test-corpus.ts';
import { createSearchClient, type WorkerLike } from './worker-client.ts';

const corpus = corpusOf('seeds');

/** A worker that answers on the next turn, as a real one would, and keeps what it was sent. */
function fakeWorker() {
  const sent: Request[] = [];
  let engine: Engine | null = null;
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(request) {
      sent.push(request);
      if (request.kind === 'load') {
        engine = createEngine(structuredClone(request.data));
        return;
      }
      const response: Response = engine
        ? answer(engine, request)
        : { kind: 'error', id: request.id, message: 'not loaded' };
      setTimeout(() => worker.onmessage?.(new MessageEvent('message', { data: response })));
    },
    terminate() {},
  };
  return { worker, sent };
}

describe('the search client', () => {
  it('sends the data once, first, then answers queries', async () => {
    const { worker, sent } = fakeWorker();
    const client = createSearchClient(corpus, worker);
    const result = await client.search('Lutnik');
    expect(sent[0]?.kind).toBe('load');
    expect(sent.filter((r) => r.kind === 'load')).toHaveLength(1);
    expect(result?.total).toBeGreaterThan(0);
  });

  it('keeps one search in flight: a newer query replaces the one waiting, which resolves to null', async () => {
    const { worker, sent } = fakeWorker();
    const client = createSearchClient(corpus, worker);
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
    const client = createSearchClient(corpus, worker);
    const result = await client.search('Lutnick', {}, { marked: 0 });
    const passages = result?.groups.flatMap((g) => g.hits.map((h) => h.passage)) ?? [];
    const ranges = await client.ranges('Lutnick', passages);
    expect(ranges).toHaveLength(passages.length);
    expect(ranges.every((r) => r.length > 0)).toBe(true);
  });

  it('rejects what is waiting when the worker fails', async () => {
    const { worker } = fakeWorker();
    const client = createSearchClient(corpus, worker);
    const waiting = client.search('Lutnick');
    worker.onerror?.({ message: 'out of memory' } as ErrorEvent);
    await expect(waiting).rejects.toThrow('the search worker failed: out of memory');
  });
});
