// Speaker names: a run of capitalised words cleaned to the name it holds (no sentence opener, title or party tag),
// and a surname matched to the full name the article gave earlier.
import { fold } from './fold.ts';

/** Words a capitalised run may open with that are not part of a name (sentence openers, pronouns). */
const NOT_NAME = new Set(
  (
    'the a an this that these those but and or so yet however in on at for from with without after before when ' +
    'while if as since despite although though their his her its our my your then still meanwhile outside ' +
    'inside asked one he she it they we i you there here what why how who according'
  ).split(' '),
);

/**
 * Titles and roles written before a name ("Sen.", "Transportation Secretary", "CEO"): dropped, with everything
 * before them. Not "General" or "Prime" written out, which open company names (General Motors, Prime Video).
 */
const TITLES = new Set(
  (
    'mr mrs ms mx dr prof sen senator rep representative gov governor president vice-president secretary ' +
    'minister mayor chancellor judge justice gen lt col capt sgt maj adm rev hon pres supt insp det sir dame lord ' +
    'lady chief director chairman chairwoman chair commissioner ambassador deputy premier attorney spokesperson ' +
    'spokesman spokeswoman nominee adviser advisor founder co-founder officer executive analyst professor ' +
    'economist researcher councillor councilor councilman councilwoman alderman treasurer superintendent ' +
    'inspector sergeant captain lieutenant colonel bishop rabbi imam'
  ).split(' '),
);

/** Common nouns for groups of people or things, capitalised only as a sentence's first word: "Officials said". */
const GENERIC = new Set(
  (
    'officials experts analysts sources investors critics people residents observers lawmakers legislators ' +
    'authorities police researchers scientists economists executives employees workers users customers officers ' +
    'witnesses others many some several both all most protesters supporters opponents leaders regulators reports ' +
    'report statement documents data studies study traders consumers passengers travellers travelers doctors ' +
    'teachers students parents voters members staff insiders diplomats scholars company companies firm city state ' +
    'school hospital airline industry government agency department ministry court union council board'
  ).split(' '),
);

/** Whether `name` is one common noun ("Officials", "Company"), capitalised only as a sentence's first word. */
export const isGenericNoun = (name: string) => GENERIC.has(name.replace(/\.$/u, '').toLowerCase());

/** A party tag after a name: "D-Calif.", "(R-Texas)", "R-TX". */
export const PARTY_TAG = /^\(?[DRI]-\p{Lu}[\p{L}.]*\)?[.,]*$/u;

/** A title or role written before a name, or an all-capitals word ("CEO"). */
export const isTitle = (word: string) =>
  TITLES.has(word.replace(/[.,]+$/u, '').toLowerCase()) || /^\p{Lu}{2,}$/u.test(word.replace(/\./g, ''));

/**
 * The name in a run of capitalised words, as the text writes it: less opening function words ("The", "However"),
 * less anything up to a title ("Anthropic CEO Dario Amodei" → "Dario Amodei", "Sen. Ann Lee" → "Ann Lee"),
 * less a party tag and a final full stop. Null for a possessive ("Anthropic's"), an initialism alone ("U.S."), a
 * title alone ("Senator"), a common noun alone ("Officials") or when nothing is left.
 */
export function cleanName(run: string): string | null {
  let words = run.split(/\s+/u).filter(Boolean);
  while (words.length > 0 && NOT_NAME.has((words[0] ?? '').toLowerCase())) words = words.slice(1);
  while (words.length > 1 && PARTY_TAG.test(words[words.length - 1] ?? '')) words = words.slice(0, -1);
  const lastTitle = words.findLastIndex(isTitle);
  if (lastTitle >= 0) words = words.slice(lastTitle + 1);
  const last = words[words.length - 1];
  if (last === undefined || /['’]s?$/u.test(last)) return null;
  if (words.length === 1 && isGenericNoun(last)) return null;
  words[words.length - 1] = /^(?:\p{Lu}\.)+$/u.test(last) ? last : last.replace(/\.$/, '');
  return words.join(' ');
}

/** A name's last word, case and accents folded: what tells one person's renderings ("Dario Amodei", "Amodei") together. */
export const surnameOf = (name: string) => fold(name.trim().split(/\s+/).pop() ?? name);

/**
 * For each one-word name, the one longer name of the article ending with it ("Lutnick" → "Howard Lutnick"); a
 * surname two full names share is left as it is. `names` are the article's cleaned names of people, in any order.
 */
export function fullNames(names: Iterable<string>): Map<string, string> {
  const bySurname = new Map<string, Set<string>>();
  for (const name of names) {
    if (!name.includes(' ')) continue;
    const key = surnameOf(name);
    const set = bySurname.get(key) ?? new Set<string>();
    set.add(name);
    bySurname.set(key, set);
  }
  const result = new Map<string, string>();
  for (const [key, set] of bySurname) {
    // The shortest full form, which the others only lengthen ("Transportation Pete Buttigieg", from "Secretary of
    // Transportation Pete Buttigieg"); "Eric Trump" beside "Donald Trump" is ambiguous.
    const forms = [...set];
    const shortest = forms.reduce((a, b) => (b.length < a.length ? b : a));
    if (forms.every((form) => form.endsWith(shortest))) result.set(key, shortest);
  }
  return result;
}

/** `name` in the fullest form `full` (from `fullNames`) knows: a surname alone becomes the full name. */
export function fullName(name: string, full: ReadonlyMap<string, string>): string {
  return name.includes(' ') ? name : (full.get(name.toLowerCase()) ?? name);
}
