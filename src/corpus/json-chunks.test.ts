import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCorpus } from '../node/build-corpus.ts';
import { batched, CORPUS_DEPTH, jsonChunks } from './json-chunks.ts';

const joined = (value: unknown, depth: number) => [...jsonChunks(value, depth)].join('');

describe('jsonChunks', () => {
  it('joins to JSON.stringify for any JSON value, at any depth', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 5 }), (value, depth) => {
        expect(joined(value, depth)).toBe(JSON.stringify(value));
      }),
    );
  });

  it('leaves out members JSON cannot hold, and writes them as null in arrays, as JSON.stringify does', () => {
    const value = { a: undefined, b: [undefined, () => 1], c: 1 };
    expect(joined(value, 3)).toBe(JSON.stringify(value));
  });

  it('writes the seeds corpus as JSON.stringify does, no piece much bigger than an article or a list of the index', () => {
    const built = buildCorpus('seeds');
    if (!built.ok) throw new Error(built.errors.map((e) => e.message).join('\n'));
    const { corpus } = built;
    const pieces = [...jsonChunks(corpus, CORPUS_DEPTH)];
    expect(pieces.join('')).toBe(JSON.stringify(corpus));
    const largest = Math.max(
      ...corpus.articles.map((a) => JSON.stringify(a).length),
      ...Object.values(corpus.search).map((list) => JSON.stringify(list).length),
      JSON.stringify(corpus.timeline).length,
    );
    // A piece may carry the comma or the member's name before its value.
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(largest + '"quoteGroups":'.length);
  });
});

describe('batched', () => {
  it('gathers pieces into buffers of about the size asked, losing nothing', () => {
    const pieces = Array.from({ length: 100 }, (_, i) => String(i).padStart(5, '-'));
    const batches = [...batched(pieces, 50)];
    expect(batches.join('')).toBe(pieces.join(''));
    expect(batches.length).toBe(10);
    expect([...batched([], 50)]).toEqual([]);
  });
});
