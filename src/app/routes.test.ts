import { describe, expect, it } from 'vitest';
import { parseHash } from './location.ts';
import { href, matchRoute, navCurrent, navItems } from './routes.ts';

describe('matchRoute', () => {
  it('finds the articles view at the root', () => {
    expect(matchRoute('/')).toEqual({ view: 'articles' });
  });

  it('finds the search view, its query being in the query string', () => {
    expect(matchRoute('/search')).toEqual({ view: 'search' });
    expect(matchRoute('/search/more')).toEqual({ view: 'not-found', path: '/search/more' });
  });

  it('finds the compare, coverage and quotes views, their state in the query string', () => {
    expect(matchRoute('/compare')).toEqual({ view: 'compare' });
    expect(matchRoute('/coverage')).toEqual({ view: 'coverage' });
    expect(matchRoute('/quotes')).toEqual({ view: 'quotes' });
    expect(href.compare({ a: '000', b: '002' })).toBe('#/compare?a=000&b=002');
  });

  it('finds an article by its decoded id', () => {
    expect(matchRoute('/article/000')).toEqual({ view: 'article', id: '000' });
    expect(matchRoute('/article/my%20story')).toEqual({ view: 'article', id: 'my story' });
  });

  it('sends unknown and malformed paths to not-found', () => {
    expect(matchRoute('/nowhere')).toEqual({ view: 'not-found', path: '/nowhere' });
    expect(matchRoute('/article')).toEqual({ view: 'not-found', path: '/article' });
    expect(matchRoute('/article/a/b')).toEqual({ view: 'not-found', path: '/article/a/b' });
    expect(matchRoute('/article/%E0%A4%A')).toEqual({ view: 'not-found', path: '/article/%E0%A4%A' });
  });
});

describe('href', () => {
  it('builds links that route back to the same view', () => {
    expect(href.articles()).toBe('#/');
    expect(href.articles({ sort: 'words' })).toBe('#/?sort=words');
    const link = href.article('a/b ?#', { p: '4' });
    const { path, query } = parseHash(link);
    expect(matchRoute(path)).toEqual({ view: 'article', id: 'a/b ?#' });
    expect(query).toEqual({ p: '4' });
    expect(href.search({ q: 'a & b', outlet: 'X' })).toBe('#/search?q=a+%26+b&outlet=X');
  });
});

describe('navCurrent', () => {
  it('marks the item of the view as the page, and its section as current', () => {
    const item = { label: 'Articles', href: '#/', views: ['articles', 'article'] } as const;
    expect(navCurrent(item, 'articles')).toBe('page');
    expect(navCurrent(item, 'article')).toBe('true');
    expect(navCurrent(item, 'not-found')).toBeUndefined();
  });

  it('gives every nav item a route', () => {
    for (const entry of navItems) expect(matchRoute(entry.href.slice(1)).view).toBe(entry.views[0]);
  });
});
