import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../node/build-corpus.ts';
import {
  BLOCK_PAIRS,
  CORPUS_PARTS,
  corpusShell,
  joinBlocks,
  packAlignments,
  partBlocks,
  readBlock,
  unpackAlignments,
  type CorpusPart,
  type PartBlock,
} from './parts.ts';
import type { AlignedPair, Corpus } from './types.ts';

describe('the corpus shell', () => {
  const built = buildCorpus('seeds');
  if (!built.ok) throw new Error(built.errors.map((e) => e.message).join('\n'));
  const { corpus } = built;
  const shell = corpusShell(corpus);

  it('lists every article, in corpus order, with what the table shows and no text', () => {
    expect(shell.articles.map((a) => a.id)).toEqual(corpus.articles.map((a) => a.id));
    shell.articles.forEach((summary, i) => {
      const article = corpus.articles[i];
      expect(summary).toMatchObject({
        title: article?.title,
        outlet: article?.outlet,
        published: article?.published,
        wordCount: article?.wordCount,
        sentenceCount: article?.sentences.length,
      });
      expect(summary).not.toHaveProperty('text');
      expect(summary).not.toHaveProperty('sentences');
    });
    expect(shell.eventCount).toBe(corpus.timeline.events.length);
    expect(shell.eventCount).toBeGreaterThan(0);
    expect(shell.warnings).toEqual(corpus.warnings);
    expect(shell.schemaVersion).toBe(corpus.schemaVersion);
  });

  it('is a small share of the whole: the first view does not wait for the rest', () => {
    const size = (data: unknown) => JSON.stringify(data).length;
    expect(size(shell) * 10).toBeLessThan(size(corpus));
  });

  it('with the parts and the search worker’s data, holds every field of the corpus', () => {
    // The event count is derived from the timeline, not a field of its own.
    const fields = Object.keys(shell).filter((key) => key !== 'eventCount');
    expect(new Set([...fields, ...CORPUS_PARTS, 'search'])).toEqual(new Set(Object.keys(corpus)));
  });
});

describe('the alignments as columns', () => {
  it('unpack to the pairs packed, scores and quote groups included', () => {
    const pairs = [
      { a: 0, b: 7, score: 0.5, quoteGroup: null },
      { a: 0, b: 9, score: 0.333, quoteGroup: 4 },
      { a: 3, b: 4, score: 1, quoteGroup: null },
      { a: 12, b: 40, score: 0.19, quoteGroup: 0 },
    ];
    expect(unpackAlignments(packAlignments(pairs))).toEqual(pairs);
    expect(unpackAlignments(packAlignments([]))).toEqual([]);
  });

  it('round-trip a real corpus, and take less room than one object per pair', () => {
    const built = buildCorpus('../shared/corpora/crowdstrike-outage-july-2024');
    const corpus = built.ok ? built.corpus : undefined;
    if (corpus === undefined) return; // the shared corpora are not in every checkout
    const packed = packAlignments(corpus.alignments);
    expect(unpackAlignments(packed)).toEqual(corpus.alignments);
    expect(JSON.stringify(packed).length * 2).toBeLessThan(JSON.stringify(corpus.alignments).length);
  });
});

describe('a part in blocks', () => {
  const built = buildCorpus('seeds');
  if (!built.ok) throw new Error(built.errors.map((e) => e.message).join('\n'));
  const { corpus } = built;
  const roundTrip = <P extends CorpusPart>(whole: Corpus, part: P, maxChars: number) =>
    joinBlocks(
      part,
      partBlocks(whole, part, maxChars).map((json) => readBlock(part, JSON.parse(json) as PartBlock<P>)),
    );

  it('joins again to the part, in order, whatever the size of a block', () => {
    for (const maxChars of [1, 2_000, 50_000, Infinity])
      for (const part of CORPUS_PARTS) expect(roundTrip(corpus, part, maxChars)).toEqual(corpus[part]);
  });

  it('cuts between items, each block at most the size asked unless one item alone is more', () => {
    const maxChars = 4_000;
    const blocks = partBlocks(corpus, 'articles', maxChars);
    expect(blocks.length).toBeGreaterThan(1);
    for (const json of blocks) {
      const items = JSON.parse(json) as unknown[];
      expect(items.length).toBeGreaterThan(0);
      if (items.length > 1) expect(json.length).toBeLessThanOrEqual(maxChars);
    }
    expect(blocks.length).toBeLessThanOrEqual(corpus.articles.length);
  });

  it('gives an empty part one empty block, and the timeline one block', () => {
    const empty = { ...corpus, quoteGroups: [], alignments: [] };
    expect(partBlocks(empty, 'quoteGroups')).toEqual(['[]']);
    expect(roundTrip(empty, 'alignments', 10)).toEqual([]);
    expect(partBlocks(corpus, 'timeline', 1)).toHaveLength(1);
  });

  it('holds a fixed number of alignment pairs a block', () => {
    const pairs: AlignedPair[] = Array.from({ length: 2 * BLOCK_PAIRS + 5 }, (_, i) => ({
      a: Math.floor(i / 3),
      b: i + 7,
      score: 0.5,
      quoteGroup: i % 1000 === 0 ? 2 : null,
    }));
    const many = { ...corpus, alignments: pairs };
    expect(partBlocks(many, 'alignments')).toHaveLength(3);
    expect(roundTrip(many, 'alignments', Infinity)).toEqual(pairs);
  });
});
