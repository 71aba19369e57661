// Verbs of saying ("said", "warns", "put it"): their forms, and where a text holds them as whole words.

/**
 * Verbs of saying, by base form; their -s, -ed and -ing forms are derived. Not "post": "an essay posted Wednesday"
 * is far more common in the news than "she posted that".
 */
const SAYING = (
  'say tell write argue claim fear state note warn add explain insist acknowledge admit ask reply respond ' +
  'announce declare suggest contend maintain conclude predict reveal recall stress emphasise emphasize observe ' +
  'remark clarify caution counter concede confirm deny testify tweet repeat assert allege complain urge ' +
  'describe estimate caution lament continue call post'
).split(' ');
const IRREGULAR = 'said told wrote written admitted admitting put_it referred refers referring'
  .split(' ')
  .map((v) => v.replace('_', ' '));
/** Base forms that are also common nouns ("a claim", "the state") only count with -s, -ed or -ing. */
const BASE_FORMS = new Set('say tell write argue add explain insist'.split(' '));

function forms(base: string): string[] {
  const result = BASE_FORMS.has(base) ? [base] : [];
  if (/[^aeiou]y$/.test(base))
    return [...result, `${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`, `${base}ing`];
  if (base.endsWith('e')) return [...result, `${base}s`, `${base}d`, `${base.slice(0, -1)}ing`];
  if (/(?:s|sh|ch|x)$/.test(base)) return [...result, `${base}es`, `${base}ed`, `${base}ing`];
  return [...result, `${base}s`, `${base}ed`, `${base}ing`];
}

const VERB_FORMS = [...new Set([...SAYING.flatMap(forms), ...IRREGULAR])].sort((a, b) => b.length - a.length);
export const VERB_SOURCE = `(?:${VERB_FORMS.join('|')})`;
/**
 * A verb form not followed by a word character. Whether one comes before is checked apart (`sayingVerbs`): an
 * expression opening with that lookbehind tests it at every position, three times slower than finding the words.
 */
const VERB_THEN_BOUNDARY = new RegExp(`${VERB_SOURCE}(?![\\p{L}\\p{N}'’-])`, 'gu');
/** A word character (letter, digit, apostrophe, hyphen) ending a string: a surrogate pair as one character. */
const WORD_CHARACTER_AT_END = /[\p{L}\p{N}'’-]$/u;

/**
 * The verbs of saying in `text`, as whole words (no letter, digit, apostrophe or hyphen either side), in order,
 * as the expression `(?<![\p{L}\p{N}'’-])VERB_SOURCE(?![\p{L}\p{N}'’-])` with flags `gu` would find them.
 */
export function sayingVerbs(text: string): RegExpExecArray[] {
  const verbs: RegExpExecArray[] = [];
  VERB_THEN_BOUNDARY.lastIndex = 0;
  for (let match = VERB_THEN_BOUNDARY.exec(text); match !== null; match = VERB_THEN_BOUNDARY.exec(text)) {
    // Inside a word ("unsaid"): look again from the next position, as the lookbehind would.
    if (WORD_CHARACTER_AT_END.test(text.slice(Math.max(0, match.index - 2), match.index)))
      VERB_THEN_BOUNDARY.lastIndex = match.index + 1;
    else verbs.push(match);
  }
  VERB_THEN_BOUNDARY.lastIndex = 0;
  return verbs;
}
