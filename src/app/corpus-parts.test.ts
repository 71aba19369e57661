// The loader, over the seeds corpus the Vite plugin serves to the tests as it does to the page.
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../node/build-corpus.ts';
import { loadCorpus } from './corpus-parts.ts';

describe('loadCorpus', () => {
  const built = buildCorpus('seeds');
  if (!built.ok) throw new Error(built.errors.join('\n'));
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
});
