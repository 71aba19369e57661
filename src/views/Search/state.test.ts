import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from '../../app/location.ts';
import {
  applicableFilters,
  byFactPatch,
  filtersPatch,
  outletsOf,
  readList,
  readSearch,
  searchKeys,
  toggle,
  writeList,
} from './state.ts';
import { testArticle } from '../../test-support/test-article.ts';

describe('readList and writeList', () => {
  it('read comma-separated items, dropping empty and repeated ones', () => {
    expect(readList(undefined)).toEqual([]);
    expect(readList('000,002,,000')).toEqual(['000', '002']);
  });

  it('round-trip names holding commas and percent signs through the URL', () => {
    const outlets = ['Reuters, Inc.', '100% News', 'a%2Cb', 'PYMNTS'];
    const hash = formatHash('/search', { outlet: writeList(outlets) ?? '' });
    expect(readList(parseHash(hash).query.outlet)).toEqual(outlets);
  });

  it('write nothing for an empty list', () => {
    expect(writeList([])).toBeNull();
    expect(writeList([''])).toBeNull();
  });
});

describe('readSearch', () => {
  it('reads the query and both filters, with defaults', () => {
    expect(readSearch({})).toEqual({ q: '', articles: [], outlets: [], byFact: false });
    expect(readSearch({ q: ' Lutnik ', article: '001,002', outlet: 'Maginative' })).toEqual({
      q: ' Lutnik ',
      articles: ['001', '002'],
      outlets: ['Maginative'],
      byFact: false,
    });
  });

  it('groups by fact only for `by=fact`, and writes the default as no key', () => {
    expect(readSearch({ q: 'x', by: 'fact' }).byFact).toBe(true);
    expect(readSearch({ q: 'x', by: 'article' }).byFact).toBe(false);
    expect(byFactPatch(true)).toEqual({ by: 'fact' });
    expect(byFactPatch(false)).toEqual({ by: null });
  });
});

describe('searchKeys and filtersPatch', () => {
  it('keep the keys of a search only', () => {
    expect(searchKeys({ p: '3', q: 'x', outlet: 'A', sort: 'words' })).toEqual({ q: 'x', outlet: 'A' });
    expect(searchKeys({ p: '3', q: 'x', by: 'fact' })).toEqual({ q: 'x', by: 'fact' });
  });

  it('set both filters, removing an empty one', () => {
    expect(filtersPatch(['001'], [])).toEqual({ article: '001', outlet: null });
  });
});

describe('toggle', () => {
  it('adds a value that is not there and removes one that is', () => {
    expect(toggle(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggle(['a', 'b'], 'a')).toEqual(['b']);
  });
});

describe('outletsOf and applicableFilters', () => {
  const articles = [
    { ...testArticle([], '001'), outlet: 'Zeta' },
    { ...testArticle([], '002'), outlet: 'alpha' },
    { ...testArticle([], '003'), outlet: 'Zeta' },
    testArticle([], '004'),
  ];

  it('lists each named outlet once, alphabetically', () => {
    expect(outletsOf(articles)).toEqual(['alpha', 'Zeta']);
  });

  it('keeps only the ids and outlets the corpus has', () => {
    const state = { q: '', articles: ['001', 'gone'], outlets: ['Zeta', 'Nowhere'] };
    expect(applicableFilters(state, articles)).toEqual({ articles: ['001'], outlets: ['Zeta'] });
  });

  it('reads nothing of the corpus when no filter is set (most searches, at every key typed)', () => {
    const unread = new Proxy(articles, {
      get() {
        throw new Error('the corpus was read');
      },
    });
    expect(applicableFilters({ articles: [], outlets: [] }, unread)).toEqual({ articles: [], outlets: [] });
  });
});
