// Days: ISO calendar days (`YYYY-MM-DD`) and the arithmetic the timeline needs, in UTC so no time zone moves a day.

const DAY_MS = 86_400_000;

/** The ISO day `YYYY-MM-DD` of a UTC date. */
export const isoOf = (date: Date): string => date.toISOString().slice(0, 10);

/** The UTC midnight of an ISO day. */
export const dateOf = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/**
 * Days since 1970-01-01 of an ISO day, and back: remembered, since the timeline weighs many candidate days and
 * a corpus's dates are few.
 */
const serials = new Map<string, number>();
const isos = new Map<number, string>();
const REMEMBERED = 50_000;

function serialOf(iso: string): number {
  let n = serials.get(iso);
  if (n === undefined) {
    n = Math.round(dateOf(iso).getTime() / DAY_MS);
    if (!Number.isNaN(n) && serials.size < REMEMBERED) serials.set(iso, n);
  }
  return n;
}

function isoOfSerial(n: number): string {
  let iso = isos.get(n);
  if (iso === undefined) {
    iso = isoOf(new Date(n * DAY_MS));
    if (isos.size < REMEMBERED) isos.set(n, iso);
  }
  return iso;
}

export function addDays(iso: string, days: number): string {
  return isoOfSerial(serialOf(iso) + days);
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
export const weekday = (iso: string): number => (((serialOf(iso) + 4) % 7) + 7) % 7; // 1970-01-01: a Thursday

/** The Monday-to-Sunday week holding a day. */
export function weekSpan(iso: string): { start: string; end: string } {
  const start = addDays(iso, -((weekday(iso) + 6) % 7));
  return { start, end: addDays(start, 6) };
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export const daysBetween = (a: string, b: string): number => serialOf(b) - serialOf(a);

export const year = (iso: string): number => Number(iso.slice(0, 4));
export const month = (iso: string): number => Number(iso.slice(5, 7));
