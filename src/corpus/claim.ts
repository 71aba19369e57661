// Whether a sentence makes a claim of its own. "Here's why.", "Translation?" and "If not?" move a story along but
// tell nothing a reader could look for in another article: as rows of the coverage matrix they are noise. Worked
// out for each story element's label as the corpus is built (elements.ts), so the page only reads it.
import { WORD_CHAR } from './passages.ts';
import { sentenceFeatures } from './words.ts';

/**
 * A sentence of more than eight words makes a claim, whatever its words: the rule is for very short ones. Tested on
 * the first nine words only (a sentence longer than 80 characters is not even read), for at 10,000 articles there
 * are 160,000 story elements.
 */
const LONG = /^\s*\S+(?:\s+\S+){8}/;
const LONG_CHARACTERS = 80;

/** A digit, or a capital past the first word: a number or a name, read without the cost of reading every word. */
const NUMBER_OR_CAPITAL = /\p{N}|\s["'“‘(]?\p{Lu}/u;

/** A word's place in mid-sentence: after a letter, a digit or a comma and one space (not after a full stop). */
const MID_SENTENCE = /[\p{L}\p{N},]\s$/u;

/** A question, its closing quotation marks or brackets aside. */
const QUESTION = /\?["'”’)\]]*\s*$/u;

/** Words are only counted here, so they are not stemmed. */
const asWritten = (word: string) => word;

/**
 * Whether `sentence`, of an article whose text is `text`, says something: a number, a name, or more than one content
 * word (more than two in a question, as "But if we drop the ball?" asks nothing a source could answer). A
 * capitalised first word is a name when the article also writes it so in mid-sentence ("Nvidia fell." in an article
 * that names Nvidia again), not otherwise ("Translation?").
 */
export function makesClaim(sentence: string, text: string): boolean {
  if (sentence.length > LONG_CHARACTERS || LONG.test(sentence) || NUMBER_OR_CAPITAL.test(sentence))
    return true;
  const { words, names, initial, numbers } = sentenceFeatures(sentence, asWritten);
  if (numbers.length > 0 || names.length > 0) return true;
  const first = /[\p{L}\p{N}]+/u.exec(sentence)?.[0];
  if (initial !== null && first !== undefined && capitalisedMidSentence(first, text)) return true;
  return words.length > (QUESTION.test(sentence) ? 2 : 1);
}

/** Whether `text` has `word`, as written, whole, in mid-sentence. */
function capitalisedMidSentence(word: string, text: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
    const whole = !WORD_CHAR.test(text.charAt(at + word.length)) && !WORD_CHAR.test(text.charAt(at - 1));
    if (whole && MID_SENTENCE.test(text.slice(Math.max(0, at - 2), at))) return true;
  }
  return false;
}
