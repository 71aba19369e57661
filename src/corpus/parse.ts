// Parse: the structure an author gave a plain-text article — metadata, headlines, headings, list items, credits, paragraphs.
import { parseLeadingDate } from './calendar.ts';
import { dateLine } from './published.ts';
import { trimRange } from './segment.ts';
import type { MetadataField, Paragraph, ParagraphKind, Range } from './types.ts';

export interface Structure {
  metadata: MetadataField[];
  paragraphs: Paragraph[];
  /** Metadata values that look like dates but are not real days (`date 2025-02-30`). */
  badDates: MetadataField[];
}

/** A non-blank stretch of one line, trimmed, and whether a blank line (or the start) comes before it. */
interface Piece extends Range {
  afterBlank: boolean;
  indented: boolean;
}

const DATE_KEYS = /^(date|published|updated|posted|dateline)\b[ \t]*[:=]?[ \t]*/i;
const TEXT_KEYS = /^(title|headline|author|byline|by|source|outlet|publisher|url|link)[ \t]*:[ \t]*(\S.*)$/i;
const LIST_MARKER = /^(?:[-*•▪◦‣]|\d{1,2}[.)])[ \t]+(?=\S)/u;

/** The content ranges of every line, less its line break (`\n`, `\r\n` or `\r`). */
function lineRanges(text: string): Range[] {
  const lines: Range[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let start = 0;
  for (let match = lineBreak.exec(text); match; match = lineBreak.exec(text)) {
    lines.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  lines.push({ start, end: text.length });
  return lines;
}

/** Reads `key value` lines at the top; returns the fields and where the body begins within each line. */
function readMetadata(
  text: string,
  lines: Range[],
): { fields: MetadataField[]; badDates: MetadataField[]; pieces: Piece[] } {
  const fields: MetadataField[] = [];
  const badDates: MetadataField[] = [];
  const pieces: Piece[] = [];
  let inHeader = true;
  let afterBlank = true;
  for (const line of lines) {
    const content = trimRange(text, line.start, line.end);
    if (content.start === content.end) {
      afterBlank = true;
      continue;
    }
    const indented = content.start > line.start;
    let bodyStart = content.start;
    if (inHeader) {
      const field = metadataField(text, content);
      if (field) {
        fields.push(field.field);
        if (field.bad) badDates.push(field.field);
        bodyStart = trimRange(text, field.field.end, content.end).start;
      } else inHeader = false;
      if (bodyStart < content.end) inHeader = false;
    }
    if (bodyStart < content.end) {
      pieces.push({ start: bodyStart, end: content.end, afterBlank, indented });
      afterBlank = false;
    }
  }
  return { fields, badDates, pieces };
}

function metadataField(text: string, content: Range): { field: MetadataField; bad: boolean } | null {
  const line = text.slice(content.start, content.end);
  const dateKey = DATE_KEYS.exec(line);
  if (dateKey) {
    const date = parseLeadingDate(line.slice(dateKey[0].length));
    if (date) {
      const end = content.start + dateKey[0].length + date.length;
      const key = (dateKey[1] ?? '').toLowerCase();
      const raw = line.slice(dateKey[0].length, dateKey[0].length + date.length);
      return { field: { key, value: date.iso ?? raw, start: content.start, end }, bad: date.iso === null };
    }
  }
  const textKey = TEXT_KEYS.exec(line);
  if (textKey) {
    return {
      field: { key: (textKey[1] ?? '').toLowerCase(), value: (textKey[2] ?? '').trim(), ...content },
      bad: false,
    };
  }
  return null;
}

const TERMINAL = /[.!?;:…"”’)\]]$/u;

/**
 * Text saved from a hard-wrapped source (lines of at most ~100 characters, most of which stop mid-sentence) keeps
 * its paragraphs between blank lines; otherwise every line is a paragraph of its own.
 */
function isHardWrapped(text: string, pieces: Piece[]): boolean {
  if (pieces.length < 4) return false;
  let continued = 0;
  let followed = 0;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (!piece) continue;
    if (piece.end - piece.start > 120) return false;
    const next = pieces[i + 1];
    if (next && !next.afterBlank) {
      followed++;
      if (!TERMINAL.test(text.slice(piece.start, piece.end))) continued++;
    }
  }
  return followed > 0 && continued / followed >= 0.5;
}

function words(s: string): number {
  return s.split(/\s+/u).filter(Boolean).length;
}

const OPENS_WITH_QUOTE = /^["“‘'«(]/u;

/** A byline ("By Carmen Reinicke and Cagan Koc", "BY MILCAH TANIMU"): a credit, never a title. */
const BYLINE = /^by\s+\p{Lu}[\p{L}.'’ -]*(?:,[^,]{0,60})?$/iu;

/** Bullets and arrows some pages put before a headline: "• ", "▶ ", "■ ". */
export const LEADING_BULLETS = /^[\p{So}•▪◦‣■□►▶➤*·]+\s*/u;

/** A line that could be a title: short, not a sentence, not a quotation, not a byline or a date line. */
function isTitleLike(line: string, maxWords: number): boolean {
  const s = line.replace(LEADING_BULLETS, '');
  return (
    words(s) <= maxWords &&
    !(BYLINE.test(s) && words(s) <= 10) &&
    dateLine(s) === null &&
    s.length <= 200 &&
    !/[.,;]["”’]?$/u.test(s) &&
    !OPENS_WITH_QUOTE.test(s) &&
    /^[\p{Lu}\p{N}]/u.test(s)
  );
}

function isHeadingLike(s: string): boolean {
  return isTitleLike(s, 12) && s.length <= 100 && !/[!?"”’]$/u.test(s);
}

/** "Dario Amodei, CEO of Anthropic" or "— Dario Amodei" under a pull quote. */
function isCreditLike(s: string): boolean {
  return words(s) <= 12 && /^(?:[—–-]\s*)?\p{Lu}/u.test(s) && !/[.!?:;]$/u.test(s);
}

function isPullQuote(s: string): boolean {
  return /^["“]/u.test(s) && /["”]$/u.test(s);
}

/** Joins pieces into blocks: list items apart, wrapped lines together. */
function blocks(text: string, pieces: Piece[]): Paragraph[] {
  const wrapped = isHardWrapped(text, pieces);
  const result: Paragraph[] = [];
  for (const piece of pieces) {
    const content = text.slice(piece.start, piece.end);
    const marker = LIST_MARKER.exec(content);
    const previous = result[result.length - 1];
    if (marker) {
      result.push({
        kind: 'list-item',
        start: piece.start,
        end: piece.end,
        marker: { start: piece.start, end: piece.start + marker[0].length },
      });
    } else if (previous && !piece.afterBlank && joins(text, previous, piece, wrapped)) {
      previous.end = piece.end;
    } else {
      result.push({ kind: 'paragraph', start: piece.start, end: piece.end });
    }
  }
  return result;
}

function joins(text: string, previous: Paragraph, piece: Piece, wrapped: boolean): boolean {
  if (previous.kind === 'list-item') return piece.indented;
  if (wrapped) return true;
  const before = text.slice(previous.start, previous.end);
  return !TERMINAL.test(before) && /^\p{Ll}/u.test(text.slice(piece.start, piece.end));
}

/** Names each block's kind from its shape and its neighbours. */
function classify(text: string, paragraphs: Paragraph[]): void {
  let inTitles = true;
  let headlines = 0;
  paragraphs.forEach((paragraph, i) => {
    if (paragraph.kind === 'list-item') {
      inTitles = false;
      return;
    }
    const s = text.slice(paragraph.start, paragraph.end);
    const oneLine = !/[\r\n]/.test(s);
    const previous = paragraphs[i - 1];
    const hasNext = i < paragraphs.length - 1;
    let kind: ParagraphKind = 'paragraph';
    if (inTitles && headlines < 3 && hasNext && oneLine && isTitleLike(s, 25)) {
      kind = 'headline';
      headlines++;
    } else if (
      previous?.kind === 'paragraph' &&
      oneLine &&
      isPullQuote(text.slice(previous.start, previous.end)) &&
      isCreditLike(s)
    ) {
      kind = 'attribution';
    } else if (hasNext && oneLine && isHeadingLike(s)) {
      kind = 'heading';
    }
    if (kind !== 'headline') inTitles = false;
    paragraph.kind = kind;
  });
}

/** The metadata and blocks of an article's text, every range exact and none overlapping. */
export function parseStructure(text: string): Structure {
  const { fields, badDates, pieces } = readMetadata(text, lineRanges(text));
  const paragraphs = blocks(text, pieces);
  classify(text, paragraphs);
  return { metadata: fields, paragraphs, badDates };
}
