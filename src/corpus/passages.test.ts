import { describe, expect, it } from 'vitest';
import { testArticle } from '../test-support/test-article.ts';
import { passages, WORD, WORD_CHAR } from './passages.ts';

describe('passages', () => {
  it('numbers the sentences article by article, sentence by sentence', () => {
    const articles = [testArticle(['One. Two.'], 'a'), testArticle([], 'b'), testArticle(['Three.'], 'c')];
    expect(passages(articles)).toEqual([
      { article: 0, sentence: 0 },
      { article: 0, sentence: 1 },
      { article: 2, sentence: 0 },
    ]);
  });
});

describe('WORD and WORD_CHAR', () => {
  it('cut runs of letters and digits in any script, and nothing else', () => {
    expect('u.s. 7-10 café Путин 東京'.match(WORD)).toEqual(['u', 's', '7', '10', 'café', 'Путин', '東京']);
    expect(['a', '7', 'é', '-', ' ', '’'].map((c) => WORD_CHAR.test(c))).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});
