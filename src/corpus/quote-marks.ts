// Quotation marks: where the quoted spans of a paragraph are, in double or single marks, straight or curly, as
// news text really writes them (styles mixed, marks mis-paired, a quote left open at the paragraph's end).
import { matchesOf } from './regexp-matches.ts';
import type { Range } from './types.ts';

/** A quoted span: `outer` with its marks, `inner` the words between them (a mark may be missing at either end). */
export interface QuotedSpan {
  outer: Range;
  inner: Range;
}

const DOUBLE_OPENERS = new Set(['“', '„', '«']);
const DOUBLE_CLOSERS = new Set(['”', '»']);
const STRAIGHT = '"';
const SINGLES = ['‘', '’', "'", '‛'];
/** Any double or any single mark: the only characters the scans below act on, so they skip to them. */
const DOUBLE_MARK = new RegExp(`[${[...DOUBLE_OPENERS, ...DOUBLE_CLOSERS, STRAIGHT].join('')}]`, 'g');
const SINGLE_MARK = new RegExp(`[${SINGLES.join('')}]`, 'g');
const SPACE = /\s/u;
const WORDISH = /[\p{L}\p{N}]/u;
/** What may stand before an opening mark: nothing, a space, or opening punctuation. */
const BEFORE_OPENER = /[\s([{—–\-/“„«"]/u;
/** What may follow a closing mark: nothing, a space, or punctuation that ends a clause. */
const AFTER_CLOSER = /[\s.,;:!?)\]}—–\-”»"…]/u;
/** A single mark that opens an elision, not a quote: ’90s, ’n’ (rock ’n’ roll), ’til, ’em, ’tis. */
const ELISION = /^(?:\d0s|\d\d\b|n['’‘]\s|(?:til|em|tis|twas|cause)\b)/iu;

const canCloseAt = (text: string, i: number, to: number) =>
  i + 1 >= to || AFTER_CLOSER.test(text.charAt(i + 1));

/** A straight double mark opens a quote after a space or opening punctuation and before a word: not `6" pipe`. */
function canOpenDouble(text: string, i: number, from: number, to: number): boolean {
  const next = text.charAt(i + 1);
  if (i + 1 >= to || SPACE.test(next)) return false;
  return i === from || !/[\p{L}\p{N}.,;!?)\]]/u.test(text.charAt(i - 1));
}

/**
 * The positions in `[from, to)` of the characters `marks` matches, in order: found by the expression's native scan,
 * not by reading every character in script, as most of a paragraph is not a mark.
 */
function markPositions(marks: RegExp, text: string, from: number, to: number): number[] {
  return matchesOf(marks, text.slice(from, to)).map((match) => from + match.index);
}

/** The last non-space position before `to`, plus one. */
function trimEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && SPACE.test(text.charAt(end - 1))) end--;
  return end;
}

/**
 * Double-quoted spans in `[from, to)`. A curly or straight opener may be closed by either style; a quote nested in
 * the other style stays inside; a curly opener met again before any closer restarts the quote (the first never
 * closed); a quote still open at the end runs to the end (news style: a quote running on to the next paragraph).
 */
function doubleSpans(text: string, from: number, to: number): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let open = -1;
  let style: 'curly' | 'straight' | null = null;
  let nested = false;
  const close = (i: number) => {
    spans.push({ outer: { start: open, end: i + 1 }, inner: { start: open + 1, end: i } });
    style = null;
    nested = false;
  };
  for (const i of markPositions(DOUBLE_MARK, text, from, to)) {
    const c = text.charAt(i);
    if (DOUBLE_OPENERS.has(c)) {
      // Inside a straight quote a curly one is nested; a second curly opener means the first never closed.
      if (style === 'straight') nested = true;
      else {
        open = i;
        style = 'curly';
        nested = false;
      }
    } else if (DOUBLE_CLOSERS.has(c)) {
      if (style === 'straight' && nested) nested = false;
      else if (style !== null) close(i);
    } else if (c === STRAIGHT) {
      const before = text.charAt(i - 1);
      if (style === null) {
        if (canOpenDouble(text, i, from, to)) {
          open = i;
          style = 'straight';
        }
      } else if (style === 'straight') {
        if (i > from && !SPACE.test(before)) close(i);
      } else if (nested) nested = false;
      else if (canOpenDouble(text, i, from, to) && (i === from || SPACE.test(before))) nested = true;
      else if (!SPACE.test(before) && canCloseAt(text, i, to)) close(i); // “…" closed in the other style
    }
  }
  if (style !== null) {
    const end = trimEnd(text, open, to);
    if (end > open + 1) spans.push({ outer: { start: open, end }, inner: { start: open + 1, end } });
  }
  return spans;
}

/** A single mark at `i` that can open a quote: after a space or opening punctuation, before a word, no elision. */
function canOpenSingle(text: string, i: number, from: number, to: number): boolean {
  if (i + 1 >= to || SPACE.test(text.charAt(i + 1))) return false;
  if (i > from && !BEFORE_OPENER.test(text.charAt(i - 1))) return false;
  return !ELISION.test(text.slice(i + 1, i + 6));
}

/**
 * A single mark at `i` that can close a quote: after a word or punctuation and before a space or punctuation, so
 * not an apostrophe inside a word (don't, Nvidia's); not the apostrophe of a plural possessive (`users’ data`).
 */
function canCloseSingle(text: string, i: number, from: number, to: number): boolean {
  if (i === from || SPACE.test(text.charAt(i - 1))) return false;
  if (!canCloseAt(text, i, to)) return false;
  return !(/s/iu.test(text.charAt(i - 1)) && /^\s+\p{L}/u.test(text.slice(i + 1, i + 3)));
}

/** Where the sentence after `at` starts, before `to`, or -1. */
function nextSentenceStart(text: string, at: number, to: number): number {
  const match = /[.!?]['’‘"”]?\s+(?=["“‘'’]?\p{Lu})/u.exec(text.slice(at, to));
  return match ? at + match.index + match[0].length : -1;
}

/**
 * Single-quoted spans in `[from, to)`, which holds no double quote (and ends the paragraph when `paragraphEnds`). Any single mark may open or close (writers
 * pair ‘ with ‘ or ’ with '), by where it stands. A quote still open at the end is dropped (most likely an
 * apostrophe); a closing mark at the very end of a paragraph that has quoted in single marks before, with no
 * opener, closes a quote whose opener was lost: from the start of the sentence after the last quote.
 */
function singleSpans(
  text: string,
  from: number,
  to: number,
  quotedBefore: boolean,
  paragraphEnds: boolean,
): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let open = -1;
  let lastEnd = from;
  // Where the paragraph's closing run of spaces and stops begins: a lost opener's closer must stand just before it.
  let tail = to;
  while (tail > from && /[\s.!?…]/u.test(text.charAt(tail - 1))) tail--;
  for (const i of markPositions(SINGLE_MARK, text, from, to)) {
    if (open >= 0 && canCloseSingle(text, i, from, to)) {
      if (WORDISH.test(text.slice(open + 1, i))) {
        spans.push({ outer: { start: open, end: i + 1 }, inner: { start: open + 1, end: i } });
        lastEnd = i + 1;
      }
      open = -1;
    } else if (canOpenSingle(text, i, from, to)) open = i;
    else if (
      open < 0 &&
      paragraphEnds &&
      (quotedBefore || spans.length > 0) &&
      i + 1 >= tail &&
      canCloseSingle(text, i, from, to)
    ) {
      const start = nextSentenceStart(text, lastEnd, i);
      if (start >= 0 && WORDISH.test(text.slice(start, i)))
        spans.push({ outer: { start, end: i + 1 }, inner: { start, end: i } });
    }
  }
  return spans;
}

/** The quoted spans of `[from, to)` (one paragraph), in text order, never overlapping. */
export function quotedSpans(text: string, from: number, to: number): QuotedSpan[] {
  const doubles = doubleSpans(text, from, to);
  const spans: QuotedSpan[] = [];
  let cursor = from;
  let singles = 0;
  const gap = (end: number) => {
    const found = singleSpans(text, cursor, end, singles > 0, end === to);
    singles += found.length;
    spans.push(...found);
  };
  for (const span of doubles) {
    gap(span.outer.start);
    spans.push(span);
    cursor = span.outer.end;
  }
  gap(to);
  return spans;
}
