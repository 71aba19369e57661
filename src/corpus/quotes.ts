// Quotes: quoted spans with their speakers, and the same quote grouped across articles. (Being built: issue 4.)
import type { Paragraph, Quote, QuoteGroup, Sentence } from './types.ts';

/** The quotes of one article, in text order, each with `group: -1` until `groupQuotes` places it. */
export function findQuotes(
  text: string,
  paragraphs: readonly Paragraph[],
  sentences: readonly Sentence[],
): Quote[] {
  void text;
  void paragraphs;
  void sentences;
  return [];
}

/** Groups the quotes of all articles that render the same words; `groupOf[a][q]` is quote `q` of article `a`'s group. */
export function groupQuotes(articles: readonly { text: string; quotes: readonly Quote[] }[]): {
  groups: QuoteGroup[];
  groupOf: number[][];
} {
  return { groups: [], groupOf: articles.map((a) => a.quotes.map(() => -1)) };
}
