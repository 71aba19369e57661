// The loader, over the seeds corpus the Vite plugin serves to the tests as it does to the page.
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../node/build-corpus.ts';
import { loadCorpus, loadingProgress, watchLoading, type LoadingProgress } from './corpus-parts.ts';

describe('loadCorpus', () => {
  const built = buildCorpus('seeds');
  if (!built.ok) throw new Error(built.errors.map((e) => e.message).join('\n'));
  const { corpus } = built;

  it('gives exactly the parts asked for, as the pipeline made them', async () => {
    const loaded = await loadCorpus(['articles', 'elements']);
    expect(Object.keys(loaded).sort()).toEqual(['articles', 'elements']);
    expect(loaded.articles).toEqual(corpus.articles);
    expect(loaded.elements).toEqual(corpus.elements);
  });

  it('gives the same promise for the same parts in any order, and shares each part between sets', async () => {
    const first = loadCorpus(['articles', 'timeline']);
    expect(loadCorpus(['timeline', 'articles'])).toBe(first);
    const other = await loadCorpus(['articles', 'quoteGroups']);
    expect(other.articles).toBe((await first).articles);
  });

  it('says how many blocks are read of how many, as they come, and nothing once all are loaded', async () => {
    const seen: LoadingProgress[] = [];
    const stop = watchLoading(() => seen.push(loadingProgress()));
    const loaded = await loadCorpus(['alignments']);
    stop();
    expect(loaded.alignments).toEqual(corpus.alignments);
    const during = seen.slice(0, -1);
    expect(during.length).toBeGreaterThan(1);
    expect(during.every((p) => p.total > 0 && p.read <= p.total)).toBe(true);
    expect(during.at(-1)?.read).toBe(during.at(-1)?.total);
    expect(seen.at(-1)).toEqual({ read: 0, total: 0 });
    expect(loadingProgress()).toEqual({ read: 0, total: 0 });
  });
});
