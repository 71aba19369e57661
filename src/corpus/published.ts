// Publication dates an article states of itself, beyond a metadata line: a date line near the top ("Last Updated :
// Jan 27 2025 | 9:38 PM IST", "Fri, 19 Jul 2024 18:24:14 PKT"), a wire dateline opening one of the first paragraphs
// ("July 19 (Reuters) -", "Rome, Jan. 30 (LaPresse) –", "Islamabad, Jan 28:"), or a date in the URL's path
// (`/2024/07/19/`). A dateline may leave out the year; the corpus supplies it (see `yearFor`).
import {
  day as dayOf,
  isoDay,
  MONTH_NAME,
  month as monthOf,
  monthNumber,
  year as yearOf,
  type Ymd,
} from './dates.ts';
import type { Paragraph } from './types.ts';

/** A publication date found in the text or URL; `year` is `null` when a dateline leaves it out. */
export interface StatedPublication {
  source: 'date-line' | 'dateline' | 'url';
  year: number | null;
  month: number;
  day: number;
}

const MONTH = String.raw`(${MONTH_NAME})\.?`;
const WEEKDAY = String.raw`(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|rsday|urday|sday)?\.?,?\s+)?`;

/** A full date with its year, as date lines write it: "Jan 27 2025", "January 27, 2025", "19 Jul 2024", "2025-01-27". */
const FULL_DATES: { pattern: RegExp; parts: (m: RegExpExecArray) => [number, number, number] }[] = [
  {
    pattern: new RegExp(String.raw`${WEEKDAY}${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'i'),
    parts: (m) => [Number(m[3]), monthNumber(m[1] ?? ''), Number(m[2])],
  },
  {
    pattern: new RegExp(String.raw`${WEEKDAY}(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH},?\s+(\d{4})\b`, 'i'),
    parts: (m) => [Number(m[3]), monthNumber(m[2] ?? ''), Number(m[1])],
  },
  { pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/, parts: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
];

/** What may stand beside the date on a date line: labels, times, time zones, separators. */
const DATE_LINE_REST =
  /^(?:[\s|,:;•·–—-]|(?:last|updated?|published|posted|first|modified|on|at|date|am|pm|a\.m\.|p\.m\.|[A-Z]{2,5}|\d{1,2}[:.]\d{2}(?::\d{2})?|[+-]\d{2}:?\d{2})\b)*$/iu;

/** A line that is a date and little else, with a year: the date line many pages put under the headline. */
export function dateLine(line: string): Ymd | null {
  if (line.length > 80) return null;
  for (const { pattern, parts } of FULL_DATES) {
    const m = pattern.exec(line);
    if (!m) continue;
    const rest = line.slice(0, m.index) + ' ' + line.slice(m.index + m[0].length);
    if (!DATE_LINE_REST.test(rest)) return null;
    const [year, month, day] = parts(m);
    return isoDay(year, month, day) ? { year, month, day } : null;
  }
  return null;
}

/**
 * A wire dateline opening a paragraph: an optional place in capitals or title case, the month and day (perhaps a
 * year), an optional agency in brackets, then a dash or colon: "July 19 (Reuters) -", "Rome, Jan. 30 (LaPresse) –".
 */
const DATELINE = new RegExp(
  String.raw`^(?:[\p{Lu}][\p{L}.'’ -]{1,40},\s+)?${MONTH}\s+(\d{1,2})(?:,?\s+(\d{4}))?\s*(?:\([^()]{2,40}\)\s*)?[-–—:]\s`,
  'u',
);

export function dateline(paragraph: string): { year: number | null; month: number; day: number } | null {
  const m = DATELINE.exec(paragraph);
  if (!m) return null;
  const month = monthNumber(m[1] ?? '');
  const day = Number(m[2]);
  const year = m[3] === undefined ? null : Number(m[3]);
  // February 29 is a real day in some year: check against a leap year when the year is not given.
  return isoDay(year ?? 2024, month, day) ? { year, month, day } : null;
}

/** A day in the URL's path: `/2024/07/19/`, `/2025-01-28-`, `/20250128/`. */
export function urlDate(url: string): Ymd | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /(?:^|\/)((?:19|20)\d{2})([/-]?)(\d{2})\2(\d{2})(?=$|[/_.-])/.exec(path);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[3]), Number(m[4])];
  return isoDay(year, month, day) ? { year, month, day } : null;
}

/** How many paragraphs from the top a date line or dateline may sit (headline, standfirst, caption, byline…). */
const TOP = 8;

/** The publication date the article states of itself, if any: a date line, then a dateline, then the URL. */
export function statedPublication(
  text: string,
  paragraphs: readonly Paragraph[],
  url: string | null,
): StatedPublication | null {
  const top = paragraphs.slice(0, TOP).map((p) => text.slice(p.start, p.end));
  for (const line of top) {
    const found = dateLine(line);
    if (found) return { source: 'date-line', ...found };
  }
  for (const paragraph of top) {
    const found = dateline(paragraph);
    if (found) return { source: 'dateline', ...found };
  }
  const fromUrl = url === null ? null : urlDate(url);
  return fromUrl ? { source: 'url', ...fromUrl } : null;
}

/**
 * The year of a dateline that leaves it out: the one that puts its month and day nearest `near` (a day the corpus
 * or the article gives), so "Jan 28" written near 2025-01-30 is 2025, and "Dec 30" near 2025-01-02 is 2024.
 */
export function yearFor(month: number, day: number, near: string): number {
  const y = yearOf(near);
  const distance = (candidate: number) =>
    Math.abs((candidate - y) * 372 + (month - monthOf(near)) * 31 + day - dayOf(near));
  return [y - 1, y, y + 1].reduce((best, c) => (distance(c) < distance(best) ? c : best));
}
