import { describe, expect, it } from 'vitest';
import type { Option } from '../listedOptions.ts';
import { pickerItems } from './pickerItems.ts';

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
