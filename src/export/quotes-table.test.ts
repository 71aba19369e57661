import { describe, expect, it } from 'vitest';
import { corpusOf } from '../test-support/corpus.ts';
import { quoteRows } from '../views/Quotes/quotes.ts';
import { quotesTable } from './quotes-table.ts';

const corpus = corpusOf('seeds');
const model = quoteRows(corpus);
const table = quotesTable(corpus);
const column = (field: string) => table.rows.map((row) => row[table.fields.indexOf(field)]);

describe('quotesTable', () => {
  it('has a row per occurrence of every quote the view lists, each as wide as the header', () => {
    expect(model.length).toBeGreaterThan(0);
    expect(table.rows).toHaveLength(model.reduce((n, row) => n + row.occurrences.length, 0));
    expect(new Set(column('quote_group')).size).toBe(model.length);
    for (const row of table.rows) expect(row).toHaveLength(table.fields.length);
  });

  it('repeats the quote’s words, speaker and count on each of its rows, beside each article’s wording', () => {
    const first = model.find((row) => row.occurrences.length > 1);
    expect(first).toBeDefined();
    if (!first) return;
    const rows = table.rows.filter((row) => row[0] === first.group);
    expect(rows.map((row) => row.slice(1, 4))).toEqual(
      first.occurrences.map(() => [first.words, first.speaker, first.sources]),
    );
    expect(rows.map((row) => row[table.fields.indexOf('wording')])).toEqual(
      first.occurrences.map((occurrence) => occurrence.words),
    );
    expect(rows.map((row) => row[table.fields.indexOf('article_id')])).toEqual(
      first.occurrences.map((occurrence) => occurrence.articleId),
    );
  });

  it('marks the wordings that differ from the first, as many as the view does', () => {
    const occurrences = model.flatMap((row) => row.occurrences);
    const differing = occurrences.filter((o) => o.diff.some((part) => part.kind !== 'same'));
    const marked = column('wording_differs').filter((cell) => cell === 'yes');
    expect(marked.length).toBeGreaterThan(0);
    expect(marked).toHaveLength(differing.length);
    expect(column('wording_differs').filter((cell) => cell === 'no')).toHaveLength(
      occurrences.length - differing.length,
    );
  });
});
