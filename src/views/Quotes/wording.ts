// How a view reads a quote's wording: the quoted words as typed, and whether a diff (the pipeline's, see
// `quoteDiff` in src/corpus/quote-diff.ts) holds any change.
import type { Article, DiffPart, Quote } from '../../corpus/types.ts';

/** The quoted words (without their quotation marks), white space squashed. */
export function quoteWords(article: Pick<Article, 'text'>, quote: Pick<Quote, 'start' | 'end'>): string {
  return article.text.slice(quote.start, quote.end).replace(/\s+/g, ' ').trim();
}

export function hasChanges(diff: readonly DiffPart[]): boolean {
  return diff.some((part) => part.kind !== 'same');
}
