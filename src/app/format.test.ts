import { describe, expect, it } from 'vitest';
import {
  countOf,
  derivedTitleNote,
  formatDate,
  dateParts,
  dateText,
  formatDateRange,
  formatNumber,
  outletName,
  publishedBasis,
  safeHref,
} from './format.ts';

describe('formatDate', () => {
  it('writes day, short month and year', () => {
    expect(formatDate('2025-01-30')).toBe('30 Jan 2025');
    expect(formatDate('1999-12-01')).toBe('1 Dec 1999');
  });

  it('shows a value that is not a date unchanged', () => {
    expect(formatDate('2025-13-01')).toBe('2025-13-01');
    expect(formatDate('2025-02-30')).toBe('2025-02-30');
    expect(formatDate('soon')).toBe('soon');
  });
});

describe('formatDateRange', () => {
  it('shares what the two ends have in common', () => {
    expect(formatDateRange('2025-01-30', '2025-01-30')).toBe('30 Jan 2025');
    expect(formatDateRange('2025-01-27', '2025-01-30')).toBe('27–30 Jan 2025');
    expect(formatDateRange('2025-01-30', '2025-02-02')).toBe('30 Jan – 2 Feb 2025');
    expect(formatDateRange('2024-12-30', '2025-01-02')).toBe('30 Dec 2024 – 2 Jan 2025');
  });
});

describe('dateParts and dateText', () => {
  it('writes a day, a week, whole months and whole years as briefly as stays true', () => {
    expect(dateParts({ start: '2025-01-29', end: '2025-01-29' })).toEqual([
      { dateTime: '2025-01-29', text: '29 Jan 2025' },
    ]);
    expect(dateText({ start: '2025-01-27', end: '2025-02-02' })).toBe('27 Jan – 2 Feb 2025');
    expect(dateText({ start: '2025-01-20', end: '2025-01-26' })).toBe('20–26 Jan 2025');
    expect(dateParts({ start: '2024-11-01', end: '2024-12-31' })).toEqual([
      { dateTime: '2024-11', text: 'Nov' },
      { dateTime: '2024-12', text: 'Dec 2024' },
    ]);
    expect(dateText({ start: '2024-11-01', end: '2024-11-30' })).toBe('Nov 2024');
    expect(dateText({ start: '2024-12-01', end: '2025-01-31' })).toBe('Dec 2024 – Jan 2025');
    expect(dateParts({ start: '2026-01-01', end: '2027-12-31' })).toEqual([
      { dateTime: '2026-01-01', text: '2026' },
      { dateTime: '2027-12-31', text: '2027' },
    ]);
    expect(dateText({ start: '2026-01-01', end: '2027-12-31' })).toBe('2026–2027');
    expect(dateText({ start: '1958-01-01', end: '1958-12-31' })).toBe('1958');
    expect(dateText({ start: '2024-12-07', end: '2025-01-22' })).toBe('7 Dec 2024 – 22 Jan 2025');
    expect(dateText({ start: '2024-02-01', end: '2024-02-29' })).toBe('Feb 2024');
  });
});

describe('numbers and counts', () => {
  it('groups thousands and pluralises', () => {
    expect(formatNumber(2291)).toBe('2,291');
    expect(countOf(1, 'word')).toBe('1 word');
    expect(countOf(0, 'word')).toBe('0 words');
    expect(countOf(12000, 'entry', 'entries')).toBe('12,000 entries');
  });
});

describe('publishedBasis and derivedTitleNote', () => {
  it('say how a date or a title is known', () => {
    expect(publishedBasis('sources.json')).toBe('from sources.json');
    expect(publishedBasis('metadata')).toBe('from the text’s metadata line');
    expect(publishedBasis('file-name')).toBe('from the file name');
    expect(publishedBasis(null)).toBe('undated');
    expect(derivedTitleNote('url')).toBe('Title taken from the URL');
    expect(derivedTitleNote('first-sentence')).toBe('Title taken from the first sentence');
    expect(derivedTitleNote('headline')).toBeNull();
    expect(derivedTitleNote('sources.json')).toBeNull();
  });
});

describe('safeHref', () => {
  it('keeps http and https links only', () => {
    expect(safeHref('https://example.com/a?b#c')).toBe('https://example.com/a?b#c');
    expect(safeHref('http://example.com')).toBe('http://example.com');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref(' JavaScript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,hi')).toBeNull();
    expect(safeHref('not a url')).toBeNull();
    expect(safeHref(null)).toBeNull();
  });
});

describe('outletName', () => {
  it('never leaves the outlet blank', () => {
    expect(outletName({ outlet: 'Maginative' })).toBe('Maginative');
    expect(outletName({ outlet: null })).toBe('Unknown outlet');
  });
});
