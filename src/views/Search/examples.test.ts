import { describe, expect, it } from 'vitest';
import { exampleQueries } from './examples.ts';
import { testArticle } from '../../test-support/test-article.ts';

describe('exampleQueries', () => {
  it('ranks names by how many articles use them, then how often, then alphabetically', () => {
    const articles = [
      testArticle(['The harbour board met Kessler and Ortega. Then Kessler left.']),
      testArticle(['Reporters asked Kessler about the port. Officials named Ortega and Brandt.']),
      testArticle(['Later, Brandt spoke.']),
    ];
    expect(exampleQueries(articles)).toEqual(['Kessler', 'Brandt', 'Ortega']);
  });

  it('skips sentence openers, words also written in lower case, acronyms and short words', () => {
    const articles = [
      testArticle(['Harbour news came late. The Harbour board and the CEO met Al and Vasquez.']),
      testArticle(['The harbour closed while Vasquez watched.']),
    ];
    expect(exampleQueries(articles)).toEqual(['Vasquez']);
  });

  it('ignores title-cased headlines and headings, and possessive endings', () => {
    const articles = [
      testArticle([
        ['headline', 'Why Everyone Is Talking About Zephyr'],
        ['heading', 'Market Reaction'],
        'Analysts liked Zephyr’s plan. They said so to Zephyr.',
      ]),
    ];
    expect(exampleQueries(articles)).toEqual(['Zephyr']);
  });

  it('keeps one word of a family and stops at the count asked for', () => {
    const articles = [testArticle(['We saw China, Chinese firms, Lisbon, Madrid, Oslo and Paris.'])];
    expect(exampleQueries(articles, 3)).toEqual(['China', 'Lisbon', 'Madrid']);
  });

  it('samples a corpus larger than its budget, every n-th article', () => {
    const articles = [
      testArticle(['We met Kessler.']),
      testArticle(['We met Ortega.']),
      testArticle(['We met Brandt.']),
    ];
    const size = articles.reduce((sum, a) => sum + a.text.length, 0);
    expect(exampleQueries(articles, 4, size)).toEqual(['Brandt', 'Kessler', 'Ortega']);
    expect(exampleQueries(articles, 4, size / 2)).toEqual(['Brandt', 'Kessler']);
  });

  it('has nothing to suggest for an empty corpus', () => {
    expect(exampleQueries([])).toEqual([]);
    expect(exampleQueries([testArticle([])])).toEqual([]);
  });
});
