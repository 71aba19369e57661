import { describe, expect, it } from 'vitest';
import { summariseArticle, type ArticleSummary } from '../../corpus/parts.ts';
import type { Article } from '../../corpus/types.ts';
import { testArticle } from '../../test-support/test-article.ts';
import { compareText } from '../table/sort.ts';
import { filterArticles, filterBySource, publishedSortKey, sourceChoices, summarise } from './articles.ts';
import type { CopyFamilies } from '../../corpus/types.ts';

/** The summary of an article with no text and the given fields. */
const article = (fields: Partial<Article>): ArticleSummary =>
  summariseArticle({ ...testArticle([], 'x'), title: 'Untitled', ...fields });

const a = article({
  id: 'a',
  title: 'Anthropic’s CEO on DeepSeek',
  outlet: 'Maginative',
  published: '2025-01-30',
  wordCount: 1000,
});
const b = article({
  id: 'b',
  title: 'Nvidia stock drops',
  outlet: 'PYMNTS',
  published: '2025-01-27',
  wordCount: 291,
});
const c = article({ id: 'c', title: 'Café “export” rules', outlet: null, wordCount: 1000 });

describe('filterArticles', () => {
  it('keeps everything for an empty or blank filter', () => {
    expect(filterArticles([a, b, c], '')).toEqual([a, b, c]);
    expect(filterArticles([a, b, c], '   ')).toEqual([a, b, c]);
  });

  it('matches title or outlet, case- and accent-blind, every word', () => {
    expect(filterArticles([a, b, c], 'deepseek')).toEqual([a]);
    expect(filterArticles([a, b, c], 'pymnts')).toEqual([b]);
    expect(filterArticles([a, b, c], "anthropic's maginative")).toEqual([a]);
    expect(filterArticles([a, b, c], 'cafe "export"')).toEqual([c]);
    expect(filterArticles([a, b, c], 'deepseek pymnts')).toEqual([]);
  });

  it('sees through zero-width characters and soft hyphens, in the filter and in the titles', () => {
    const hyphenated = article({ id: 'd', title: 'Lut\u00ADnick at the hearing', outlet: null });
    expect(filterArticles([a, b, c, hyphenated], 'lutnick')).toEqual([hyphenated]);
    expect(filterArticles([a, b, c, hyphenated], 'Nvi\u200Bdia')).toEqual([b]);
  });

  it('treats regex and markup characters as plain text', () => {
    expect(filterArticles([a, b, c], '.*')).toEqual([]);
    expect(filterArticles([a, b, c], '<script>')).toEqual([]);
  });
});

describe('summarise', () => {
  it('counts articles, outlets, words and spans the dates', () => {
    expect(summarise([a, b, c])).toEqual([
      '3 articles from 2 outlets',
      'published 27–30 Jan 2025 (1 undated)',
      '2,291 words',
    ]);
  });

  it('copes with one article, no dates, and none at all', () => {
    expect(summarise([b])).toEqual(['1 article from 1 outlet', 'published 27 Jan 2025', '291 words']);
    expect(summarise([c])).toEqual(['1 article from 0 outlets', 'undated', '1,000 words']);
    expect(summarise([])).toEqual(['0 articles']);
  });

  it('counts an outlet once whatever its case', () => {
    expect(summarise([a, article({ outlet: 'maginative' })])[0]).toBe('2 articles from 1 outlet');
  });
});

describe('publishedSortKey', () => {
  it('sorts a bounded undated article just after those published on its bound, and one with no bound apart', () => {
    const bounded = article({ id: 'd', publishedBound: { after: '2025-01-27', event: 0 } });
    const later = article({ id: 'e', published: '2025-01-28' });
    const keyed = [a, bounded, later, b].map((x) => ({ id: x.id, key: publishedSortKey(x) }));
    const sorted = keyed
      .flatMap(({ id, key }) => (key === undefined ? [] : [{ id, key }]))
      .sort((x, y) => compareText(x.key, y.key))
      .map((x) => x.id);
    expect(sorted).toEqual(['b', 'd', 'e', 'a']);
    expect(publishedSortKey(c)).toBeUndefined();
  });
});

describe('filterBySource', () => {
  // a the original of c (a copy); b independent.
  const sources: CopyFamilies = {
    shared: [],
    articles: [
      { kind: 'original', of: null, share: 0, family: 0, evidence: null },
      { kind: 'independent', of: null, share: 0, family: null, evidence: null },
      { kind: 'copy', of: 0, share: 0.9, family: 0, evidence: null },
    ],
    families: [{ original: 0, members: [0, 2], basis: 'earliest', credit: null }],
  };
  const indexOf = new Map([
    ['a', 0],
    ['b', 1],
    ['c', 2],
  ]);
  it('keeps one article a source, the copies, or one family', () => {
    expect(filterBySource([a, b, c], indexOf, sources, 'first')).toEqual([a, b]);
    expect(filterBySource([a, b, c], indexOf, sources, 'copies')).toEqual([c]);
    expect(filterBySource([c, b, a], indexOf, sources, 'family-1')).toEqual([c, a]);
    expect(filterBySource([a, b, c], indexOf, sources, 'family-2')).toEqual([]);
  });
  it('keeps every article while the families load, or for no choice or one unknown', () => {
    expect(filterBySource([a, b, c], indexOf, null, 'first')).toEqual([a, b, c]);
    expect(filterBySource([a, b, c], indexOf, sources, '')).toEqual([a, b, c]);
    expect(filterBySource([a, b, c], indexOf, sources, 'nonsense')).toEqual([a, b, c]);
  });
  it('offers a choice for each family, and none but all when there is no family', () => {
    expect(sourceChoices(sources, [a, b, c]).map((choice) => choice.value)).toEqual([
      '',
      'first',
      'copies',
      'family-1',
    ]);
    expect(sourceChoices(sources, [a, b, c])[3]?.label).toBe('Family 1: Maginative (2)');
    expect(sourceChoices({ ...sources, families: [] }, [a, b, c])).toHaveLength(1);
    expect(sourceChoices(null, [a, b, c])).toHaveLength(1);
  });
});
