import { describe, expect, it } from 'vitest';
import type { Article, ParagraphKind } from '../../corpus/types.ts';
import { testArticle } from '../../test-support/test-article.ts';
import { findArticle, layoutArticle, parsePassage, sentenceId, type Block } from './layout.ts';

/** An article from lines, each one paragraph of the given kind, titled from sources.json unless `fields` say else. */
function build(lines: [ParagraphKind, string][], fields: Partial<Article> = {}): Article {
  return { ...testArticle(lines), title: 'Given title', titleSource: 'sources.json', ...fields };
}

const text = (block: Block) => block.pieces.map((piece) => piece.text).join('');

const article = build(
  [
    ['headline', 'Big news'],
    ['headline', 'A dek line'],
    ['paragraph', 'One. Two.'],
    ['heading', 'Section'],
    ['list-item', '- First item.'],
    ['list-item', '- Second item.'],
    ['paragraph', '“A quote.”'],
    ['attribution', 'Someone, CEO'],
    ['paragraph', 'End.'],
  ],
  { titleSource: 'headline' },
);

describe('layoutArticle', () => {
  it('makes the first headline the title and the others deks when the title is the headline', () => {
    const layout = layoutArticle(article);
    expect(layout.title && text(layout.title)).toBe('Big news');
    expect(layout.deks.map(text)).toEqual(['A dek line']);
  });

  it('keeps every headline as a dek when the title came from elsewhere', () => {
    const layout = layoutArticle({ ...article, titleSource: 'sources.json' });
    expect(layout.title).toBeNull();
    expect(layout.deks.map(text)).toEqual(['Big news', 'A dek line']);
  });

  it('groups list items, drops their bullets, and pairs a quote with its credit', () => {
    const { body } = layoutArticle(article);
    expect(body.map((item) => item.type)).toEqual(['block', 'block', 'list', 'quote', 'block']);
    const list = body[2];
    expect(list?.type === 'list' && list.items.map(text)).toEqual(['First item.', 'Second item.']);
    const quote = body[3];
    expect(quote?.type === 'quote' && [text(quote.quote), text(quote.credit)]).toEqual([
      '“A quote.”',
      'Someone, CEO',
    ]);
  });

  it('cuts a paragraph into sentence pieces and the text between them', () => {
    const first = layoutArticle(article).body[0];
    const start = article.paragraphs[2]?.start ?? 0;
    expect(first?.type === 'block' && first.block.pieces).toEqual([
      { text: 'One.', start, sentence: 2 },
      { text: ' ', start: start + 4, sentence: null },
      { text: 'Two.', start: start + 5, sentence: 3 },
    ]);
  });

  it('gives every piece its place in the article’s text', () => {
    const { title, deks, body } = layoutArticle(article);
    const blocks = [
      title,
      ...deks,
      ...body.flatMap((item) => {
        if (item.type === 'list') return item.items;
        return item.type === 'quote' ? [item.quote, item.credit] : [item.block];
      }),
    ];
    for (const piece of blocks.flatMap((block) => block?.pieces ?? [])) {
      expect(article.text.slice(piece.start, piece.start + piece.text.length)).toBe(piece.text);
    }
  });

  it('loses no character of a paragraph, sentences or not', () => {
    const bare: Article = { ...article, sentences: [] };
    const { body } = layoutArticle(bare);
    expect(body[0]?.type === 'block' && text(body[0].block)).toBe('One. Two.');
  });

  it('keeps a credit line with nothing to credit as its own block', () => {
    const lone = build([
      ['attribution', 'Someone'],
      ['list-item', '- Item'],
      ['attribution', 'Else'],
    ]);
    expect(layoutArticle(lone).body.map((item) => item.type)).toEqual(['block', 'list', 'block']);
  });
});

describe('parsePassage', () => {
  it('accepts the index of an existing sentence only', () => {
    expect(parsePassage('0', 3)).toBe(0);
    expect(parsePassage('2', 3)).toBe(2);
    expect(parsePassage('3', 3)).toBeNull();
    expect(parsePassage('-1', 3)).toBeNull();
    expect(parsePassage('1.5', 3)).toBeNull();
    expect(parsePassage('x', 3)).toBeNull();
    expect(parsePassage(undefined, 3)).toBeNull();
  });
});

describe('findArticle', () => {
  it('finds by id, or gives null', () => {
    expect(findArticle([article], 'a')).toBe(article);
    expect(findArticle([article], 'b')).toBeNull();
  });
});

describe('sentenceId', () => {
  it('names a sentence element by its index', () => {
    expect(sentenceId(12)).toBe('s-12');
  });
});
