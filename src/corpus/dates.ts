// Dates: ISO calendar days (`YYYY-MM-DD`), the names of months and weekdays, and the arithmetic the pipeline and
// the timeline need, in UTC so no time zone moves a day.

export const DAY_MS = 86_400_000;

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** Sunday first, as `weekday` counts. */
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * A month's name, full or short, as a regular expression's source (no group, and no full stop after it): `Jan`,
 * `January`, `Sept`, `September`. Capitalised, so that a pattern without the `i` flag never takes "may" or "march".
 */
export const MONTH_NAME = String.raw`Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?`;

const MONTH_STEMS = MONTHS.map((name) => name.slice(0, 3).toLowerCase());

/** 1 to 12 for a month's name as `MONTH_NAME` matches it, in any case ("Sept", "JANUARY"); 0 for anything else. */
export const monthNumber = (name: string): number => MONTH_STEMS.indexOf(name.toLowerCase().slice(0, 3)) + 1;

/** The short name of month 1 to 12, as dates are shown: `Jan`, `Sep`. */
export const shortMonth = (month: number): string => MONTHS[month - 1]?.slice(0, 3) ?? '';

/** A calendar day as numbers: month 1 to 12. */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

const isoOf = (date: Date): string => date.toISOString().slice(0, 10);

const dateOf = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** `YYYY-MM-DD` for a real calendar day, else `null` (2025-02-30 is not one). */
export function isoDay(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return isoOf(date);
}

/** `YYYY-MM-DD` as numbers, or null for anything else (a day that is not a real one too). */
export function parseYmd(iso: string): Ymd | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  return isoDay(year, month, day) === null ? null : { year, month, day };
}

/**
 * Days since 1970-01-01 of an ISO day, and back: remembered, since the timeline weighs many candidate days and
 * a corpus's dates are few.
 */
const serials = new Map<string, number>();
const isos = new Map<number, string>();
const REMEMBERED = 50_000;

/** Days since 1970-01-01 of an ISO day (NaN for anything else). */
export function dayNumber(iso: string): number {
  let n = serials.get(iso);
  if (n === undefined) {
    n = Math.round(dateOf(iso).getTime() / DAY_MS);
    if (!Number.isNaN(n) && serials.size < REMEMBERED) serials.set(iso, n);
  }
  return n;
}

/** The ISO day `n` days after 1970-01-01. */
export function isoOfDay(n: number): string {
  let iso = isos.get(n);
  if (iso === undefined) {
    iso = isoOf(new Date(n * DAY_MS));
    if (isos.size < REMEMBERED) isos.set(n, iso);
  }
  return iso;
}

export function addDays(iso: string, days: number): string {
  return isoOfDay(dayNumber(iso) + days);
}

/** The same day `months` months on, clamped to the month's last day (Mar 31 − 1 month → Feb 28). */
export function addMonths(iso: string, months: number): string {
  const d = dateOf(iso);
  const first = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const last = lastDayOfMonth(first.getUTCFullYear(), first.getUTCMonth() + 1);
  return isoOf(
    new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d.getUTCDate(), last))),
  );
}

/** The last day of month 1 to 12: 28 to 31. */
export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first and last day of a calendar month (month 1–12; months outside roll over into other years). */
export function monthSpan(year: number, month: number): { start: string; end: string } {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const y = first.getUTCFullYear();
  const m = first.getUTCMonth() + 1;
  return { start: isoOf(first), end: isoOf(new Date(Date.UTC(y, m - 1, lastDayOfMonth(y, m)))) };
}

/** 0 for Sunday to 6 for Saturday. */
export const weekday = (iso: string): number => (((dayNumber(iso) + 4) % 7) + 7) % 7; // 1970-01-01: a Thursday

/** The Monday-to-Sunday week holding a day. */
export function weekSpan(iso: string): { start: string; end: string } {
  const start = addDays(iso, -((weekday(iso) + 6) % 7));
  return { start, end: addDays(start, 6) };
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export const daysBetween = (a: string, b: string): number => dayNumber(b) - dayNumber(a);

export const year = (iso: string): number => Number(iso.slice(0, 4));
export const month = (iso: string): number => Number(iso.slice(5, 7));
export const day = (iso: string): number => Number(iso.slice(8, 10));
