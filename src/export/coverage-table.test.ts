import { describe, expect, it } from 'vitest';
import { corpusOf } from '../test-support/corpus.ts';
import { cellOf, coverageParts, coverageRows } from '../views/Coverage/coverage.ts';
import { coverageTable } from './coverage-table.ts';

const corpus = corpusOf('seeds');
const parts = coverageParts(coverageRows(corpus));
const table = coverageTable(corpus);
const column = (field: string) => table.rows.map((row) => row[table.fields.indexOf(field)]);

describe('coverageTable', () => {
  it('has a row per claim and article telling it, the claims the view holds, shared ones first', () => {
    const claims = [...parts.shared, ...parts.single];
    const articlesOf = (members: readonly { article: number }[]) =>
      new Set(members.map((m) => m.article)).size;
    expect(table.rows).toHaveLength(claims.reduce((n, row) => n + articlesOf(row.members), 0));
    expect([...new Set(column('element'))]).toEqual(claims.map((row) => row.element));
    for (const row of table.rows) expect(row).toHaveLength(table.fields.length);
  });

  it('leaves out the sentences that make no claim, as the view does', () => {
    expect(parts.noClaim.length).toBeGreaterThan(0);
    const elements = new Set(column('element'));
    for (const row of parts.noClaim) expect(elements.has(row.element)).toBe(false);
  });

  it('gives each article’s first sentence telling the claim, as the view’s tick links it, and its words', () => {
    const first = parts.shared[0];
    expect(first).toBeDefined();
    if (!first) return;
    const rows = table.rows.filter((row) => row[0] === first.element);
    expect(rows.length).toBe(first.sources);
    for (const row of rows) {
      const index = corpus.articles.findIndex((a) => a.id === row[table.fields.indexOf('article_id')]);
      const article = corpus.articles[index];
      const sentence = cellOf(first, index);
      expect(row[table.fields.indexOf('claim')]).toBe(first.label);
      expect(row[table.fields.indexOf('sentence')]).toBe(sentence);
      const range = article?.sentences[sentence ?? -1];
      expect(range && article.text.slice(range.start, range.end).replace(/\s+/g, ' ').trim()).toBe(
        row[table.fields.indexOf('passage')],
      );
    }
  });
});
