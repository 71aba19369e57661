import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  dayNumber,
  daysBetween,
  isoDay,
  isoOfDay,
  lastDayOfMonth,
  MONTH_NAME,
  monthNumber,
  parseYmd,
  shortMonth,
  weekday,
  weekSpan,
} from './dates.ts';

describe('month names', () => {
  it('numbers every spelling MONTH_NAME matches, in any case, and nothing else', () => {
    const whole = new RegExp(`^(?:${MONTH_NAME})$`, 'i');
    for (const [name, n] of [
      ['Jan', 1],
      ['january', 1],
      ['MAY', 5],
      ['June', 6],
      ['Sept', 9],
      ['September', 9],
      ['Dec', 12],
    ] as const) {
      expect(whole.test(name), name).toBe(true);
      expect(monthNumber(name), name).toBe(n);
    }
    expect(monthNumber('Smarch')).toBe(0);
  });

  it('takes no lower-case "may" or "march" without the i flag', () => {
    const month = new RegExp(`\\b(?:${MONTH_NAME})\\b`);
    expect(month.test('it may march on')).toBe(false);
    expect(month.test('in March')).toBe(true);
  });

  it('shows months by three letters', () => {
    expect([1, 9, 12].map(shortMonth)).toEqual(['Jan', 'Sep', 'Dec']);
    expect(shortMonth(13)).toBe('');
  });
});

describe('calendar days', () => {
  it('knows real days from impossible ones', () => {
    expect(isoDay(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDay(2025, 2, 29)).toBeNull();
    expect(isoDay(2025, 13, 1)).toBeNull();
    expect(isoDay(999, 1, 1)).toBeNull();
    expect(lastDayOfMonth(2024, 2)).toBe(29);
    expect(lastDayOfMonth(2025, 4)).toBe(30);
  });

  it('reads `YYYY-MM-DD` as numbers, and nothing else', () => {
    expect(parseYmd('2025-01-30')).toEqual({ year: 2025, month: 1, day: 30 });
    expect(parseYmd('2025-02-30')).toBeNull();
    expect(parseYmd('2025-1-30')).toBeNull();
    expect(parseYmd('soon')).toBeNull();
  });
});

describe('day arithmetic', () => {
  it('numbers days from 1970 without a time zone, across month, year and leap days', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2025-01-30') - dayNumber('2025-01-27')).toBe(3);
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2);
    for (const iso of ['1958-06-30', '2024-02-29', '2027-12-31']) expect(isoOfDay(dayNumber(iso))).toBe(iso);
  });

  it('adds days across month, year and leap-day ends, forwards and back', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('1969-12-31', 2)).toBe('1970-01-02');
  });

  it('counts whole days between two days, negative when the second is earlier', () => {
    expect(daysBetween('2024-07-19', '2024-07-23')).toBe(4);
    expect(daysBetween('2025-01-30', '2024-01-30')).toBe(-366);
    expect(Number.isNaN(daysBetween('2025-01-30', 'not a day'))).toBe(true);
  });

  it('names weekdays 0 (Sunday) to 6 (Saturday), before 1970 too', () => {
    expect(weekday('2025-01-30')).toBe(4);
    expect(weekday('2025-01-26')).toBe(0);
    expect(weekday('1969-12-27')).toBe(6);
    expect(weekSpan('2025-01-26')).toEqual({ start: '2025-01-20', end: '2025-01-26' });
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
  });
});
