import { describe, expect, it } from 'vitest';
import { citation, passageLink, type CitedArticle } from './citation.ts';

const article: CitedArticle = {
  outlet: 'Example News',
  title: 'Chips shortage\n  eases',
  published: '2025-01-30',
  publishedBound: null,
  url: 'https://example.com/chips',
};
const link = 'https://parallax.test/?corpus=chips#/article/000?p=3';

describe('passageLink', () => {
  it('puts the reader’s hash for the passage on the page’s address, keeping its query', () => {
    expect(passageLink('000', 3, 'https://parallax.test/app/?corpus=chips#/quotes?filter=x')).toBe(
      'https://parallax.test/app/?corpus=chips#/article/000?p=3',
    );
  });

  it('encodes an id as the reader’s links do', () => {
    expect(passageLink('a b/c', 0, 'http://localhost:5173/')).toBe(
      'http://localhost:5173/#/article/a%20b%2Fc?p=0',
    );
  });
});

describe('citation', () => {
  it('gives the words, outlet, title, date, address and Parallax link, a line each', () => {
    expect(citation({ text: 'Prices fell\nby a third.', article, link })).toBe(
      [
        '“Prices fell by a third.”',
        'Example News, “Chips shortage eases”, 30 Jan 2025.',
        'https://example.com/chips',
        'Parallax: https://parallax.test/?corpus=chips#/article/000?p=3',
      ].join('\n'),
    );
  });

  it('names an unknown outlet as the page does, and says an undated article is undated', () => {
    const text = citation({ text: 'Words.', article: { ...article, outlet: null, published: null }, link });
    expect(text.split('\n')[1]).toBe('Unknown outlet, “Chips shortage eases”, undated.');
  });

  it('gives the earliest day an undated article can have been published, where the timeline bounds it', () => {
    const bounded = { ...article, published: null, publishedBound: { after: '2025-02-03', event: 0 } };
    expect(citation({ text: 'Words.', article: bounded, link }).split('\n')[1]).toBe(
      'Example News, “Chips shortage eases”, on or after 3 Feb 2025.',
    );
  });

  it('leaves out a missing address, and one that is not a web link', () => {
    for (const url of [null, 'javascript:alert(1)']) {
      expect(citation({ text: 'Words.', article: { ...article, url }, link }).split('\n')).toEqual([
        '“Words.”',
        'Example News, “Chips shortage eases”, 30 Jan 2025.',
        `Parallax: ${link}`,
      ]);
    }
  });

  it('isolates corpus text that could reorder the rest of its line', () => {
    const first = citation({ text: 'x', article: { ...article, outlet: 'Evil\u202e' }, link }).split('\n')[1];
    expect(first).toBe('\u2068Evil\u202e\u202c\u2069, “Chips shortage eases”, 30 Jan 2025.');
  });
});
