import { describe, expect, it } from 'vitest';
import { parseStructure } from './parse.ts';
import { dateLine, dateline, statedPublication, urlDate, yearFor } from './published.ts';

describe('dateLine', () => {
  it('reads a line that is a date with labels, a weekday, a time and a zone', () => {
    expect(dateLine('Last Updated : Jan 27 2025 | 9:38 PM IST')).toEqual({ year: 2025, month: 1, day: 27 });
    expect(dateLine('Fri, 19 Jul 2024 18:24:14 PKT')).toEqual({ year: 2024, month: 7, day: 19 });
    expect(dateLine('Published January 28, 2025')).toEqual({ year: 2025, month: 1, day: 28 });
    expect(dateLine('2025-01-30')).toEqual({ year: 2025, month: 1, day: 30 });
  });
  it('leaves a sentence holding a date, a date without a year, and a day that is not real', () => {
    expect(dateLine('The hearing was held on January 29, 2025, in Washington.')).toBeNull();
    expect(dateLine('Jan 27 | 9:38 PM IST')).toBeNull();
    expect(dateLine('Feb 30 2025')).toBeNull();
  });
});

describe('dateline', () => {
  it('reads a wire dateline with or without its place, agency and year', () => {
    expect(dateline('July 19 (Reuters) - A global tech outage')).toEqual({ year: null, month: 7, day: 19 });
    expect(dateline('Rome, Jan. 30 (LaPresse) – The Garante')).toEqual({ year: null, month: 1, day: 30 });
    expect(dateline('Islamabad, Jan 28: NVIDIA Corp recently')).toEqual({ year: null, month: 1, day: 28 });
    expect(dateline('NEW YORK, March 3, 2024 (AP) — Stocks')).toEqual({ year: 2024, month: 3, day: 3 });
  });
  it('leaves a dateline without a date, and a sentence that opens with one', () => {
    expect(dateline('WASHINGTON (Reuters) - CrowdStrike CEO George Kurtz apologized')).toBeNull();
    expect(dateline('January 27 was the worst day for Nvidia.')).toBeNull();
  });
});

describe('urlDate', () => {
  it('reads a day in the path, and nothing else', () => {
    expect(urlDate('https://example.com/tech/2024/07/19/outage-story')).toEqual({
      year: 2024,
      month: 7,
      day: 19,
    });
    expect(urlDate('https://example.com/2025-01-28-story.html')).toEqual({ year: 2025, month: 1, day: 28 });
    expect(urlDate('https://example.com/news/1888014')).toBeNull();
    expect(urlDate('https://example.com/2025/anthropic-ceo')).toBeNull();
    expect(urlDate('https://example.com/2025/13/45/x')).toBeNull();
  });
});

describe('yearFor', () => {
  it('takes the year that puts the day nearest the given one, across a new year too', () => {
    expect(yearFor(1, 28, '2025-01-30')).toBe(2025);
    expect(yearFor(12, 30, '2025-01-02')).toBe(2024);
    expect(yearFor(1, 3, '2024-12-29')).toBe(2025);
  });
});

describe('statedPublication', () => {
  const stated = (text: string, url: string | null = null) =>
    statedPublication(text, parseStructure(text).paragraphs, url);
  it('prefers a date line, then a dateline, then the URL', () => {
    expect(
      stated('Headline here\nJan 27 2025\nJuly 19 (Reuters) - Text.', 'https://x.org/2023/01/02/a'),
    ).toEqual({
      source: 'date-line',
      year: 2025,
      month: 1,
      day: 27,
    });
    expect(stated('Headline here\nJuly 19 (Reuters) - Text.', 'https://x.org/2023/01/02/a')).toMatchObject({
      source: 'dateline',
    });
    expect(stated('Headline here\nText with no date.', 'https://x.org/2023/01/02/a')).toMatchObject({
      source: 'url',
      year: 2023,
    });
    expect(stated('Headline here\nText with no date.')).toBeNull();
  });
});
