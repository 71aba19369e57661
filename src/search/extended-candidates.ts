// Extended candidates: the passages that could match a query in Fuse's extended syntax, found through the word
// postings, so that Fuse runs over those passages and not over every passage of the corpus on each keystroke.
import { WORD } from '../corpus/client.ts';
import { isInverse, readExtended, STRING_TESTS, type Operand } from './extended-syntax.ts';
import { maxErrors } from './query.ts';
import { candidateWords, pieces, type WordGrams } from './word-grams.ts';

export interface Postings {
  grams: WordGrams;
  /** Each passage's folded search text. */
  texts: readonly string[];
  /** Word `w`'s passages: `postings[postingStarts[w]]` up to `postings[postingStarts[w + 1]]`. */
  postingStarts: Int32Array;
  postings: Int32Array;
  /** Passages in all. */
  passages: number;
}

/** A set of passages as one byte each (1: in it), or `null` for every passage: nothing was ruled out. */
export type PassageSet = Uint8Array | null;

function intersect(a: PassageSet, b: PassageSet): PassageSet {
  if (a === null) return b;
  if (b === null) return a;
  for (let p = 0; p < a.length; p++) a[p] = (a[p] ?? 0) & (b[p] ?? 0);
  return a;
}

function unite(a: PassageSet, b: PassageSet): PassageSet {
  if (a === null || b === null) return null;
  for (let p = 0; p < a.length; p++) a[p] = (a[p] ?? 0) | (b[p] ?? 0);
  return a;
}

/**
 * Passages holding a word that holds `run` (letters and digits only). `null` when that rules little out: a run of
 * one letter, or words so common that marking their passages costs more than Fuse reading them all.
 */
function holdingRun(index: Postings, run: string): PassageSet {
  if (run.length < 2) return null;
  const words = candidateWords(index.grams, run, 0) ?? [];
  let size = 0;
  for (const w of words) size += (index.postingStarts[w + 1] ?? 0) - (index.postingStarts[w] ?? 0);
  if (size > index.passages / 2) return null;
  const set = new Uint8Array(index.passages);
  for (const w of words) {
    const end = index.postingStarts[w + 1] ?? 0;
    for (let i = index.postingStarts[w] ?? 0; i < end; i++) set[index.postings[i] ?? 0] = 1;
  }
  return set;
}

/** Passages whose text may hold `text` exactly: each of its runs of letters and digits is inside one of their words. */
function holdingExactly(index: Postings, text: string): PassageSet {
  let set: PassageSet = null;
  for (const [run] of text.matchAll(WORD)) set = intersect(set, holdingRun(index, run));
  return set;
}

function passing(index: Postings, test: (text: string) => boolean): Uint8Array {
  // A loop, not `Uint8Array.from` with a map, which took most of a keystroke over 430,000 passages.
  const set = new Uint8Array(index.passages);
  for (let p = 0; p < set.length; p++) if (test(index.texts[p] ?? '')) set[p] = 1;
  return set;
}

/** Passages an operand may match; inverse operands (`!word`) rule nothing out. */
function operandPassages(index: Postings, { type, pattern }: Operand): PassageSet {
  if (isInverse(type)) return null;
  const test = STRING_TESTS[type];
  // A passage must start with "^t": no word index narrows that, but a look at each text does, and costs less than
  // Fuse reading them. "'the" narrows through the words first, and its passages are looked at only when too many.
  if (test && type !== 'include') return passing(index, (text) => test(text, pattern));
  if (test) return holdingExactly(index, pattern) ?? passing(index, (text) => test(text, pattern));
  // Fuse's bitap marks each unit of the text that matches a one-unit pattern, and calls a run of two a match.
  if (type === 'fuzzy' && pattern.length === 1) return holdingExactly(index, pattern.repeat(2));
  const errors = type === 'fuzzy' ? maxErrors(pattern) : 0;
  if (errors === 0) return holdingExactly(index, pattern);
  // Cut into one piece more than the errors allowed, a fuzzy match leaves one piece whole (pigeonhole).
  let set: PassageSet = new Uint8Array(index.passages);
  for (const piece of pieces(pattern, errors + 1)) set = unite(set, holdingExactly(index, piece));
  return set;
}

export interface Candidates {
  /** The passages, ascending, that could match the query; `null` when nothing could be ruled out. */
  passages: Int32Array | null;
  /** For each alternative, the passages that could match it, one byte each; `null` for any passage. */
  alternatives: PassageSet[];
}

/**
 * The passages that could match `query` (Fuse's extended syntax): each alternative's operands must all match, so its
 * candidates are what every operand allows, and the query's are those of any alternative.
 */
export function extendedCandidates(index: Postings, query: string): Candidates {
  const alternatives = readExtended(query).map((operands) => {
    // An alternative with no operand matches nothing in Fuse; one with only inverse operands, anything.
    let set: PassageSet = operands.length === 0 ? new Uint8Array(index.passages) : null;
    for (const o of operands) set = intersect(set, operandPassages(index, o));
    return set;
  });
  let all: PassageSet = new Uint8Array(index.passages);
  for (const set of alternatives) all = unite(all, set);
  if (all === null) return { passages: null, alternatives };
  let n = 0;
  for (let p = 0; p < all.length; p++) n += all[p] ?? 0;
  const passages = new Int32Array(n);
  for (let p = 0, i = 0; i < n; p++) if (all[p] === 1) passages[i++] = p;
  return { passages, alternatives };
}
