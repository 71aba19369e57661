import { describe, expect, it } from 'vitest';
import type { StoryElement } from '../../corpus/types.ts';
import { testArticle } from '../../test-support/test-article.ts';
import { existsSync } from 'node:fs';
import { corpusOf } from '../../test-support/corpus.ts';
import { makesClaim } from '../../corpus/claim.ts';
import { SEED_FILLER as filler } from '../../test-support/seed-filler.ts';
import {
  cellOf,
  coverageParts,
  coverageRows,
  coverageState,
  filterRows,
  PAGE,
  singlePatch,
  withIndependent,
  type CoverageRow,
} from './coverage.ts';
import type { ArticleSource } from '../../corpus/types.ts';

const articles = [
  testArticle(['Chips are cheap. Nvidia fell.'], 'x'),
  testArticle(['Nvidia  stock fell. Chips cost little. More chips.'], 'y'),
  testArticle(['The BofA note. Here’s why.'], 'z'),
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
  {
    label: { article: 2, sentence: 1 },
    members: [
      { article: 2, sentence: 1 },
      { article: 0, sentence: 1 },
    ],
    articles: [0, 2],
    noClaim: true,
  },
];
const rows = coverageRows({ articles, elements });

describe('coverageRows', () => {
  it('labels each element by its label sentence, counts its sources, and says whether it claims (the pipeline does)', () => {
    expect(rows.map((row) => [row.label, row.sources, row.claim])).toEqual([
      ['Chips cost little.', 2, true],
      ['Nvidia stock fell.', 1, true],
      ['The BofA note.', 1, true],
      ['Here’s why.', 2, false],
    ]);
  });

  it('links each carrying article to its first sentence telling the element', () => {
    const cells = (row: CoverageRow | undefined) =>
      articles.map((_, a) => (row ? cellOf(row, a) : undefined));
    expect(cells(rows[0])).toEqual([0, 1, null]);
    expect(cells(rows[2])).toEqual([null, null, 0]);
  });
});

describe('withIndependent', () => {
  it('counts each family of copies once among the articles telling a claim', () => {
    // Articles 0 and 1 are one family; 2 is independent.
    const source = (family: number | null): ArticleSource => ({
      kind: family === null ? 'independent' : 'copy',
      of: null,
      share: 0,
      family,
      evidence: null,
    });
    const counted = withIndependent(rows, [source(0), source(0), source(null)]);
    expect(counted.map((row) => [row.sources, row.independent])).toEqual([
      [2, 1],
      [1, 1],
      [1, 1],
      [2, 2],
    ]);
    expect(rows[0]?.independent).toBeUndefined();
  });
});

describe('coverageParts', () => {
  it('makes the matrix of the claims two or more articles tell, folds those of one, and leaves out no claim', () => {
    const parts = coverageParts(rows);
    const ids = (part: readonly CoverageRow[]) => part.map((row) => row.element);
    expect([ids(parts.shared), ids(parts.single), ids(parts.noClaim)]).toEqual([[0], [1, 2], [3]]);
  });
});

describe('the coverage rows of real folders', () => {
  // The whole rule on real folders: the seeds' filler goes, and nothing goes from the development corpora that has
  // a number or a name in it (an independent check: any digit, or a capital after the first word).
  const corpora = ['deepseek-jan-2025', 'crowdstrike-outage-july-2024']
    .map((name) => `../shared/corpora/${name}`)
    .filter((folder) => existsSync(folder));

  it('leaves out the seeds’ filler, and from real corpora no sentence with a number or a name', () => {
    const left = (folder: string) =>
      coverageRows(corpusOf(folder))
        .filter((row) => !row.claim)
        .map((row) => row.label);
    expect(left('seeds').sort()).toEqual([...filler].sort());
    for (const folder of corpora) {
      const corpus = corpusOf(folder);
      for (const article of corpus.articles) {
        for (const { start, end } of article.sentences) {
          const sentence = article.text.slice(start, end);
          if (makesClaim(sentence, article.text)) continue;
          expect(sentence, folder).not.toMatch(/\d|\s\p{Lu}/u);
        }
      }
    }
  });
});

describe('filterRows', () => {
  it('keeps labels holding every word, folded, and every row when there is none', () => {
    expect(filterRows(rows, 'CHIPS').map((row) => row.element)).toEqual([0]);
    expect(filterRows(rows, 'fell nvidia').map((row) => row.element)).toEqual([1]);
    expect(filterRows(rows, 'fell nvidia zz')).toEqual([]);
    expect(filterRows(rows, '  ')).toBe(rows);
  });
});

describe('coverageState', () => {
  it('reads the sort, the fold, the words and the row limit from the URL', () => {
    expect(coverageState({ sort: 'sources', desc: '1', single: '1', filter: 'chip', show: '400' })).toEqual({
      sort: { id: 'sources', desc: true },
      single: true,
      filter: 'chip',
      limit: 400,
    });
  });

  it('falls back to the defaults on anything unknown', () => {
    expect(coverageState({ sort: 'nope', show: '-3', sources: 'yes', single: 'yes' })).toEqual({
      sort: null,
      single: false,
      filter: '',
      limit: PAGE,
    });
  });

  it('opens the claims one article tells for an older link that asked for them', () => {
    expect(coverageState({ only: '1' }).single).toBe(true);
    expect(coverageState({ sources: 'one' }).single).toBe(true);
    expect(coverageState({ sources: 'all' }).single).toBe(true);
    expect(coverageState({ sources: 'shared' }).single).toBe(false);
  });

  it('writes the fold, dropping an older link’s words, and nothing when folded', () => {
    expect(singlePatch(true)).toEqual({ single: '1', sources: null, only: null });
    expect(singlePatch(false)).toEqual({ single: null, sources: null, only: null });
  });
});
