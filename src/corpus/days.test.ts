import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, weekday, weekSpan } from './days.ts';

describe('day arithmetic', () => {
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
