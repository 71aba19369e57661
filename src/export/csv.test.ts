import { describe, expect, it } from 'vitest';
import { parse } from 'papaparse';
import { corpusShell, summariseArticle } from '../corpus/parts.ts';
import { testArticle } from '../test-support/test-article.ts';
import { corpusOf } from '../test-support/corpus.ts';
import { articlesTable } from './articles-table.ts';
import { coverageTable } from './coverage-table.ts';
import { toCsv } from './csv.ts';
import { quotesTable } from './quotes-table.ts';
import { timelineTable } from './timeline-table.ts';
import type { Table } from './table.ts';

/** The CSV read back as papaparse reads it: rows of strings, the header first. */
const readBack = (csv: string): string[][] => {
  const { data, errors } = parse<string[]>(csv, { skipEmptyLines: true });
  expect(errors).toEqual([]);
  return data;
};

const table = (rows: Table['rows']): Table => ({ name: 'test', fields: ['a', 'b'], rows });

describe('toCsv', () => {
  it('writes a header row, then a row per row, with CRLF line ends and a byte-order mark', () => {
    const csv = toCsv(table([['x', 1]]));
    expect(csv).toBe('\ufeffa,b\r\nx,1');
    expect(readBack(csv)).toEqual([
      ['a', 'b'],
      ['x', '1'],
    ]);
  });

  it('keeps a title with a comma, quotation marks and a line break whole, through the articles table', () => {
    const title = 'Chips, “export” rules and "the ban"\nsecond line';
    const summary = summariseArticle({ ...testArticle([], 'x'), title, outlet: 'Daily, "Late"' });
    const { fields, rows } = articlesTable({ articles: [summary], sources: null });
    const [header, row] = readBack(toCsv({ name: 'articles', fields, rows }));
    expect(header).toEqual(fields);
    expect(row?.[fields.indexOf('title')]).toBe(title);
    expect(row?.[fields.indexOf('outlet')]).toBe('Daily, "Late"');
    expect(row).toHaveLength(fields.length);
  });

  it('writes a missing value as an empty cell', () => {
    expect(readBack(toCsv(table([[null, 'y']])))[1]).toEqual(['', 'y']);
  });

  it.each([
    ['=HYPERLINK("https://evil.example","click")'],
    ['+1'],
    ['-2+3'],
    ['@SUM(A1:A2)'],
    ['\t=1'],
    ['\r=1'],
    // papaparse's own pattern misses this one: its `.*$` stops at the line break.
    ['=1+1\nsecond line'],
  ])('shows %j as text, not a formula', (cell) => {
    expect(readBack(toCsv(table([[cell, 'ok']])))[1]).toEqual([`'${cell}`, 'ok']);
  });

  it('leaves numbers, and text that only holds a formula sign later, as they are', () => {
    expect(readBack(toCsv(table([[-3, 'a = b']])))[1]).toEqual(['-3', 'a = b']);
  });
});

describe('every table of the seeds, as CSV', () => {
  const corpus = corpusOf('seeds');
  const tables = [
    articlesTable({ articles: corpusShell(corpus).articles, sources: corpus.sources }),
    quotesTable(corpus),
    coverageTable(corpus),
    timelineTable(corpus),
  ];
  it.each(tables.map((table) => [table.name, table] as const))(
    '%s reads back to its header and rows',
    (_, table) => {
      const [header, ...rows] = readBack(toCsv(table));
      expect(header).toEqual(table.fields);
      expect(rows).toEqual(table.rows.map((row) => row.map((cell) => (cell === null ? '' : String(cell)))));
    },
  );
});
