// Numbers: the quantities a sentence states, normalised so "between seven and 10" and "7-10" have one key.

/** A quantity or range found in folded text (see `fold`): `low === high` for a single number. */
export interface NumberMention {
  start: number;
  end: number;
  low: number;
  high: number;
}

const SMALL = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
/** Tens above twenty, which may take a unit after a hyphen or space ("twenty-five", "forty two"). */
const TENS = new Map([
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
]);
const SMALL_VALUE = new Map<string, number>([...SMALL.map((w, i): [string, number] => [w, i]), ...TENS]);

/** The value of a number word from zero to ninety ("seven", "twelve", "forty"), or `undefined`. */
export const numberWord = (word: string): number | undefined => SMALL_VALUE.get(word);
const SCALE = new Map([
  ['hundred', 100],
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
]);
/** Money written short: only after a currency sign, since "10m" alone is as likely ten metres. */
const MONEY_SUFFIX = new Map([
  ['k', 1e3],
  ['m', 1e6],
  ['mn', 1e6],
  ['b', 1e9],
  ['bn', 1e9],
]);
const CURRENCY = /[$£€¥]/;

/**
 * Plural scale words, for a vague quantity: "tens of millions" is ten up to a hundred million. Such a quantity is a
 * range, so two articles saying it share one key. "Millions of chips" alone is too vague to be compared as a number
 * (articles say it of anything), so its words stay content words.
 */
const VAGUE = new Map([
  ['tens', 10],
  ['hundreds', 100],
  ['thousands', 1e3],
  ['millions', 1e6],
  ['billions', 1e9],
]);

/** Words the number parser reads as quantities; content words leave them out, since numbers compare apart. */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([...SMALL, ...TENS.keys(), ...SCALE.keys()]);

/**
 * A numeral (with thousands commas, a decimal part and letters glued on) not inside a word such as `h100` or
 * `v3` nor after one or two letters and a hyphen (`v-3`, `f-35`), a word, or a dash. The lookbehinds keep model
 * names and versions out of the numbers.
 */
const TOKEN =
  /(?<![\p{L}\p{N}.,])(?<!(?:^|[^\p{L}])\p{L}{1,2}-)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(\p{L}*)('?s)?|\p{L}+|-/gu;

interface Token {
  start: number;
  end: number;
  /** A numeral's value before any money suffix, or `null` for a word or a dash. */
  value: number | null;
  /** What a money suffix multiplies by ("$10m"): 1 when there is none. */
  scale: number;
  /** A numeral's digits as written, for two-digit year ends ("2024-25"). */
  digits: string;
  /** A plural money figure ("$10m's", tens of millions): the value is the low end of a tenfold range. */
  plural: boolean;
  text: string;
}

function tokens(folded: string): Token[] {
  const out: Token[] = [];
  for (const m of folded.matchAll(TOKEN)) {
    const start = m.index;
    const end = start + m[0].length;
    const [, integer, decimal = '', suffix = '', plural] = m;
    if (integer === undefined) {
      out.push({ start, end, value: null, scale: 1, digits: '', plural: false, text: m[0] });
      continue;
    }
    const digits = integer.replaceAll(',', '');
    // "4x" is a factor of 4 and "29th" day 29; a money suffix scales; other glued letters ("1950s", "5g",
    // "40mm") make a name or a unit we do not compare.
    const scale = suffix === 'x' || /^(|st|nd|rd|th)$/.test(suffix) ? 1 : MONEY_SUFFIX.get(suffix);
    if (scale === undefined || (scale !== 1 && !CURRENCY.test(folded.charAt(start - 1)))) continue;
    // "1950s" and "the 1990's" are decades, not quantities; "$10m's" is tens of millions.
    if (plural !== undefined && scale === 1) continue;
    out.push({
      start,
      end,
      value: Number(digits + decimal),
      scale,
      digits,
      plural: plural !== undefined,
      text: m[0],
    });
  }
  return out;
}

/** Only spaces between two tokens: "seven, 10" is a list, not a range. */
const adjacent = (folded: string, a: Token, b: Token) => /^ *$/.test(folded.slice(a.end, b.start));

interface Quantity {
  /** The numeral or number word's own value. */
  base: number;
  /** The product of the scale words and money suffix after it: "5-7 million" scales both ends by the second's. */
  scale: number;
  /** Index of its first token, and of the first token after it. */
  index: number;
  next: number;
  start: number;
  end: number;
  digits: string;
}

/**
 * A vague quantity at token `i`: "tens of millions" (1e7 up to 1e8), "hundreds of thousands" (1e5 up to 1e6),
 * "$10m's" (1e7 up to 1e8); as a range with the index of the token after it.
 */
function vagueAt(folded: string, toks: Token[], i: number): (NumberMention & { next: number }) | null {
  const first = toks[i];
  if (!first) return null;
  if (first.plural && first.value !== null) {
    const low = first.value * first.scale;
    return { start: first.start, end: first.end, low, high: low * 10, next: i + 1 };
  }
  const factor = VAGUE.get(first.text);
  if (factor === undefined) return null;
  const of = toks[i + 1];
  const scaleWord = toks[i + 2];
  const scale = scaleWord ? VAGUE.get(scaleWord.text) : undefined;
  if (factor < 1e3 && of?.text === 'of' && scaleWord && scale !== undefined && scale >= 1e3) {
    if (!adjacent(folded, first, of) || !adjacent(folded, of, scaleWord)) return null;
    return {
      start: first.start,
      end: scaleWord.end,
      low: factor * scale,
      high: factor * 10 * scale,
      next: i + 3,
    };
  }
  return null;
}

/** The quantity starting at token `i`: a numeral or number word, then any scale words ("two hundred thousand"). */
function quantityAt(folded: string, toks: Token[], i: number): Quantity | null {
  const first = toks[i];
  if (!first || first.plural) return null;
  let base = first.value ?? SMALL_VALUE.get(first.text) ?? SCALE.get(first.text);
  if (base === undefined) return null;
  let scale = first.scale;
  let next = i + 1;
  let last = first;
  // "twenty-five", "forty two": the tens and the unit after them.
  if (TENS.has(first.text)) {
    const join = toks[next];
    const unitAt = join?.text === '-' ? next + 1 : next;
    const unit = toks[unitAt];
    const unitValue = unit ? SMALL_VALUE.get(unit.text) : undefined;
    const joined =
      unit && (join === unit ? adjacent(folded, first, unit) : folded.slice(first.end, unit.start) === '-');
    if (unitValue !== undefined && unitValue > 0 && unitValue < 10 && joined) {
      base += unitValue;
      last = unit;
      next = unitAt + 1;
    }
  }
  for (let t = toks[next]; t && adjacent(folded, last, t); t = toks[next]) {
    const factor = SCALE.get(t.text);
    if (factor === undefined) break;
    scale *= factor;
    last = t;
    next++;
  }
  return { base, scale, index: i, next, start: first.start, end: last.end, digits: first.digits };
}

const RANGE_JOINS = new Set(['-', 'to', 'and']);

/** The range `low` starts, if a join ("-", "to", "and" after "between") and a larger quantity follow it with only spaces between. */
function rangeFrom(folded: string, toks: Token[], low: Quantity): (NumberMention & { next: number }) | null {
  const before = toks[low.next - 1];
  const join = toks[low.next];
  const after = toks[low.next + 1];
  if (!before || !join || !after || !RANGE_JOINS.has(join.text)) return null;
  // "and" joins a range only after "between": "seven, 10 and 12" is a list.
  if (join.text === 'and' && toks[low.index - 1]?.text !== 'between') return null;
  if (!adjacent(folded, before, join) || !adjacent(folded, join, after)) return null;
  const high = quantityAt(folded, toks, low.next + 1);
  if (!high) return null;
  let highValue = high.base * high.scale;
  // "2024-25": a year range with the second year cut to two digits.
  if (join.text === '-' && low.digits.length === 4 && high.digits.length === 2 && low.scale === 1)
    highValue = Number(low.digits.slice(0, 2) + high.digits);
  const lowValue = low.base * (low.scale === 1 ? high.scale : low.scale);
  return lowValue < highValue
    ? { start: low.start, end: high.end, low: lowValue, high: highValue, next: high.next }
    : null;
}

/** Every number of a folded sentence, ranges ("7-10", "between seven and 10", "2026-2027") as one mention. */
export function findNumbers(folded: string): NumberMention[] {
  const toks = tokens(folded);
  const found: NumberMention[] = [];
  for (let i = 0; i < toks.length;) {
    const vague = vagueAt(folded, toks, i);
    if (vague) {
      found.push({ start: vague.start, end: vague.end, low: vague.low, high: vague.high });
      i = vague.next;
      continue;
    }
    const low = quantityAt(folded, toks, i);
    if (!low) {
      i++;
      continue;
    }
    const range = rangeFrom(folded, toks, low);
    if (range) {
      found.push({ start: range.start, end: range.end, low: range.low, high: range.high });
      i = range.next;
    } else {
      const value = low.base * low.scale;
      found.push({ start: low.start, end: low.end, low: value, high: value });
      i = low.next;
    }
  }
  return found;
}

/** Twelve significant digits: enough for any figure in the news, and 5.58 × 10⁶ prints as 5580000. */
const canonical = (n: number) => String(Number(n.toPrecision(12)));

/** The key two mentions of the same quantity share: `5580000`, `7-10`. */
export const numberKey = (m: NumberMention) =>
  m.low === m.high ? canonical(m.low) : `${canonical(m.low)}-${canonical(m.high)}`;
