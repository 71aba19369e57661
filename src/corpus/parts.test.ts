import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../node/build-corpus.ts';
import { CORPUS_PARTS, corpusShell, packAlignments, unpackAlignments } from './parts.ts';

describe('the corpus shell', () => {
  const built = buildCorpus('seeds');
  if (!built.ok) throw new Error(built.errors.join('\n'));
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
    expect(shell.warnings).toEqual(corpus.warnings);
    expect(shell.schemaVersion).toBe(corpus.schemaVersion);
  });

  it('is a small share of the whole: the first view does not wait for the rest', () => {
    const size = (data: unknown) => JSON.stringify(data).length;
    expect(size(shell) * 10).toBeLessThan(size(corpus));
  });

  it('with the parts and the search worker’s data, holds every field of the corpus', () => {
    expect(new Set([...Object.keys(shell), ...CORPUS_PARTS, 'search'])).toEqual(new Set(Object.keys(corpus)));
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
