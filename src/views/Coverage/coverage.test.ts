import { describe, expect, it } from 'vitest';
import type { StoryElement } from '../../corpus/types.ts';
import { testArticle } from '../../test-support/test-article.ts';
import {
  cellOf,
  coverageRows,
  coverageState,
  filterRows,
  PAGE,
  sourcesPatch,
  type CoverageRow,
} from './coverage.ts';

const articles = [
  testArticle(['Chips are cheap. Nvidia fell.'], 'x'),
  testArticle(['Nvidia  stock fell. Chips cost little. More chips.'], 'y'),
  testArticle(['The BofA note.'], 'z'),
];
const elements: StoryElement[] = [
  {
    label: { article: 1, sentence: 1 },
    members: [
      { article: 0, sentence: 0 },
      { article: 1, sentence: 2 },
      { article: 1, sentence: 1 },
    ],
    articles: [0, 1],
  },
  { label: { article: 1, sentence: 0 }, members: [{ article: 1, sentence: 0 }], articles: [1] },
  { label: { article: 2, sentence: 0 }, members: [{ article: 2, sentence: 0 }], articles: [2] },
];
const rows = coverageRows({ articles, elements });

describe('coverageRows', () => {
  it('labels each element by its label sentence and counts its sources', () => {
    expect(rows.map((row) => [row.label, row.sources])).toEqual([
      ['Chips cost little.', 2],
      ['Nvidia stock fell.', 1],
      ['The BofA note.', 1],
    ]);
  });

  it('links each carrying article to its first sentence telling the element', () => {
    const cells = (row: CoverageRow | undefined) =>
      articles.map((_, a) => (row ? cellOf(row, a) : undefined));
    expect(cells(rows[0])).toEqual([0, 1, null]);
    expect(cells(rows[2])).toEqual([null, null, 0]);
  });
});

describe('filterRows', () => {
  it('keeps the elements two or more sources carry, every element, or those only one source carries', () => {
    expect(filterRows(rows, 'shared', '').map((row) => row.element)).toEqual([0]);
    expect(filterRows(rows, 'all', '').map((row) => row.element)).toEqual([0, 1, 2]);
    expect(filterRows(rows, 'one', '').map((row) => row.element)).toEqual([1, 2]);
  });

  it('keeps labels holding every word, folded, combined with the source filter', () => {
    expect(filterRows(rows, 'all', 'CHIPS').map((row) => row.element)).toEqual([0]);
    expect(filterRows(rows, 'one', 'fell nvidia').map((row) => row.element)).toEqual([1]);
    expect(filterRows(rows, 'shared', 'fell nvidia')).toEqual([]);
    expect(filterRows(rows, 'all', '  ')).toBe(rows);
  });
});

describe('coverageState', () => {
  it('reads the sort, filters and row limit from the URL', () => {
    expect(
      coverageState({ sort: 'sources', desc: '1', sources: 'one', filter: 'chip', show: '400' }),
    ).toEqual({
      sort: { id: 'sources', desc: true },
      sources: 'one',
      filter: 'chip',
      limit: 400,
    });
  });

  it('falls back to the defaults on anything unknown', () => {
    expect(coverageState({ sort: 'nope', show: '-3', sources: 'yes' })).toEqual({
      sort: null,
      sources: 'shared',
      filter: '',
      limit: PAGE,
    });
  });

  it('reads an older link’s only=1 as one source only', () => {
    expect(coverageState({ only: '1' }).sources).toBe('one');
    expect(coverageState({ only: '1', sources: 'all' }).sources).toBe('all');
  });

  it('writes the source filter, back to the first page, and none for the default', () => {
    expect(sourcesPatch('one')).toEqual({ sources: 'one', only: null, show: null });
    expect(sourcesPatch('shared')).toEqual({ sources: null, only: null, show: null });
  });
});
