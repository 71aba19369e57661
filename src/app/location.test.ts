import { describe, expect, it } from 'vitest';
import { formatHash, parseHash, patchQuery } from './location.ts';

describe('parseHash', () => {
  it('reads the root from an empty or bare hash', () => {
    expect(parseHash('')).toEqual({ path: '/', query: {} });
    expect(parseHash('#')).toEqual({ path: '/', query: {} });
    expect(parseHash('#/')).toEqual({ path: '/', query: {} });
  });

  it('splits path and query', () => {
    expect(parseHash('#/article/000?p=3&x=a+b')).toEqual({
      path: '/article/000',
      query: { p: '3', x: 'a b' },
    });
    expect(parseHash('#/?sort=published&desc=1')).toEqual({
      path: '/',
      query: { sort: 'published', desc: '1' },
    });
  });

  it('tolerates a missing leading slash and trailing slashes', () => {
    expect(parseHash('#article/000/')).toEqual({ path: '/article/000', query: {} });
    expect(parseHash('#///')).toEqual({ path: '/', query: {} });
  });

  it('drops empty values, keeps the last of a repeated key', () => {
    expect(parseHash('#/?filter=&sort=words&sort=title')).toEqual({ path: '/', query: { sort: 'title' } });
  });

  it('never throws on malformed percent-escapes', () => {
    expect(parseHash('#/article/%E0%A4%A?filter=%zz')).toEqual({
      path: '/article/%E0%A4%A',
      query: { filter: '%zz' },
    });
  });
});

describe('formatHash', () => {
  it('writes path and query, encoding what needs it', () => {
    expect(formatHash('/')).toBe('#/');
    expect(formatHash('/', { filter: 'a&b c', sort: 'words' })).toBe('#/?filter=a%26b+c&sort=words');
  });

  it('drops empty values', () => {
    expect(formatHash('/', { filter: '' })).toBe('#/');
  });

  it('round-trips through parseHash', () => {
    const query = { filter: 'Ünïcode “quotes” & = ? #', p: '12' };
    expect(parseHash(formatHash('/article/x', query))).toEqual({ path: '/article/x', query });
  });
});

describe('patchQuery', () => {
  it('sets, replaces in place and removes', () => {
    const next = patchQuery({ a: '1', b: '2' }, { a: '3', b: null, c: '4' });
    expect(next).toEqual({ a: '3', c: '4' });
    expect(Object.keys(next)).toEqual(['a', 'c']);
  });

  it('treats an empty string as removal and leaves the input alone', () => {
    const query = { filter: 'x' };
    expect(patchQuery(query, { filter: '' })).toEqual({});
    expect(query).toEqual({ filter: 'x' });
  });
});
