// Query: what the reader typed, folded and cut to what Fuse can match, plain words or Fuse's extended syntax.
import { foldForSearch, WORD } from '../corpus/client.ts';

/** Share of a word's characters that may be wrong for it still to match (Fuse's `threshold`). */
export const THRESHOLD = 0.25;
/** Fuse's fuzzy matcher (bitap) works on at most 32 characters at a time; longer words are cut, and said so. */
export const MAX_TERM_LENGTH = 32;
/** Words searched at most; the rest of a long query is ignored, and said so. */
export const MAX_TERMS = 8;

export interface Term {
  /** The folded pattern given to Fuse: a word, or a quoted phrase without its quotes. */
  text: string;
  /** Its words as the word index cuts them: each must be in a passage for the term to be (one-letter ones exactly). */
  words: string[];
  /** Edits a close spelling of a one-word term may have (see `closeErrors`); 0 for a longer term. */
  maxErrors: number;
}

export type Query =
  | { kind: 'empty'; notes: string[] }
  /** Words and "quoted phrases": a passage ranks by the phrase, then by how many terms it holds, then by closeness. */
  | { kind: 'plain'; terms: Term[]; phrase: string | null; notes: string[] }
  /** Fuse's extended syntax ('exact, =whole, !not, ^prefix, suffix$, a | b), passed to Fuse as it is. */
  | { kind: 'extended'; fuse: string; notes: string[] };

const OPERATOR = /^(?:!?['=^]|!)|(?<!^)\$$/;
const ONLY_OPERATORS = /^[!'=^$|]+$/;

export function maxErrors(pattern: string): number {
  return Math.floor(pattern.length * THRESHOLD);
}

/** Typed words of this many letters or fewer match exactly, by prefix or by inflection: never by close spelling. */
export const LONGEST_UNFUZZED = 4;

/**
 * Edits (a letter left out, added, changed, or two neighbours swapped) a close spelling of a plain query's term may
 * have: a quarter of its letters, as Fuse's threshold (which the extended syntax keeps), but none up to
 * `LONGEST_UNFUZZED` letters: "chip" one letter off is "chin", "ship", "chop", and inside "china" and "leadership".
 */
export function closeErrors(pattern: string): number {
  return pattern.length <= LONGEST_UNFUZZED ? 0 : maxErrors(pattern);
}

function term(text: string): Term {
  const words = [...text.matchAll(WORD)].map((m) => m[0]);
  // A longer term ("$5.58", a quoted phrase) is matched word by word, each word as itself (see word-match.ts).
  const oneWord = words.length === 1 && words[0] === text;
  return { text, words, maxErrors: oneWord ? closeErrors(text) : 0 };
}

/** Space-separated tokens, a "quoted phrase" being one token (quotes kept). */
function tokens(folded: string): string[] {
  return folded.match(/!?[=']?"[^"]*"?|[^\s"]+/g) ?? [];
}

export function parseQuery(raw: string): Query {
  const folded = foldForSearch(raw).replace(/\s+/g, ' ').trim();
  const notes: string[] = [];
  const all = tokens(folded).filter((t) => !ONLY_OPERATORS.test(t.replace(/"/g, '')) || t === '|');
  const extended = all.some((t) => t === '|' || OPERATOR.test(t));
  const kept = all.filter((t) => t !== '|');
  if (kept.length > MAX_TERMS) notes.push(`Only the first ${MAX_TERMS} words are searched.`);
  const cut = (t: string) => {
    if (t.length <= MAX_TERM_LENGTH) return t;
    if (!notes.some((n) => n.startsWith('Words are')))
      notes.push(`Words are matched on their first ${MAX_TERM_LENGTH} characters.`);
    return t.slice(0, MAX_TERM_LENGTH);
  };
  if (kept.length === 0) {
    if (folded !== '')
      notes.push('Operators need a word after them: !word leaves it out, ^word starts with it.');
    return { kind: 'empty', notes };
  }

  if (extended) {
    const groups: string[][] = [[]];
    let count = 0;
    for (const t of all) {
      if (t === '|') groups.push([]);
      else if (count++ < MAX_TERMS) groups[groups.length - 1]?.push(cut(t));
    }
    const fuse = groups
      .filter((g) => g.length > 0)
      .map((g) => g.join(' '))
      .join(' | ');
    return { kind: 'extended', fuse, notes };
  }

  const texts = kept
    .slice(0, MAX_TERMS)
    .map((t) => cut(t.replace(/"/g, '').trim()))
    .filter((t) => t !== '');
  // A single character matches almost everywhere and narrows nothing: it counts only inside a phrase.
  const terms = texts.filter((t) => t.length >= 2).map(term);
  if (terms.length === 0) {
    notes.push('Type at least two characters.');
    return { kind: 'empty', notes };
  }
  const phrase = texts.length > 1 || /\s/.test(texts[0] ?? '') ? texts.join(' ') : null;
  return { kind: 'plain', terms, phrase, notes };
}
