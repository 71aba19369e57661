import { describe, expect, it } from 'vitest';
import { corpusShell } from '../corpus/parts.ts';
import { corpusOf } from '../test-support/corpus.ts';
import { articlesTable } from './articles-table.ts';

const corpus = corpusOf('seeds');
const { articles } = corpusShell(corpus);

describe('articlesTable', () => {
  const table = articlesTable({ articles, sources: corpus.sources });
  const column = (field: string) => table.rows.map((row) => row[table.fields.indexOf(field)]);

  it('has a row per article, in corpus order, each as wide as the header', () => {
    expect(table.name).toBe('articles');
    expect(table.rows).toHaveLength(articles.length);
    expect(column('id')).toEqual(articles.map((article) => article.id));
    for (const row of table.rows) expect(row).toHaveLength(table.fields.length);
  });

  it('gives what the view shows: title, outlet, date and how it is known, URL and counts', () => {
    expect(column('title')).toEqual(articles.map((article) => article.title));
    expect(column('file')).toEqual(articles.map((article) => article.file));
    expect(column('published')).toEqual(articles.map((article) => article.published));
    expect(column('published_source')).toEqual(articles.map((article) => article.publishedSource));
    expect(column('url')).toEqual(articles.map((article) => article.url));
    expect(column('words')).toEqual(articles.map((article) => article.wordCount));
    expect(column('sentences')).toEqual(articles.map((article) => article.sentenceCount));
    // The seeds name every outlet in their sources.json.
    expect(column('outlet')).toEqual(articles.map((article) => article.outlet));
  });

  it('says what each article is to the others once the families are in, and leaves it blank before', () => {
    expect(column('source').every((label) => typeof label === 'string' && label !== '')).toBe(true);
    const loading = articlesTable({ articles, sources: null });
    expect(loading.rows.map((row) => row[loading.fields.indexOf('source')])).toEqual(
      articles.map(() => null),
    );
  });
});
