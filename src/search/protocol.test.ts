import { describe, expect, it } from 'vitest';
import { answer, FIRST_MARKED } from './protocol.ts';
import { corpusOf } from '../test-support/corpus.ts';
import { pageSearch, workerEngine } from '../test-support/search.ts';

const corpus = corpusOf('seeds');
const engine = workerEngine(corpus);
// Every article and every hit marked, as the page asks: the reference for the default, paged answer.
const onPage = pageSearch(corpus);

describe('the search worker protocol', () => {
  it.each([['Lutnik'], ['export controls'], ["'nvidia | lutnick"], ['Amodei']])(
    'answers %j by default with the first articles and marks, as the whole answer has them, in plain data',
    (query) => {
      const response = answer(engine, { kind: 'search', id: 7, query, filters: {} });
      expect(response.kind).toBe('search');
      if (response.kind !== 'search') return;
      expect(response.id).toBe(7);
      expect(structuredClone(response)).toEqual(response);
      const page = onPage(query);
      expect(response.result.total).toBe(page.total);
      const { exact, close } = response.result;
      expect(exact.articles + close.articles).toBe(page.groups.length);
      expect(response.result.groups.map((g) => corpus.articles[g.article]?.id)).toEqual(
        page.groups.map((g) => g.article.id),
      );
      for (const [i, group] of response.result.groups.entries()) {
        const pageHits = page.groups[i]?.hits ?? [];
        expect(group.hits.map((h) => h.sentence)).toEqual(pageHits.map((h) => h.sentence));
        group.hits.forEach((h, j) => {
          if (j < FIRST_MARKED) expect(h.ranges).toEqual(pageHits[j]?.ranges);
          else expect(h.ranges).toBeUndefined();
        });
      }
    },
  );

  it('answers only the first articles asked for, with the whole counts', () => {
    const response = answer(engine, {
      kind: 'search',
      id: 1,
      query: 'the',
      filters: {},
      groups: 2,
      marked: 1,
    });
    if (response.kind !== 'search') throw new Error(response.kind);
    expect(response.result.groups).toHaveLength(2);
    expect(response.result.articles).toBeGreaterThan(2);
    expect(response.result.groups.every((g) => g.hits.filter((h) => h.ranges).length === 1)).toBe(true);
  });

  it('applies the filters', () => {
    const response = answer(engine, {
      kind: 'search',
      id: 2,
      query: 'Amodei',
      filters: { outlets: ['PYMNTS'] },
    });
    if (response.kind !== 'search') throw new Error(response.kind);
    expect(response.result.groups.map((g) => corpus.articles[g.article]?.outlet)).toEqual(['PYMNTS']);
  });

  it('gives the ranges of passages the search answer left unmarked', () => {
    const page = onPage('Lutnick');
    const hits = page.groups.flatMap((g) => g.hits);
    const response = answer(engine, {
      kind: 'ranges',
      id: 3,
      query: 'Lutnick',
      passages: hits.map((h) => h.passage),
    });
    expect(response).toEqual({ kind: 'ranges', id: 3, ranges: hits.map((h) => h.ranges) });
  });
});
