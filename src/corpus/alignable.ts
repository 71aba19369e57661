// Which sentences alignment pairs: the pipeline aligns them, and the Compare view lists those left unpaired.
import type { Article } from './types.ts';

/** Headlines, headings and credit lines label other text rather than tell the story, so they are not aligned. */
export function alignable(article: Article, sentence: number): boolean {
  const s = article.sentences[sentence];
  const kind = s && article.paragraphs[s.paragraph]?.kind;
  return kind === 'paragraph' || kind === 'list-item';
}
