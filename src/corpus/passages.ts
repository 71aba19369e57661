// Passages and words: how the corpus numbers its sentences, and how search, its index and alignment cut words.
import type { Article } from './types.ts';

/** A passage: one sentence of one article. Passage numbers run article by article, sentence by sentence. */
export interface PassageRef {
  article: number;
  sentence: number;
}

/** Every passage of the corpus, in passage-number order (the order of the index's records). */
export function passages(articles: readonly Pick<Article, 'sentences'>[]): PassageRef[] {
  const refs: PassageRef[] = [];
  articles.forEach((a, article) => a.sentences.forEach((_, sentence) => refs.push({ article, sentence })));
  return refs;
}

/** Words as the word index and the query parser both cut them: runs of letters and digits of folded text. */
export const WORD = /[\p{L}\p{N}]+/gu;
export const WORD_CHAR = /[\p{L}\p{N}]/u;
