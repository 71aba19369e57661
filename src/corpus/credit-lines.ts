// Credit lines: where an article's own text names the agency or outlet it comes from, as a copy of a wire story
// keeps it ("MIAMI (Reuters) -", "The Associated Press contributed to this report", "According to Bloomberg, ...").
import type { Article, CreditKind } from './types.ts';

export interface Credit {
  /** The name as the text gives it, less a leading "The". */
  agency: string;
  kind: CreditKind;
}

/** How much each kind of credit counts when choosing a family's original. */
export const CREDIT_STRENGTH: Record<CreditKind, number> = { dateline: 2, contributed: 2, 'according-to': 1 };

/** A name: capitalised words (and `&`, full stops, apostrophes), up to five of them. */
const NAME = String.raw`\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*){0,4}`;
/**
 * At a paragraph's head: a place or a date (up to five words, each capitalised or a number: "MIAMI", "Rome, Jan.
 * 30"), a bracketed name, a dash. A sentence's lower-case words keep out "Shares of Delta (DAL.N) - ...".
 */
const DATELINE = new RegExp(
  String.raw`^(?:[\p{Lu}\p{N}][\p{L}\p{N}.'’]*,?\s+){0,5}\((${NAME})\)\s*[-–—]`,
  'u',
);
const CONTRIBUTED = new RegExp(
  String.raw`(${NAME})\s+contributed(?:\s+reporting)?\s+to\s+this\s+(?:report|story|article)`,
  'u',
);
const ACCORDING_TO = new RegExp(String.raw`\b[Aa]ccording\s+to\s+(${NAME})`, 'u');
/** A dateline is looked for in the first paragraphs only (after a headline, a caption, a date line). */
const DATELINE_PARAGRAPHS = 5;
/** "According to X" credits the article only in its opening: further down it is one fact's source. */
const ACCORDING_PARAGRAPHS = 2;

const bare = (name: string) => name.replace(/^The\s+/u, '').replace(/[.,’']+$/u, '');

/**
 * The article's strongest credit line, or `null`. "According to X" does not count when X is someone the article
 * quotes: then it attributes words, not the article.
 */
export function creditLine(article: Pick<Article, 'text' | 'paragraphs' | 'quotes'>): Credit | null {
  const texts = article.paragraphs.map((p) => article.text.slice(p.start, p.end));
  for (const text of texts.slice(0, DATELINE_PARAGRAPHS)) {
    const found = DATELINE.exec(text)?.[1];
    if (found !== undefined) return { agency: bare(found), kind: 'dateline' };
  }
  for (const text of texts) {
    const found = CONTRIBUTED.exec(text)?.[1];
    if (found !== undefined) return { agency: bare(found), kind: 'contributed' };
  }
  const speakers = new Set(article.quotes.flatMap((q) => (q.speaker === null ? [] : q.speaker.split(/\s+/))));
  const body = article.paragraphs.flatMap((p, i) => (p.kind === 'paragraph' ? [texts[i] ?? ''] : []));
  for (const text of body.slice(0, ACCORDING_PARAGRAPHS)) {
    const found = ACCORDING_TO.exec(text)?.[1];
    if (found !== undefined && !found.split(/\s+/).some((w) => speakers.has(w)))
      return { agency: bare(found), kind: 'according-to' };
  }
  return null;
}
