import { describe, expect, it } from 'vitest';
import { corpusShell, summariseArticle } from '../corpus/parts.ts';
import { readSources } from '../corpus/sources.ts';
import { testArticle } from '../test-support/test-article.ts';
import { analyse, corpusOf } from '../test-support/corpus.ts';
import { readCorpusFolder } from '../node/read-folder.ts';
import { sourcesJson } from './sources-json.ts';

/** What sources.json can say of an article, as the corpus has it. */
const known = (article: {
  title: string;
  outlet: string | null;
  published: string | null;
  url: string | null;
}) => ({
  title: article.title,
  outlet: article.outlet,
  published: article.published,
  url: article.url,
});

describe('sourcesJson', () => {
  for (const folder of ['seeds', 'src/corpus/fixtures/other-story']) {
    const { articles } = corpusShell(corpusOf(folder));

    it(`${folder}: is read back by the pipeline's own reader to the same values, without a problem`, () => {
      const { entries, errors, warnings } = readSources(
        sourcesJson(articles),
        new Set(articles.map((a) => a.file)),
      );
      expect(errors).toEqual([]);
      expect(warnings).toEqual([]);
      expect(entries.size).toBe(articles.length);
      for (const article of articles) {
        const entry = entries.get(article.file);
        expect({
          title: entry?.title,
          outlet: entry?.outlet ?? null,
          published: entry?.published ?? null,
          url: entry?.url ?? null,
        }).toEqual(known(article));
      }
    });

    it(`${folder}: put back in the folder, builds a corpus with the same titles, outlets, dates and URLs`, () => {
      const files = readCorpusFolder(folder).filter((file) => file.name !== 'sources.json');
      const bytes = new TextEncoder().encode(sourcesJson(articles));
      const rebuilt = analyse([...files, { name: 'sources.json', bytes }]);
      expect(rebuilt.articles.map(known)).toEqual(articles.map(known));
    });
  }

  it('leaves out what an article lacks, and keeps hostile text as text', () => {
    const title = 'A "quoted", \\escaped\ntitle </script>';
    const article = summariseArticle({ ...testArticle([], 'x'), title });
    const json = sourcesJson([article]);
    expect(JSON.parse(json)).toEqual({ 'x.txt': { title } });
    expect(readSources(json, new Set(['x.txt'])).entries.get('x.txt')).toEqual({ title: title.trim() });
  });
});
