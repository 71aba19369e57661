// Segment: split paragraphs into sentences with exact ranges; headlines, headings, list items and credits stay whole.
import type { Paragraph, Range, Sentence } from './types.ts';

// Unicode's sentence rules (UAX #29, through ICU) handle quotes, brackets, decimals and "?!"; they only lack
// a list of English abbreviations, which the repair below supplies.
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Titles and short forms that are never the end of a sentence when a name or number follows. */
const ALWAYS_JOINED = new Set(
  (
    'mr mrs ms mx dr prof sr jr st sen rep gov gen lt col capt cpt sgt maj adm rev hon pres supt insp det ' +
    'vs v no nos fig figs approx dept est vol ch pp p e.g i.e cf al ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mt ft'
  ).split(' '),
);

/** Short forms that end a sentence as often as not: joined unless the next word usually opens a sentence. */
const JOINED_UNLESS_OPENER = new Set('inc corp co ltd llc plc bros etc a.m p.m'.split(' '));

/** Words that usually open a sentence, so a preceding "U.S." or "Inc." most likely ended one. */
const SENTENCE_OPENERS = new Set(
  (
    'the a an it its he she they we i you this that these those there here his her their our my ' +
    'but and so or yet still now then also however meanwhile instead indeed in on at as after before ' +
    'while when where what why how who if although though since because for with without by from'
  ).split(' '),
);

const INITIALISM = /^(?:\p{Lu}\.){2,}$/u; // U.S., U.K., E.U.
const INITIAL = /^\p{Lu}\.$/u; // the J. in Donald J. Trump

/** Does a sentence that ends with `lastWord` (its final full stop included) run on into one that opens with `nextWord`? */
function runsOn(lastWord: string, nextWord: string): boolean {
  const bare = lastWord.replace(/^[("'“‘[]+/u, '');
  const lower = bare.slice(0, -1).toLowerCase();
  const opener = SENTENCE_OPENERS.has(nextWord.toLowerCase());
  if (ALWAYS_JOINED.has(lower)) return /^[\p{Lu}\p{N}$€£]/u.test(nextWord);
  if (INITIALISM.test(bare) || INITIAL.test(bare) || JOINED_UNLESS_OPENER.has(lower)) return !opener;
  return false;
}

const CHUNK = 2000;
/** Characters before a window's own stretch that the segmenter sees, so a boundary there has its context. */
const MARGIN = 200;

/** `[from, to)` of `text` as the segmenter is given it (see `splitSentences`). */
const unwrapped = (text: string, from: number, to: number) => text.slice(from, to).replace(/[\r\n]/g, ' ');

/**
 * The sentence boundary to cut `[from, end)` at: the last one within CHUNK characters of `from`, else the first
 * after that; `null` when there is none. It is found in windows of about 2 × CHUNK characters, trusting a boundary
 * only where the window holds a CHUNK of text after it (Unicode's rules look ahead over digits and punctuation),
 * so the work per character stays bounded however the text runs.
 */
function nextBreak(text: string, from: number, end: number): number | null {
  for (let own = from; own < end; own += CHUNK) {
    const last = own + CHUNK >= end ? end : own + CHUNK;
    const start = own === from ? from : own - MARGIN;
    let cut: number | null = null;
    for (const piece of segmenter.segment(unwrapped(text, start, Math.min(end, own + 2 * CHUNK)))) {
      const at = start + piece.index;
      if (at <= own) continue;
      if (at > last || (at > from + CHUNK && cut !== null)) break;
      cut = at;
    }
    if (cut !== null) return cut;
  }
  return null;
}

/**
 * `[start, end)` cut at sentence boundaries into stretches of about CHUNK characters. V8's sentence segmenter
 * takes time proportional to its input's length for every sentence in it, so a megabyte-long paragraph of short
 * sentences must reach it in pieces.
 */
function chunks(text: string, start: number, end: number): Range[] {
  const result: Range[] = [];
  let from = start;
  for (let to; end - from > CHUNK && (to = nextBreak(text, from, end)) !== null; from = to)
    result.push({ start: from, end: to });
  result.push({ start: from, end });
  return result;
}

/** Sentence ranges inside `[start, end)` of `text`, trimmed of surrounding white space. */
export function splitSentences(text: string, start: number, end: number): Range[] {
  const ranges: Range[] = [];
  for (const chunk of chunks(text, start, end)) {
    // Unicode's rules end a sentence at every line break; inside a paragraph a break is a wrapped line, so it
    // goes to the segmenter as a space (one for one, so every offset still points into the text).
    for (const piece of segmenter.segment(unwrapped(text, chunk.start, chunk.end))) {
      const from = chunk.start + piece.index;
      const trimmed = trimRange(text, from, from + piece.segment.length);
      if (trimmed.start === trimmed.end) continue;
      const previous = ranges[ranges.length - 1];
      if (previous && continues(text, previous, trimmed)) previous.end = trimmed.end;
      else ranges.push(trimmed);
    }
  }
  return ranges;
}

/** The most of a word read at a sentence's edge: a longer one is no abbreviation, and the repair stays linear. */
const EDGE = 100;

/** Does the sentence `next` continue `previous`, which ended at an abbreviation ("Jan. 29", "Dr. Smith")? */
function continues(text: string, previous: Range, next: Range): boolean {
  const tail = text.slice(Math.max(previous.start, previous.end - EDGE), previous.end);
  const last = /\S+$/u.exec(tail)?.[0] ?? '';
  if (!last.endsWith('.')) return false;
  const head = text.slice(next.start, Math.min(next.end, next.start + EDGE));
  const first = /^[\p{L}\p{N}$€£]+/u.exec(head)?.[0] ?? '';
  return first !== '' && runsOn(last, first);
}

const SPACE = /\s/u;

/** `[start, end)` less white space at either end. */
export function trimRange(text: string, start: number, end: number): Range {
  while (start < end && SPACE.test(text.charAt(start))) start++;
  while (end > start && SPACE.test(text.charAt(end - 1))) end--;
  return { start, end };
}

/** The sentences of every paragraph, in text order; only running prose is split. */
export function segment(text: string, paragraphs: Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, index) => {
    const start = paragraph.marker ? paragraph.marker.end : paragraph.start;
    if (paragraph.kind !== 'paragraph') {
      const whole = trimRange(text, start, paragraph.end);
      if (whole.start < whole.end) sentences.push({ ...whole, paragraph: index });
      return;
    }
    for (const range of splitSentences(text, start, paragraph.end))
      sentences.push({ ...range, paragraph: index });
  });
  return sentences;
}

/** The index of the sentence holding `at` (or the first after it, for a mark between sentences). */
export function sentenceAt(sentences: readonly Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid]?.end ?? 0) <= at) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo);
}
