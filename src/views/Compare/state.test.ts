import { describe, expect, it } from 'vitest';
import { patchQuery } from '../../app/location.ts';
import { hideIdenticalPatch, hidesIdentical, selectArticles, swapPatch } from './state.ts';

const articles = [{ id: '000' }, { id: '001' }, { id: '002' }];

describe('selectArticles', () => {
  it('takes the articles the URL names', () => {
    expect(selectArticles(articles, { a: '002', b: '000' })).toEqual({ kind: 'pair', a: 2, b: 0 });
  });

  it('defaults to the first two distinct articles', () => {
    expect(selectArticles(articles, {})).toEqual({ kind: 'pair', a: 0, b: 1 });
    expect(selectArticles(articles, { a: '000' })).toEqual({ kind: 'pair', a: 0, b: 1 });
    expect(selectArticles(articles, { a: '001' })).toEqual({ kind: 'pair', a: 1, b: 0 });
    expect(selectArticles(articles, { b: '000' })).toEqual({ kind: 'pair', a: 1, b: 0 });
    expect(selectArticles(articles, { b: '002' })).toEqual({ kind: 'pair', a: 0, b: 2 });
  });

  it('keeps the known side of a URL with one unknown id, chosen as it would be alone', () => {
    expect(selectArticles(articles, { a: '002', b: '999' })).toEqual({
      kind: 'unknown',
      a: 2,
      b: null,
      missing: [{ side: 'b', id: '999' }],
    });
    expect(selectArticles(articles, { b: '999' })).toMatchObject({ a: 0, b: null });
  });

  it('keeps the same article on both sides, for the view to say so', () => {
    expect(selectArticles(articles, { a: '001', b: '001' })).toEqual({ kind: 'pair', a: 1, b: 1 });
  });

  it('names the ids it does not know, and needs two articles', () => {
    expect(selectArticles(articles, { a: 'nope', b: '000' })).toEqual({
      kind: 'unknown',
      a: null,
      b: 0,
      missing: [{ side: 'a', id: 'nope' }],
    });
    expect(selectArticles(articles, { a: 'x', b: 'y' })).toEqual({
      kind: 'unknown',
      a: null,
      b: null,
      missing: [
        { side: 'a', id: 'x' },
        { side: 'b', id: 'y' },
      ],
    });
    expect(selectArticles([{ id: '000' }], {})).toEqual({ kind: 'too-few' });
  });
});

describe('swapPatch', () => {
  it('writes each side’s id into the other', () => {
    expect(swapPatch(articles, 0, 2)).toEqual({ a: '002', b: '000' });
  });
});

describe('hiding identical passages', () => {
  it('reads back what its patch writes, and hides nothing by default or for an unknown value', () => {
    expect(hidesIdentical(patchQuery({ a: '000' }, hideIdenticalPatch(true)))).toBe(true);
    expect(hideIdenticalPatch(false)).toEqual({ hide: null });
    expect(hidesIdentical({ a: '000' })).toBe(false);
    expect(hidesIdentical({ hide: 'everything' })).toBe(false);
  });
});
