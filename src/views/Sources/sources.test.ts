import { describe, expect, it } from 'vitest';
import { articleSource } from '../../test-support/article-source.ts';
import { EVERY_PAIR_UP_TO } from '../../corpus/copies.ts';
import type { CopyFamilies, SharedText } from '../../corpus/types.ts';
import {
  basisText,
  countOnce,
  countOncePatch,
  independentCount,
  matrixNote,
  percent,
  relationText,
  reportsFrom,
  sharedMatrix,
  sourceLabel,
  sourceSortKey,
  WHOLE_MATRIX_UP_TO,
} from './sources.ts';

/** An item that the test's own data has. */
function at<T>(list: readonly T[], i: number): T {
  const item = list[i];
  if (item === undefined) throw new Error(`no item ${String(i)}`);
  return item;
}

const evidence = (article: number, inOrder: number) => ({
  article,
  verbatim: 0.9,
  aligned: 0.9,
  withQuotes: 0.9,
  covers: 1,
  inOrder,
});

// Five articles: 0 the original of 1 (a copy) and 2 (a rewrite); 3 and 4 independent.
const articles = [
  { outlet: 'dawn.com' },
  { outlet: 'tribune.com.pk' },
  { outlet: null },
  { outlet: 'ft.com' },
  { outlet: 'bbc.co.uk' },
];
const source = articleSource;
const sources: CopyFamilies = {
  shared: [],
  articles: [
    source({ kind: 'original', family: 0 }),
    source({ kind: 'copy', of: 0, share: 0.944, family: 0, evidence: evidence(0, 1) }),
    source({ kind: 'rewrite', of: 0, share: 0.82, family: 0, evidence: evidence(0, 0.9) }),
    source({}),
    source({}),
  ],
  families: [
    {
      original: 0,
      members: [0, 1, 2],
      basis: 'credit-line',
      credit: { agency: 'Reuters', kind: 'dateline', article: 0 },
    },
  ],
};

describe('relationText', () => {
  it('words a copy with its share word for word, and a rewrite with its share and order', () => {
    expect(relationText(at(sources.articles, 1), articles)).toBe('copy of dawn.com, 94\u00a0% word for word');
    expect(relationText(at(sources.articles, 2), articles)).toBe(
      'rewrite of dawn.com, retells 82\u00a0% of it, 90\u00a0% of its sentences in the same order',
    );
  });
  it('names an article without an outlet by its place in the folder, and says nothing of an original', () => {
    const ofUnnamed = source({ kind: 'copy', of: 2, share: 0.5, family: 0 });
    expect(relationText(ofUnnamed, articles)).toBe('copy of article 3, 50\u00a0% word for word');
    expect(relationText(at(sources.articles, 0), articles)).toBeNull();
    expect(relationText(at(sources.articles, 3), articles)).toBeNull();
  });
});

describe('percent', () => {
  it('rounds to whole percent, and keeps a share above nothing from reading as 0', () => {
    expect(percent(0.944)).toBe('94\u00a0%');
    expect(percent(0.004)).toBe('<1\u00a0%');
    expect(percent(0)).toBe('0\u00a0%');
  });
});

describe('sourceLabel', () => {
  it('names the credited agency via the outlet a copy comes from, and what came from an original', () => {
    expect(sourceLabel(1, sources, articles)).toBe('copy of Reuters via dawn.com, 94\u00a0%');
    expect(sourceLabel(2, sources, articles)).toBe('rewrite of Reuters via dawn.com, 82\u00a0%');
    expect(sourceLabel(0, sources, articles)).toBe('original of 1 copy and 1 rewrite');
    expect(sourceLabel(3, sources, articles)).toBe('independent');
  });
  it('leaves out the agency when there is no credit, or it is the outlet itself', () => {
    const family = at(sources.families, 0);
    const uncredited = { ...sources, families: [{ ...family, credit: null }] };
    expect(sourceLabel(1, uncredited, articles)).toBe('copy of dawn.com, 94\u00a0%');
    const self = {
      ...sources,
      families: [{ ...family, credit: { agency: 'Dawn.com', kind: 'dateline' as const, article: 0 } }],
    };
    expect(sourceLabel(1, self, articles)).toBe('copy of dawn.com, 94\u00a0%');
  });
});

describe('sourceSortKey', () => {
  it('puts each family together, its original first and the closer copies next; independents last', () => {
    const keys = [0, 1, 2, 3].map((i) => sourceSortKey(i, sources));
    expect(keys[3]).toBeUndefined();
    expect(Number(keys[0])).toBeLessThan(Number(keys[1]));
    expect(Number(keys[1])).toBeLessThan(Number(keys[2]));
    const second = { ...sources, articles: [...sources.articles, source({ kind: 'original', family: 1 })] };
    expect(Number(sourceSortKey(5, second))).toBeGreaterThan(Number(keys[2]));
  });
});

describe('basisText', () => {
  it('says which test chose the original', () => {
    const family = at(sources.families, 0);
    expect(basisText(family, articles)).toBe('its text credits Reuters (a dateline) where the others do not');
    expect(basisText({ ...family, basis: 'earliest' }, articles)).toBe('published before the others');
    expect(basisText({ ...family, basis: 'listed-first' }, articles)).toContain('(dawn.com)');
  });
});

describe('independentCount', () => {
  it('counts each family once and each independent article once', () => {
    expect(independentCount([0, 1, 2, 3, 4], sources.articles)).toBe(3);
    expect(independentCount([1, 2], sources.articles)).toBe(1);
    expect(independentCount([3, 4], sources.articles)).toBe(2);
    expect(independentCount([], sources.articles)).toBe(0);
    expect(independentCount([3, 3, 1, 1], sources.articles)).toBe(2);
  });
  it('is worded as reports from sources', () => {
    expect(reportsFrom(5, 3)).toBe('5 reports from 3 independent sources');
    expect(reportsFrom(1, 1)).toBe('1 report from 1 independent source');
  });
});

describe('countOnce', () => {
  it('reads and writes the toggle in the URL', () => {
    expect(countOnce({ once: '1' })).toBe(true);
    expect(countOnce({})).toBe(false);
    expect(countOncePatch(true)).toEqual({ once: '1' });
    expect(countOncePatch(false)).toEqual({ once: null });
  });
});

describe('sharedMatrix', () => {
  const pair = (a: number, b: number, aligned: [number, number]): SharedText => ({
    a,
    b,
    verbatim: [0, 0],
    aligned,
    withQuotes: aligned,
    inOrder: 1,
  });
  it('gives each row the share of its words each column carries, blank where none and on the diagonal', () => {
    const shared = [pair(0, 2, [0.5, 0.25]), pair(1, 2, [0.1, 0.2]), pair(2, 3, [0.7, 0.8])];
    expect(sharedMatrix([2, 0, 1], shared)).toEqual([
      [null, 0.25, 0.2],
      [0.5, null, null],
      [0.1, null, null],
    ]);
  });
});

it('draws one matrix for as many articles as the corpus keeps every pair for', () => {
  expect(WHOLE_MATRIX_UP_TO).toBe(EVERY_PAIR_UP_TO);
});

describe('matrixNote', () => {
  it('names what a row comes from by its number in the matrix', () => {
    const numbers = new Map([
      [0, 2],
      [1, 1],
    ]);
    expect(matrixNote(at(sources.articles, 1), numbers)).toBe('copy of 2');
    expect(matrixNote(at(sources.articles, 0), numbers)).toBe('original');
    expect(matrixNote(at(sources.articles, 3), numbers)).toBe('');
    expect(matrixNote(at(sources.articles, 2), new Map())).toBe('');
  });
});
