import { describe, expect, it } from 'vitest';
import { corpusInUrl } from './corpus-source.ts';

describe('corpusInUrl', () => {
  it('is the corpus the query names, or null for the bundled one', () => {
    expect(corpusInUrl('?corpus=news-3f2a1b')).toBe('news-3f2a1b');
    expect(corpusInUrl('?via=x&corpus=a-1')).toBe('a-1');
    expect(corpusInUrl('')).toBeNull();
    expect(corpusInUrl('?corpus=')).toBeNull();
  });
});
