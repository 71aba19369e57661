// Calendar: whole dates written out in text ("2025-01-30", "Jan. 30, 2025", "30 January 2025") as ISO days.

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/** `YYYY-MM-DD` for a real calendar day, else `null` (2025-02-30 is not one). */
export function isoDay(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return date.toISOString().slice(0, 10);
}

const MONTH_NAME =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const LEADING_FORMS: { pattern: RegExp; parts: (m: RegExpExecArray) => [string, string, string] }[] = [
  {
    pattern: /^(\d{4})-(\d{2})-(\d{2})(?![\d-])(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?/,
    parts: (m) => [m[1] ?? '', m[2] ?? '', m[3] ?? ''],
  },
  {
    pattern: new RegExp(`^${MONTH_NAME}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i'),
    parts: (m) => [m[3] ?? '', m[1] ?? '', m[2] ?? ''],
  },
  {
    pattern: new RegExp(`^(\\d{1,2})\\s+${MONTH_NAME}\\s+(\\d{4})\\b`, 'i'),
    parts: (m) => [m[3] ?? '', m[2] ?? '', m[1] ?? ''],
  },
];

function monthNumber(name: string): number {
  return /^\d+$/.test(name) ? Number(name) : (MONTHS[name.toLowerCase().replace('.', '')] ?? 0);
}

/**
 * A date at the very start of `s`: its length, and its ISO day, or `iso: null` when it looks like a date but
 * is not a real day. `null` when `s` does not open with a date at all.
 */
export function parseLeadingDate(s: string): { iso: string | null; length: number } | null {
  for (const { pattern, parts } of LEADING_FORMS) {
    const match = pattern.exec(s);
    if (!match) continue;
    const [year, month, day] = parts(match);
    return { iso: isoDay(Number(year), monthNumber(month), Number(day)), length: match[0].length };
  }
  return null;
}
