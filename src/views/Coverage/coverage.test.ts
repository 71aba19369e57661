import { describe, expect, it } from 'vitest';
import type { StoryElement } from '../../corpus/types.ts';
import { testArticle } from '../Search/test-article.ts';
import { coverageRows, coverageState, filterRows, onlyOnePatch, PAGE, shorten } from './coverage.ts';

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
    expect(rows[0]?.cells).toEqual([0, 1, null]);
    expect(rows[2]?.cells).toEqual([null, null, 0]);
  });
});

describe('filterRows', () => {
  it('keeps the elements only one source carries', () => {
    expect(filterRows(rows, true, '').map((row) => row.element)).toEqual([1, 2]);
  });

  it('keeps labels holding every word, folded, combined with the one-source filter', () => {
    expect(filterRows(rows, false, 'CHIPS').map((row) => row.element)).toEqual([0]);
    expect(filterRows(rows, true, 'fell nvidia').map((row) => row.element)).toEqual([1]);
    expect(filterRows(rows, false, '  ')).toBe(rows);
  });
});

describe('coverageState', () => {
  it('reads the sort, filters and row limit from the URL', () => {
    expect(coverageState({ sort: 'sources', desc: '1', only: '1', filter: 'chip', show: '400' })).toEqual({
      sort: { id: 'sources', desc: true },
      onlyOne: true,
      filter: 'chip',
      limit: 400,
    });
  });

  it('falls back to the defaults on anything unknown', () => {
    expect(coverageState({ sort: 'nope', show: '-3', only: 'yes' })).toEqual({
      sort: null,
      onlyOne: false,
      filter: '',
      limit: PAGE,
    });
  });

  it('writes the one-source filter, back to the first page', () => {
    expect(onlyOnePatch(true)).toEqual({ only: '1', show: null });
    expect(onlyOnePatch(false)).toEqual({ only: null, show: null });
  });
});

describe('shorten', () => {
  it('cuts long text at a word, with an ellipsis', () => {
    expect(shorten('short', 10)).toBe('short');
    expect(shorten('The quick brown fox jumps over the lazy dog.', 20)).toBe('The quick brown fox…');
  });
});
