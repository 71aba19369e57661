// The words of one sentence of an article, for a cell: the coverage and timeline exports give each passage's text.
import type { Article } from '../corpus/types.ts';

/** Sentence `sentence` of the article, white space squashed (a cell holds no line breaks of the text's layout). */
export function passageText(article: Pick<Article, 'text' | 'sentences'>, sentence: number): string | null {
  const range = article.sentences[sentence];
  return range ? article.text.slice(range.start, range.end).replace(/\s+/g, ' ').trim() : null;
}
