// Figures: the quantities a sentence states (amounts of money, percentages, counts of things), each normalised and with
// the words around it, so that two sentences' figures can be paired by what they measure and compared.
import { fold } from './fold.ts';
import { findNumbers } from './numbers.ts';
import { WORD } from './passages.ts';
import { contentWords } from './words.ts';
import type { Range } from './types.ts';

/** What a figure measures: money (`amount`), a share (`percent`), or a count of something (`number`). */
export type FigureKind = 'amount' | 'percent' | 'number';

/** A figure in a sentence. Its range is relative to the text it was read from. */
export interface Figure extends Range {
  kind: FigureKind;
  /**
   * What it is counted in: the currency sign for an amount, `%` for a percentage, the stem of the noun after it for
   * a count ("417 flights" → `flight`). Two figures are compared only when their kind and unit agree.
   */
  unit: string;
  low: number;
  high: number;
  /** Half the step of its last significant digit: "589 billion" is 589 ± 0.5 billion, "600 billion" 600 ± 50. */
  slack: number;
  /** Hedged ("about", "nearly", "as much as", "less than"): agrees with any figure `FIGURE_TOLERANCE` away. */
  hedged: boolean;
  /** A sum of several things' figures ("a combined $800 billion", "in total"): not any one thing's figure. */
  sum: boolean;
  /** The figure as the page shows it: "$465 billion", "13%", "8.5 million devices". */
  value: string;
  /** Stemmed content words near it, and its direction ("fell" `-`, "rose" `+`): what it is a figure of. */
  anchors: string[];
}

/** How many words each side of a figure say what it measures. */
const ANCHOR_WINDOW = 8;

/** Words that hedge the figure after them, as folded text ends before it. */
const HEDGE =
  /\b(?:about|around|roughly|nearly|almost|approximately|some|over|under|more than|less than|fewer than|at least|at most|up to|as much as|as many as|close to|just over|just under|an estimated|estimated)\s*(?:us|usd)?\s*[$£€¥]?$/;
/** A percentage's sign or word right after its number. */
const PERCENT = /^\s*(?:%|percent\b|per cent\b|pc\b|percentage points?\b)/;
const SUFFIX = new Map([
  ['bn', 1e9],
  ['mn', 1e6],
  ['tn', 1e12],
  ['trillion', 1e12],
]);
/** A clock time: digits with a colon ("05:30", "8:52"), or followed by a time of day or a time zone ("0530 GMT"). */
const CLOCK_AFTER =
  /^(?::\d|\s*(?:a\.?m\b|p\.?m\b|gmt\b|utc\b|et\b|pt\b|bst\b|cet\b|ist\b|hrs\b|hours? gmt))/;
/** Words that make a figure a sum of several things' ("a combined $800 billion", "$5 billion in total"). */
const SUM_BEFORE =
  /\b(?:combined|total|totalling|totaling|together|collectively|altogether|aggregate)\b\W+(?:\w+\W+)?$/;
const SUM_AFTER = /^\W+(?:in total|in all|altogether|combined|together|between them)\b/;
/** A rank ("No. 1", "number 2"), not a quantity. */
const RANK_BEFORE = /\b(?:no\.|number|#)\s*$/;

/**
 * Verbs and nouns of change by direction: generic English, not a story's words. Two figures of a rise, or of a
 * fall, measure alike even in other words ("tumbled 13 %" and "plummeted 18 %").
 */
const FALL =
  /^(?:fall|falls|fell|fallen|falling|drop|declin|plung|plummet|tumbl|slump|sank|sink|slid|slide|lose|loses|losing|lost|loss|shed|shedding|wip(?:e|ed|es|ing)$|eras(?:e|ed|es|ing)$|cut|cuts|cutting|down$|dip(?:s|ped|ping)?$|crash|shrink|shrank)/;
const RISE =
  /^(?:rise|rises|rose|risen|rising|gain|jump|surg|climb|soar|rall(?:y|ied|ies)$|increas|grow|grew|up$|boost|add(?:s|ed|ing)?$|spik(?:e|ed|es)$|rebound)/;

/** Significant-digit slack of a numeral as written, times the scale it stands for. */
function slackOf(digits: string, scaleFactor: number): number {
  const [whole = '', decimals = ''] = digits.split('.');
  if (decimals !== '') return (0.5 * scaleFactor) / 10 ** decimals.length;
  // Trailing zeros of a whole number are not significant: "600" is a round figure, within 50.
  const zeros = /0*$/.exec(whole)?.[0].length ?? 0;
  return 0.5 * scaleFactor * 10 ** Math.min(zeros, Math.max(0, whole.length - 1));
}

/** "465000000000" as "465 billion", "5580000" as "5.58 million", small ones as they are. */
function showNumber(n: number): string {
  for (const [size, name] of [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ] as const)
    if (Math.abs(n) >= size) return `${String(Number((n / size).toPrecision(6)))} ${name}`;
  return String(Number(n.toPrecision(12)));
}

function directionOf(word: string): string | null {
  if (FALL.test(word)) return '-';
  if (RISE.test(word)) return '+';
  return null;
}

/**
 * What a value at `start`–`end` of folded text is a value of: the stemmed content words and directions of the
 * `ANCHOR_WINDOW` words each side of it.
 */
export function anchorsAround(folded: string, start: number, end: number): string[] {
  const [from, to] = windowAround(folded, start, end, ANCHOR_WINDOW);
  return anchorsIn(folded, from, start).concat(anchorsIn(folded, end, to));
}

/** The words of `folded` from `from` to `to`, as anchors: stemmed content words and directions. */
function anchorsIn(folded: string, from: number, to: number): string[] {
  const part = folded.slice(Math.max(0, from), Math.max(0, to));
  const directions = [...part.matchAll(WORD)].flatMap(([w]) => directionOf(w) ?? []);
  return [...contentWords(part), ...directions];
}

/** Word boundaries around a position: where the `n`th word before it starts and the `n`th word after it ends. */
function windowAround(folded: string, start: number, end: number, n: number): [number, number] {
  const starts = [...folded.slice(0, start).matchAll(WORD)].map((m) => m.index);
  const after = [...folded.slice(end).matchAll(WORD)];
  const last = after[Math.min(n, after.length) - 1];
  return [starts[Math.max(0, starts.length - n)] ?? start, last ? end + last.index + last[0].length : end];
}

/**
 * The figures of a sentence's text, leaving out what is not a quantity to compare: numbers inside `skip` (the
 * sentence's date expressions, such as "July 19" or "9-12 months ago"), clock times, ranks ("No. 1"), bare years,
 * and counts with no noun after them to say what they count.
 */
export function figuresOf(text: string, skip: readonly Range[] = []): Figure[] {
  const folded = fold(text);
  const figures: Figure[] = [];
  for (const mention of findNumbers(folded)) {
    const { start } = mention;
    let { low, high } = mention;
    let { end } = mention;
    if (skip.some((r) => r.start < end && start < r.end)) continue;
    const before = folded.slice(0, start);
    const after = folded.slice(end);
    if (CLOCK_AFTER.test(after) || /\d:$/.test(before) || RANK_BEFORE.test(before)) continue;
    const hedge = HEDGE.exec(before);
    const percent = PERCENT.exec(after);
    const currency = /(?:\b(?:us|usd)\s?)?[$£€¥]$/.exec(before);
    // Money written short after a space ("$465 bn"), or in trillions, which the number parser does not scale.
    const suffix = currency ? /^\s?(bn|mn|tn|trillion)\b/.exec(after) : null;
    const factor = suffix ? (SUFFIX.get(suffix[1] ?? '') ?? 1) : 1;
    if (suffix) end += suffix[0].length;
    let kind: FigureKind;
    let unit: string;
    let shownUnit = '';
    if (currency) [kind, unit] = ['amount', before.slice(-1)];
    else if (percent) {
      [kind, unit] = ['percent', '%'];
      end += percent[0].length;
    } else {
      // A year alone ("in 2023", "since 1957") is a date, read by the date finder when it is one.
      if (low === high && low >= 1800 && low <= 2100 && /^\d{4}(?!\d)/.test(folded.slice(start))) continue;
      // The noun it counts: the first word after it, or the second when the first is a name ("8.5 million Windows
      // devices"), since the name says whose things they are, not what.
      const noun = /^\s+(\p{L}+)(?:\s+(\p{L}+))?/u.exec(after);
      const first = noun?.[1] ?? '';
      const named = /^\p{Lu}/u.test(text.slice(end).trimStart()) && noun?.[2] !== undefined;
      const word = named ? (noun?.[2] ?? '') : first;
      const stem = contentWords(word)[0];
      if (noun === null || stem === undefined) continue;
      const nounEnd = end + (named ? noun[0].length : noun[0].indexOf(first) + first.length);
      [kind, unit, shownUnit] = ['number', stem, ` ${word}`];
      end = nounEnd;
    }
    const written = text.slice(start, mention.end);
    const digits = /[\d.,]+/.exec(written)?.[0].replaceAll(',', '') ?? '';
    const base = Number(digits);
    // The scale a written figure stands for ("5.58 million" → 1e6); number words ("two") are exact.
    const scale = (digits !== '' && base > 0 ? low / base : 1) * factor;
    const slack = digits === '' ? 0 : slackOf(digits, low === high ? scale : factor);
    [low, high] = [low * factor, high * factor];
    const amount = low === high ? showNumber(low) : `${showNumber(low)}–${showNumber(high)}`;
    const shown =
      kind === 'amount' ? `${unit}${amount}` : kind === 'percent' ? `${amount}%` : `${amount}${shownUnit}`;
    const from = hedge ? hedge.index : currency ? currency.index : start;
    figures.push({
      start: from,
      end,
      kind,
      unit,
      low,
      high,
      slack,
      hedged: hedge !== null,
      sum: SUM_BEFORE.test(folded.slice(0, from)) || SUM_AFTER.test(folded.slice(end)),
      value: hedge
        ? `${fold(text.slice(hedge.index, start)).replace(/\s*(?:us|usd)?\s*[$£€¥]?$/, '')} ${shown}`
        : shown,
      anchors: anchorsAround(folded, start, end),
    });
  }
  return figures;
}

/** Whether two figures can be the same figure, as rounded or hedged: within the looser one's slack. */
export function figuresAgree(a: Figure, b: Figure, tolerance: number): boolean {
  if (a.low !== a.high || b.low !== b.high) return a.low <= b.high + b.slack && b.low <= a.high + a.slack;
  let room = Math.max(a.slack, b.slack);
  if (a.hedged || b.hedged) room = Math.max(room, tolerance * Math.max(Math.abs(a.low), Math.abs(b.low)));
  return Math.abs(a.low - b.low) <= room * (1 + 1e-9);
}
