import { describe, expect, it } from 'vitest';
import { ariaSort, compareText, sortFromQuery, sortToPatch } from './sort.ts';

describe('sort in the URL', () => {
  const columns = ['title', 'words'] as const;

  it('reads a known column and direction', () => {
    expect(sortFromQuery({ sort: 'words', desc: '1' }, columns)).toEqual({ id: 'words', desc: true });
    expect(sortFromQuery({ sort: 'title' }, columns)).toEqual({ id: 'title', desc: false });
  });

  it('ignores unknown columns', () => {
    expect(sortFromQuery({}, columns)).toBeNull();
    expect(sortFromQuery({ sort: 'constructor' }, columns)).toBeNull();
    expect(sortFromQuery({ sort: 'published' }, columns)).toBeNull();
  });

  it('writes a sort back, and clears it', () => {
    expect(sortToPatch({ id: 'published', desc: true })).toEqual({ sort: 'published', desc: '1' });
    expect(sortToPatch({ id: 'title', desc: false })).toEqual({ sort: 'title', desc: null });
    expect(sortToPatch(undefined)).toEqual({ sort: null, desc: null });
  });
});

describe('ariaSort and compareText', () => {
  it('names the direction for assistive technology', () => {
    expect(ariaSort('asc')).toBe('ascending');
    expect(ariaSort('desc')).toBe('descending');
    expect(ariaSort(false)).toBe('none');
  });

  it('orders text naturally, ignoring case and accents', () => {
    expect(['b', 'Item 10', 'item 2', 'Á'].sort(compareText)).toEqual(['Á', 'b', 'item 2', 'Item 10']);
  });
});
