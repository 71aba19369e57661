import { describe, expect, it } from 'vitest';
import { articleSource } from '../../test-support/article-source.ts';
import type { Option } from '../listedOptions.ts';
import type { CopyFamilies } from '../../corpus/types.ts';
import { pickerItems, relationToOther } from './pickerItems.ts';

const options: Option[] = [
  { value: '0', label: 'Export rules are working', note: 'Wire One' },
  { value: '1', label: 'Chip curbs, explained', note: 'The Daily' },
  { value: '2', label: 'Les règles d’exportation', note: 'Le Monde' },
  { value: '3', label: 'What the export rules mean', note: 'The Daily' },
];

describe('pickerItems', () => {
  it('lists in the order given, without the excluded article', () => {
    expect(pickerItems(options, [3, 1, 0, 2], 1, '', 10)).toEqual({ items: [3, 0, 2], matching: 3 });
  });

  it('keeps only what holds every word typed, in title or outlet, folded as search folds', () => {
    expect(pickerItems(options, [0, 1, 2, 3], null, 'EXPORT rules', 10).items).toEqual([0, 3]);
    expect(pickerItems(options, [0, 1, 2, 3], null, 'daily export', 10).items).toEqual([3]);
    expect(pickerItems(options, [0, 1, 2, 3], null, 'regles', 10).items).toEqual([2]);
    expect(pickerItems(options, [0, 1, 2, 3], null, 'nothing like it', 10)).toEqual({
      items: [],
      matching: 0,
    });
  });

  it('lists the first few of many, and says how many match', () => {
    expect(pickerItems(options, [2, 3, 0, 1], null, '', 2)).toEqual({ items: [2, 3], matching: 4 });
    expect(pickerItems(options, [3, 0, 1, 2], 0, 'the', 1)).toEqual({ items: [3], matching: 2 });
  });
});

describe('relationToOther', () => {
  // 0 the original; 1 a copy of 0; 2 a rewrite of 1; 3 independent.
  const source = articleSource;
  const sources: CopyFamilies = {
    shared: [],
    articles: [
      source({ kind: 'original', family: 0 }),
      source({ kind: 'copy', of: 0, share: 0.94, family: 0 }),
      source({ kind: 'rewrite', of: 1, share: 0.8, family: 0 }),
      source({}),
    ],
    families: [{ original: 0, members: [0, 1, 2], basis: 'earliest', credit: null }],
  };
  const articles = [{ outlet: 'dawn.com' }, { outlet: 'tribune' }, { outlet: 'ft.com' }, { outlet: 'bbc' }];
  it('says an option is a copy or rewrite of the other side, or of its original', () => {
    expect(relationToOther(1, 0, sources, articles)).toBe('copy of dawn.com, 94\u00a0% word for word');
    expect(relationToOther(2, 1, sources, articles)).toMatch(/^rewrite of tribune, retells 80\u00a0%/);
    // 1 comes from 2's original.
    expect(relationToOther(1, 2, sources, articles)).toBe('copy of dawn.com, 94\u00a0% word for word');
    expect(relationToOther(0, 2, sources, articles)).toBe('likely original of the other article');
  });
  it('says nothing across families, of what the other comes from, or before the families load', () => {
    expect(relationToOther(3, 0, sources, articles)).toBeNull();
    expect(relationToOther(0, 3, sources, articles)).toBeNull();
    expect(relationToOther(2, 0, sources, articles)).toBeNull();
    expect(relationToOther(1, 0, null, articles)).toBeNull();
    expect(relationToOther(1, null, sources, articles)).toBeNull();
  });
});
