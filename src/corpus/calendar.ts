// Calendar: whole dates written out in text ("2025-01-30", "Jan. 30, 2025", "30 January 2025") as ISO days.
import { isoDay, MONTH_NAME, monthNumber } from './dates.ts';

const LEADING_FORMS: { pattern: RegExp; parts: (m: RegExpExecArray) => [number, number, number] }[] = [
  {
    pattern: /^(\d{4})-(\d{2})-(\d{2})(?![\d-])(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?/,
    parts: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
  },
  {
    pattern: new RegExp(`^(${MONTH_NAME})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i'),
    parts: (m) => [Number(m[3]), monthNumber(m[1] ?? ''), Number(m[2])],
  },
  {
    pattern: new RegExp(`^(\\d{1,2})\\s+(${MONTH_NAME})\\.?\\s+(\\d{4})\\b`, 'i'),
    parts: (m) => [Number(m[3]), monthNumber(m[2] ?? ''), Number(m[1])],
  },
];

/**
 * A date at the very start of `s`: its length, and its ISO day, or `iso: null` when it looks like a date but
 * is not a real day. `null` when `s` does not open with a date at all.
 */
export function parseLeadingDate(s: string): { iso: string | null; length: number } | null {
  for (const { pattern, parts } of LEADING_FORMS) {
    const match = pattern.exec(s);
    if (!match) continue;
    const [year, month, day] = parts(match);
    return { iso: isoDay(year, month, day), length: match[0].length };
  }
  return null;
}
