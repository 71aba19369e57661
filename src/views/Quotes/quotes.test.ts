import { describe, expect, it } from 'vitest';
import { quoteDiff } from '../../corpus/quote-diff.ts';
import type { Article, QuoteGroup } from '../../corpus/types.ts';
import { testArticle } from '../../test-support/test-article.ts';
import { filterQuotes, quoteRows, quotesState, quotesSummary, sharedPatch } from './quotes.ts';

const withQuote = (article: Article, words: string, sentence: number, group: number): Article => {
  const start = article.text.indexOf(words);
  return {
    ...article,
    outlet: article.id.toUpperCase(),
    quotes: [
      ...article.quotes,
      {
        start,
        end: start + words.length,
        outer: { start: start - 1, end: start + words.length + 1 },
        sentence,
        group,
        speaker: 'Amodei',
        speakerBasis: 'named',
      },
    ],
  };
};

const articles = [
  withQuote(testArticle(['Intro. He wrote “a few $10M’s.”'], 'x'), 'a few $10M’s.', 1, 0),
  withQuote(
    withQuote(
      testArticle(['It cost "a few tens of millions," he said. "Unipolar" it is.'], 'y'),
      'a few tens of millions,',
      0,
      0,
    ),
    'Unipolar',
    1,
    1,
  ),
];
/** A group as the pipeline makes it: each later occurrence diffed against the first. */
const group = (text: string, occurrences: [number, number][]): QuoteGroup => {
  const words = ([article, quote]: [number, number]) => {
    const a = articles[article];
    const q = a?.quotes[quote];
    return a && q ? a.text.slice(q.start, q.end) : '';
  };
  const [first, ...rest] = occurrences;
  return {
    text,
    speaker: 'Amodei',
    occurrences: occurrences.map(([article, quote]) => ({ article, quote })),
    variants: rest.map((ref) => ({
      occurrence: { article: ref[0], quote: ref[1] },
      diff: first ? quoteDiff(words(first), words(ref)) : [],
    })),
  };
};
const rows = quoteRows({
  articles,
  quoteGroups: [
    group('a few $10M’s.', [
      [0, 0],
      [1, 0],
    ]),
    group('Unipolar', [[1, 1]]),
  ],
});

describe('quoteRows', () => {
  it('lists each occurrence with its outlet, passage and words as typed', () => {
    expect(rows[0]?.occurrences.map((o) => [o.articleId, o.outlet, o.sentence, o.words])).toEqual([
      ['x', 'X', 1, 'a few $10M’s.'],
      ['y', 'Y', 0, 'a few tens of millions,'],
    ]);
    expect(rows.map((row) => row.sources)).toEqual([2, 1]);
  });

  it("shows each later occurrence's diff against the first, from the group", () => {
    expect(rows[0]?.occurrences[0]?.diff).toEqual([]);
    expect(rows[0]?.occurrences[1]?.diff.filter((part) => part.kind !== 'same')).toEqual([
      { kind: 'removed', text: "$10M's" },
      { kind: 'added', text: 'tens of millions' },
    ]);
    expect(rows.map((row) => row.differs)).toEqual([true, false]);
  });
});

describe('quotesSummary', () => {
  it('counts the quotes, those several articles carry, and those worded differently', () => {
    expect(quotesSummary(rows)).toEqual(['2 quotes', '1 in more than one article', '1 worded differently']);
    expect(quotesSummary([])).toEqual(['0 quotes', '0 in more than one article', '0 worded differently']);
  });
});

describe('filterQuotes', () => {
  it('keeps quotes several articles carry, and quotes holding every word of the filter', () => {
    expect(filterQuotes(rows, true, '').map((row) => row.group)).toEqual([0]);
    expect(filterQuotes(rows, false, 'UNIPOLAR').map((row) => row.group)).toEqual([1]);
    expect(filterQuotes(rows, false, 'amodei').map((row) => row.group)).toEqual([0, 1]);
    expect(filterQuotes(rows, false, ' ')).toBe(rows);
  });
});

describe('quotesState', () => {
  it('reads the sort and filters from the URL, defaults on anything unknown', () => {
    expect(quotesState({ sort: 'sources', desc: '1', shared: '1', filter: 'chip' })).toEqual({
      sort: { id: 'sources', desc: true },
      shared: true,
      filter: 'chip',
    });
    expect(quotesState({ sort: 'nope', shared: 'yes' })).toEqual({ sort: null, shared: false, filter: '' });
    expect(sharedPatch(true)).toEqual({ shared: '1' });
    expect(sharedPatch(false)).toEqual({ shared: null });
  });
});
