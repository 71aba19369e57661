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
const SMALL_VALUE = new Map(SMALL.map((w, i) => [w, i]));
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

/** Words the number parser reads as quantities; content words leave them out, since numbers compare apart. */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([...SMALL, ...SCALE.keys()]);

/**
 * A numeral (with thousands commas, a decimal part and letters glued on) not inside a word such as `h100` or
 * `v3`, a word, or a dash. The lookbehind keeps model names and versions out of the numbers.
 */
const TOKEN = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(\p{L}*)|\p{L}+|-/gu;

interface Token {
  start: number;
  end: number;
  /** A numeral's value before any money suffix, or `null` for a word or a dash. */
  value: number | null;
  /** What a money suffix multiplies by ("$10m"): 1 when there is none. */
  scale: number;
  /** A numeral's digits as written, for two-digit year ends ("2024-25"). */
  digits: string;
  text: string;
}

function tokens(folded: string): Token[] {
  const out: Token[] = [];
  for (const m of folded.matchAll(TOKEN)) {
    const start = m.index;
    const end = start + m[0].length;
    const [, integer, decimal = '', suffix = ''] = m;
    if (integer === undefined) {
      out.push({ start, end, value: null, scale: 1, digits: '', text: m[0] });
      continue;
    }
    const digits = integer.replaceAll(',', '');
    // "4x" is a factor of 4 and "29th" day 29; a money suffix scales; other glued letters ("1950s", "5g",
    // "40mm") make a name or a unit we do not compare.
    const scale = suffix === 'x' || /^(|st|nd|rd|th)$/.test(suffix) ? 1 : MONEY_SUFFIX.get(suffix);
    if (scale === undefined || (scale !== 1 && !CURRENCY.test(folded.charAt(start - 1)))) continue;
    out.push({ start, end, value: Number(digits + decimal), scale, digits, text: m[0] });
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
  /** Index of the first token after it. */
  next: number;
  start: number;
  end: number;
  digits: string;
}

/** The quantity starting at token `i`: a numeral or number word, then any scale words ("two hundred thousand"). */
function quantityAt(folded: string, toks: Token[], i: number): Quantity | null {
  const first = toks[i];
  if (!first) return null;
  const base = first.value ?? SMALL_VALUE.get(first.text) ?? SCALE.get(first.text);
  if (base === undefined) return null;
  let scale = first.scale;
  let next = i + 1;
  let last = first;
  for (let t = toks[next]; t && adjacent(folded, last, t); t = toks[next]) {
    const factor = SCALE.get(t.text);
    if (factor === undefined) break;
    scale *= factor;
    last = t;
    next++;
  }
  return { base, scale, next, start: first.start, end: last.end, digits: first.digits };
}

const RANGE_JOINS = new Set(['-', 'to', 'and']);

/** The range `low` starts, if a join ("-", "to", "and") and a larger quantity follow it with only spaces between. */
function rangeFrom(folded: string, toks: Token[], low: Quantity): (NumberMention & { next: number }) | null {
  const before = toks[low.next - 1];
  const join = toks[low.next];
  const after = toks[low.next + 1];
  if (!before || !join || !after || !RANGE_JOINS.has(join.text)) return null;
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
