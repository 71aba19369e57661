// Words: what a sentence is about, as alignment compares it: stemmed content words, named things and numbers.
import { stemmer } from 'stemmer';
import { fold } from './fold.ts';
import { findNumbers, NUMBER_WORDS, numberKey } from './numbers.ts';
import { WORD } from './passages.ts';

/**
 * Words that say nothing about the claim: function words, the fragments folding leaves of contractions
 * ("didn't" → "didn", "t"), and verbs of saying, which every article attaches to every claim.
 */
const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are aren as at be because been before being below
  between both but by can cannot could couldn d did didn do does doesn doing don down during each even ever few
  for from further had hadn has hasn have haven having he her here hers herself him himself his how i if in into
  is isn it its itself just ll m me more most much must mustn my myself no nor not now o of off on once only or
  other our ours ourselves out over own re s same shan she should shouldn so some such t than that the their
  theirs them themselves then there these they this those through to too under until up us ve very was wasn we
  were weren what when where which while who whom why will with won would wouldn y you your yours yourself
  yourselves however still yet says said say saying wrote write writes writing told tells according
  whether`.split(/\s+/),
);

/** A numeral as the number parser reads it ("50", "3.5" gives "3" and "5", "4x", "29th", "10m"). */
const NUMERAL = /^\d+(x|k|m|mn|bn|b|st|nd|rd|th)?$/;

/**
 * The stemmed content words of folded text, in order, repeats kept, stemmed by `stem` (a memo of `stemmer` where
 * many texts are read). Single letters are left out: they are initials ("U.S." folds to "u" and "s", "J. R.
 * Ortiz"), which `namedThings` reads whole, so "U.S." and "US" (folded "us", a stop word) give the same content
 * words: none.
 */
export function contentWords(folded: string, stem: (word: string) => string = stemmer): string[] {
  const words: string[] = [];
  for (const [word] of folded.matchAll(WORD)) {
    if (word.length === 1 || STOP_WORDS.has(word) || NUMBER_WORDS.has(word) || NUMERAL.test(word)) continue;
    words.push(stem(word));
  }
  return words;
}

/** An acronym as written: two or more capitals ("US", "CCP"), or letters with full stops ("U.S."). */
const DOTTED = /\p{Lu}(?:\.\p{Lu})+\.?/gu;

/**
 * Names in a sentence, folded: capitalised words other than function words, acronyms, and dotted acronyms joined
 * ("U.S." and "US" are both `us`). A capital at the sentence's start says nothing, so that word is returned apart, in `initial`,
 * for the caller to keep only if the corpus capitalises it elsewhere too.
 */
export function namedThings(text: string, folded = fold(text)): { names: string[]; initial: string | null } {
  const names: string[] = [];
  let initial: string | null = null;
  const dotted: { start: number; end: number }[] = [];
  for (const m of text.matchAll(DOTTED)) {
    dotted.push({ start: m.index, end: m.index + m[0].length });
    names.push(folded.slice(m.index, m.index + m[0].length).replaceAll('.', ''));
  }
  let first = true;
  // Words and acronyms both come in text order: a cursor over the acronyms, not a search of them all for each word.
  let next = 0;
  for (const m of folded.matchAll(WORD)) {
    const start = m.index;
    const isFirst = first;
    first = false;
    // Most words begin with a small ASCII letter: no name, and not worth a slice and a Unicode test to say so.
    const firstChar = text.charCodeAt(start);
    if (firstChar >= 0x61 && firstChar <= 0x7a) continue;
    while ((dotted[next]?.end ?? Infinity) <= start) next++;
    if ((dotted[next]?.start ?? Infinity) <= start) continue;
    const original = text.slice(start, start + m[0].length);
    if (!/^\p{Lu}/u.test(original) || NUMBER_WORDS.has(m[0])) continue;
    // A function word is no name, capitalised in a heading or shouted ("STILL"), but "US" and "IT" may be.
    if (STOP_WORDS.has(m[0]) && !/^\p{Lu}{2,3}$/u.test(original)) continue;
    if (isFirst && !/^\p{Lu}{2}/u.test(original)) initial = m[0];
    else names.push(m[0]);
  }
  return { names, initial };
}

/** Feature keys of a sentence, by kind: `w:` stemmed content word, `e:` named thing, `n:` number. */
export interface SentenceFeatures {
  words: string[];
  names: string[];
  /** The sentence's first word, when capitalised: a name only if the corpus capitalises it elsewhere. */
  initial: string | null;
  numbers: string[];
}

/** Everything alignment compares in one sentence's text, its words stemmed by `stem`. */
export function sentenceFeatures(text: string, stem: (word: string) => string = stemmer): SentenceFeatures {
  const folded = fold(text);
  const { names, initial } = namedThings(text, folded);
  return {
    words: contentWords(folded, stem),
    names,
    initial,
    numbers: findNumbers(folded).map(numberKey),
  };
}
