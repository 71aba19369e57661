// Quote diff: how one rendering of a quote differs from another, word by word. The pipeline stores it for each
// quote group, and the Compare view computes it for the quotes two articles share, so it runs in the browser too.
import { diffWords } from 'diff';
import type { DiffPart } from './types.ts';

/**
 * A rendering as the word diff compares it: its words and punctuation as written, with only the typography folded
 * (curly to straight quotes and apostrophes, `...` to `…`, en and em dashes to `—`, line breaks and runs of space
 * to one space) and the punctuation closing the quote dropped, so "few $10M’s." and "few $10M's" do not differ but
 * "less cost… but" and "less cost, but" do.
 */
export function diffText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’‛′`´]/gu, "'")
    .replace(/[“”„‟″«»]/gu, '"')
    .replace(/\.(?:\s?\.){2,}/gu, '…')
    .replace(/[–—―]|(?<=\s)--?(?=\s)/gu, '—')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[\s.,;:]+$/u, '');
}

/**
 * The most word edits a diff looks for. Its time grows with the edits times the length, so two long renderings
 * that differ throughout (a hostile article's) would take the square of their length.
 */
const MAX_DIFF_EDITS = 200;

/**
 * How `b`'s wording differs from `a`'s, word by word (punctuation included, case aside; see `diffText`): `removed`
 * parts are `a`'s, `added` parts `b`'s. Empty when they are the same. Renderings more than `MAX_DIFF_EDITS` words
 * apart are shown as one replaced by the other.
 */
export function quoteDiff(a: string, b: string): DiffPart[] {
  const [from, to] = [diffText(a), diffText(b)];
  const changes = diffWords(from, to, { ignoreCase: true, maxEditLength: MAX_DIFF_EDITS });
  if (!changes)
    return [
      { kind: 'removed', text: from },
      { kind: 'added', text: to },
    ];
  if (changes.every((change) => !change.added && !change.removed)) return [];
  return changes.map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}
