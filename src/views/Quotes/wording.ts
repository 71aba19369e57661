// How two articles word the same quote, as the reader sees it: the quoted words as typed, compared word by word.
// The pipeline's group diffs fold punctuation away (they decide what is the same quote); a reader also wants to see
// an ellipsis where the other has a comma, so the view diffs the words as typed, less typographic variants.
import { diffWords } from 'diff';
import type { Article, DiffPart, Quote } from '../../corpus/types.ts';

/** The quoted words (without their quotation marks), white space squashed. */
export function quoteWords(article: Pick<Article, 'text'>, quote: Pick<Quote, 'start' | 'end'>): string {
  return article.text.slice(quote.start, quote.end).replace(/\s+/g, ' ').trim();
}

/**
 * The words with typographic variants made alike (curly and straight quotes and apostrophes, three dots and an
 * ellipsis, dash widths) and the punctuation that only fits a quote into its sentence (a trailing comma or full
 * stop) dropped.
 */
export function wordingKey(words: string): string {
  return words
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/\.\.\./g, '…')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/[\s,.;:]+$/, '')
    .trim();
}

/**
 * How `to` words a quote against `from`: `removed` parts are `from`'s, `added` parts `to`'s. Case is ignored (a quote
 * opening a sentence gets a capital), and the same parts are `to`'s.
 */
export function wordingDiff(from: string, to: string): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const change of diffWords(wordingKey(from), wordingKey(to), { ignoreCase: true })) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const last = parts[parts.length - 1];
    if (last?.kind === kind) last.text += change.value;
    else parts.push({ kind, text: change.value });
  }
  return parts;
}

export function hasChanges(diff: readonly DiffPart[]): boolean {
  return diff.some((part) => part.kind !== 'same');
}
