// Temporal expressions: the dates an article's sentences mention, each resolved to a span of days with its precision
// and how it is known. chrono-node reads calendar dates in their many spellings; the relative and partial forms news
// text prefers ("Wednesday", "last week", "about a month ago", "9-12 months ago", "November or December",
// "2026-2027") are read here, since chrono resolves them to single days and so claims a precision the text lacks.
import * as chrono from 'chrono-node';
import {
  addDays,
  addMonths,
  isoDay,
  MONTH_NAME,
  MONTHS,
  monthNumber,
  monthSpan,
  month as monthOf,
  weekday,
  WEEKDAYS,
  weekSpan,
  year as yearOf,
} from './dates.ts';
import { numberWord } from './numbers.ts';
import { sentenceAt } from './segment.ts';
import type { DateMention, DatePrecision, DaySpan, Paragraph, Sentence } from './types.ts';

/** A capitalised month name, full or short with an optional point ("Jan.", "Sept"), never "may" or "march". */
const MONTH = String.raw`(?:${MONTH_NAME})\.?`;
/** What a calendar date holds: a month's name, or numbers such as `1/30` or `2025-01`. */
const CALENDAR_HINT = new RegExp(`${MONTH}|\\d{1,4}[-/.]\\d{1,2}`);
const COUNT = String.raw`(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const UNIT = String.raw`(day|week|month|year)s?`;
const HEDGE = String.raw`(?:(about|around|roughly|nearly|almost|some|approximately|more than|over|less than|under)\s+)?`;
const YEAR = String.raw`((?:19|20)\d{2})`;

const count = (word: string) =>
  /^\d+$/.test(word) ? Number(word) : /^an?$/i.test(word) ? 1 : (numberWord(word.toLowerCase()) ?? 1);

/** What an expression means once resolved against a reference day. */
type Resolved = Pick<DateMention, 'span' | 'precision' | 'basis' | 'approximate'>;

/** An expression found in a paragraph, before it is resolved. */
interface Found {
  start: number;
  end: number;
  precision: DatePrecision;
  read: (reference: string | null) => Resolved;
}

/** A date expression found in an article, with how to resolve it against a reference day. */
export interface LocatedDate {
  start: number;
  end: number;
  sentence: number;
  read: (reference: string | null) => Resolved;
}

/** A rule: a pattern, and what a match means against the reference day (`null` when there is none). */
export interface Rule {
  /** What it reads, for the code that treats one rule apart: `weekday`, `month`, `units-ago`. */
  name: string;
  pattern: RegExp;
  /**
   * What every text `pattern` matches in holds, tested far faster than `pattern` is tried at each character: a
   * paragraph without it is not searched.
   */
  needs?: RegExp;
  read: (m: RegExpExecArray, reference: string | null) => Resolved | null;
}

/** What "n units ago" needs, its last word. */
const AGO = /\sago\b/i;

const relative = (
  precision: DatePrecision,
  reference: string | null,
  span: () => DaySpan,
  approximate = false,
) =>
  reference === null
    ? { span: null, precision, basis: 'unresolved' as const, approximate }
    : { span: span(), precision, basis: 'inferred' as const, approximate };

/** The day `n` units before the reference. */
function unitsBefore(reference: string, n: number, unit: string): string {
  if (unit === 'day') return addDays(reference, -n);
  if (unit === 'week') return addDays(reference, -7 * n);
  if (unit === 'month') return addMonths(reference, -n);
  return addMonths(reference, -12 * n);
}

/** How far either side of "n units ago" the day may be: a month ago is not a day; hedged, it is wider still. */
const SLACK: Record<string, number> = { day: 0, week: 3, month: 15, year: 182 };

/** The nearest year in which `month` falls, seen from the reference: "in November", written in January. */
function nearestYear(month: number, reference: string): number {
  const y = yearOf(reference);
  const distance = (candidate: number) => Math.abs((candidate - y) * 12 + month - monthOf(reference));
  return [y - 1, y, y + 1].reduce((best, c) => (distance(c) < distance(best) ? c : best));
}

/** Words that put what follows in the future: "will meet", "is set to vote", "is due to", "plans to". */
const FUTURE =
  /\b(?:will|shall|won['’]t|going to|plans? to|planning to|(?:is|are|was|were)\s+(?:set|scheduled|due|expected|slated|poised)\s+to|upcoming|deadline)\b/i;

/**
 * Whether the expression matched at `m` speaks of the future: a future word among the few words before it in its
 * sentence ("the Senate will vote Wednesday"), or a deadline right after it ("Friday's deadline").
 */
function future(m: RegExpExecArray): boolean {
  let known = futureOf.get(m);
  if (known === undefined) futureOf.set(m, (known = readFuture(m)));
  return known;
}
/** `future`'s answers, since a match is resolved against many candidate reference days. */
const futureOf = new WeakMap<RegExpExecArray, boolean>();

function readFuture(m: RegExpExecArray): boolean {
  const before = m.input.slice(Math.max(0, m.index - 80), m.index);
  const clause = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf(';'), -1) + 1);
  const words = clause.split(/\s+/).slice(-8).join(' ');
  const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 16);
  if (/^(?:['’]s)?\s+deadline\b/i.test(after)) return true;
  const marker = FUTURE.exec(words);
  // "Lutnick, who will lead Commerce, testified Wednesday": a verb in the past after the future word wins.
  return marker !== null && !PAST.test(words.slice(marker.index + marker[0].length));
}

/** A verb in the past tense: a regular one, or one of the irregular verbs news uses most. */
const PAST =
  /\b(?:\p{L}{2,}ed|said|told|met|went|took|gave|made|came|saw|began|rose|fell|hit|sent|spoke|wrote|won|lost|left|held|sold|bought|paid|led|ran|set out|struck|broke|shut|cut|put)\b/iu;

/** The first day of a season (`spring` March, `summer` June, `fall` September, `winter` December) in `y`. */
const SEASON_START: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

/** The season (three months from `first`) that holds a day: its year and first month. */
function seasonOf(day: string): { y: number; first: number } {
  const m = monthOf(day);
  const first = m < 3 ? 12 : m - ((m - 3) % 3);
  return { y: m < 3 ? yearOf(day) - 1 : yearOf(day), first };
}

/** Spans, read before chrono, which would take one end of each for a single date. */
export const SPAN_RULES: Rule[] = [
  // "in 2026-2027", "2024–25": a span of years, stated.
  {
    name: 'year-span',
    pattern: new RegExp(String.raw`\b${YEAR}\s?[-–—/]\s?((?:19|20)\d{2}|\d{2})\b(?![-–/]\d)`, 'g'),
    read: (m) => {
      const from = Number(m[1]);
      const to = (m[2] ?? '').length === 2 ? Math.floor(from / 100) * 100 + Number(m[2]) : Number(m[2]);
      if (!(to > from && to - from <= 20)) return null;
      return {
        span: { start: `${from}-01-01`, end: `${to}-12-31` },
        precision: 'range',
        basis: 'stated',
        approximate: false,
      };
    },
  },
  // "9-12 months ago", "two to three weeks ago".
  {
    name: 'units-ago-span',
    pattern: new RegExp(
      String.raw`\b${HEDGE}(${COUNT})\s?(?:-|–|to|or)\s?(${COUNT})\s+${UNIT}\s+ago\b`,
      'gi',
    ),
    needs: AGO,
    read: (m, reference) => {
      const [low, high] = [count(m[2] ?? ''), count(m[3] ?? '')].sort((a, b) => a - b);
      const unit = (m[4] ?? '').toLowerCase();
      return relative(
        'range',
        reference,
        () => {
          const slack = SLACK[unit] ?? 0;
          return {
            start: addDays(unitsBefore(reference ?? '', high ?? 0, unit), -slack),
            end: addDays(unitsBefore(reference ?? '', low ?? 0, unit), slack),
          };
        },
        m[1] !== undefined,
      );
    },
  },
  // "November or December", "November/December 2024": a span of months.
  {
    name: 'month-span',
    pattern: new RegExp(
      String.raw`\b(${MONTH})\s?(?:or|/|and|to|-|–|through)\s?(${MONTH})(?:,?\s+${YEAR})?\b`,
      'g',
    ),
    read: (m, reference) => {
      const from = monthNumber(m[1] ?? '');
      const to = monthNumber(m[2] ?? '');
      const stated = m[3] !== undefined;
      const span = (endYear: number) => {
        const startYear = to < from ? endYear - 1 : endYear;
        return { start: monthSpan(startYear, from).start, end: monthSpan(endYear, to).end };
      };
      if (stated)
        return { span: span(Number(m[3])), precision: 'range', basis: 'stated', approximate: false };
      return relative('range', reference, () => span(nearestYear(to, reference ?? '')));
    },
  },
  // "spring 2025", "late summer of 2024".
  {
    name: 'season-of-year',
    pattern: new RegExp(
      String.raw`\b(?:(early|mid|late)[- ])?(spring|summer|autumn|fall|winter)\s+(?:of\s+)?${YEAR}\b`,
      'gi',
    ),
    needs: /spring|summer|autumn|fall|winter/i,
    read: (m) => {
      const y = Number(m[3]);
      const first = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 }[
        (m[2] ?? '').toLowerCase() as 'spring'
      ];
      return {
        span: { start: monthSpan(y, first).start, end: monthSpan(y, first + 2).end },
        precision: 'season',
        basis: 'stated',
        approximate: false,
      };
    },
  },
];

/** The other forms, read after chrono's calendar dates. */
export const RULES: Rule[] = [
  // "about a month ago", "three days ago".
  {
    name: 'units-ago',
    pattern: new RegExp(String.raw`\b${HEDGE}(${COUNT})\s+${UNIT}\s+ago\b`, 'gi'),
    needs: AGO,
    read: (m, reference) => {
      const unit = (m[3] ?? '').toLowerCase();
      const hedged = m[1] !== undefined;
      const precision: DatePrecision =
        unit === 'day' && !hedged ? 'day' : unit === 'day' ? 'week' : (unit as DatePrecision);
      return relative(
        precision,
        reference,
        () => {
          const center = unitsBefore(reference ?? '', count(m[2] ?? ''), unit);
          const slack =
            Math.round((SLACK[unit] ?? 0) * (hedged ? 1.5 : 1)) + (hedged && unit === 'day' ? 1 : 0);
          return { start: addDays(center, -slack), end: addDays(center, slack) };
        },
        hedged,
      );
    },
  },
  // "this week", "last month", "next year", "the past week".
  {
    name: 'this-unit',
    pattern: /\b(this|last|next|past)\s+(week|month|year)\b/gi,
    read: (m, reference) => {
      const which = (m[1] ?? '').toLowerCase();
      const unit = (m[2] ?? '').toLowerCase() as 'week' | 'month' | 'year';
      return relative(unit, reference, () => {
        const ref = reference ?? '';
        if (which === 'past') {
          const days = unit === 'week' ? 7 : unit === 'month' ? 30 : 365;
          return { start: addDays(ref, -days), end: addDays(ref, -1) };
        }
        const step = which === 'last' ? -1 : which === 'next' ? 1 : 0;
        if (unit === 'week') return weekSpan(addDays(ref, 7 * step));
        if (unit === 'month') {
          const shifted = addMonths(`${ref.slice(0, 7)}-01`, step);
          return monthSpan(yearOf(shifted), monthOf(shifted));
        }
        const y = yearOf(ref) + step;
        return { start: `${y}-01-01`, end: `${y}-12-31` };
      });
    },
  },
  // "today", "yesterday", "tomorrow".
  {
    name: 'day-word',
    pattern: /\b(today|yesterday|tomorrow)\b(?!['’]s)/gi,
    read: (m, reference) => {
      const shift = { today: 0, yesterday: -1, tomorrow: 1 }[(m[1] ?? '').toLowerCase() as 'today'] ?? 0;
      return relative('day', reference, () => {
        const day = addDays(reference ?? '', shift);
        return { start: day, end: day };
      });
    },
  },
  // "over the weekend", "last weekend", "this weekend", "next weekend": a Saturday and Sunday.
  {
    name: 'weekend',
    pattern: /\b(?:(last|this|next|past)\s+|(?:over|during|on|at)\s+the\s+)weekend\b/gi,
    needs: /weekend/i,
    read: (m, reference) => {
      const which = (m[1] ?? '').toLowerCase();
      return relative('range', reference, () => {
        const ref = reference ?? '';
        const toSaturday = (6 - weekday(ref) + 7) % 7;
        // The weekend just past: the latest Saturday before the reference (the same weekend on its Sunday).
        let saturday = addDays(ref, -((weekday(ref) + 1) % 7 || 7));
        if (which === 'next') saturday = addDays(ref, toSaturday || 7);
        else if (which === 'this' || (which === '' && future(m)))
          saturday = weekday(ref) === 0 ? addDays(ref, -1) : addDays(ref, toSaturday);
        return { start: saturday, end: addDays(saturday, 1) };
      });
    },
  },
  // "Wednesday", "Monday's", "last Tuesday", "Wednesday (Jan. 29)": calendar dates after a weekday are chrono's,
  // and merged. Said of the past, the latest such day on or before the reference; of the future ("will vote
  // Wednesday", "Friday's deadline"), the first on or after it.
  {
    name: 'weekday',
    pattern: new RegExp(String.raw`\b(?:(last|this|next)\s+)?(${WEEKDAYS.join('|')})\b`, 'g'),
    read: (m, reference) => {
      const target = WEEKDAYS.indexOf(m[2] ?? '');
      const which = (m[1] ?? '').toLowerCase();
      const ahead = which === 'next' || (which === '' && future(m));
      return relative('day', reference, () => {
        const ref = reference ?? '';
        const back = (weekday(ref) - target + 7) % 7;
        const forward = (target - weekday(ref) + 7) % 7;
        const day = ahead
          ? addDays(ref, which === 'next' ? forward || 7 : forward)
          : addDays(ref, -(which === 'last' && back === 0 ? 7 : back));
        return { start: day, end: day };
      });
    },
  },
  // "after five days of delays", "for two weeks of talks": that many days, up to the reference.
  {
    name: 'days-of',
    pattern: new RegExp(
      String.raw`(?<=\b(?:after|for|over|following)\s+)(${COUNT})\s+(day|week)s?(?=\s+of\b)`,
      'gi',
    ),
    needs: /(?:day|week)s?\s+of\b/i,
    read: (m, reference) => {
      const days = count(m[1] ?? '') * ((m[2] ?? '').toLowerCase() === 'week' ? 7 : 1);
      if (days < 2 || days > 60) return null;
      return relative('range', reference, () => ({
        start: addDays(reference ?? '', 1 - days),
        end: reference ?? '',
      }));
    },
  },
  // "in recent weeks", "in recent months", "in recent days": the last few of them, up to the reference.
  {
    name: 'recent',
    pattern: /\b(?:in|over|during)\s+(?:the\s+)?recent\s+(day|week|month|year)s\b/gi,
    needs: /recent/i,
    read: (m, reference) => {
      const unit = (m[1] ?? '').toLowerCase();
      const precision: DatePrecision = unit === 'day' ? 'week' : (unit as DatePrecision);
      return relative(
        precision,
        reference,
        () => {
          const ref = reference ?? '';
          const start = unit === 'day' ? addDays(ref, -7) : unitsBefore(ref, unit === 'week' ? 4 : 3, unit);
          return { start, end: ref };
        },
        true,
      );
    },
  },
  // "last fall", "this spring", "next summer": a season (three months) relative to the one holding the reference.
  {
    name: 'this-season',
    pattern: /\b(last|this|next|past)\s+(spring|summer|autumn|fall|winter)\b/gi,
    read: (m, reference) => {
      const which = (m[1] ?? '').toLowerCase();
      const first = SEASON_START[(m[2] ?? '').toLowerCase()] ?? 3;
      return relative(
        'season',
        reference,
        () => {
          const now = seasonOf(reference ?? '');
          // "this": the season under way, else the one of the reference's calendar year.
          let y = which === 'this' && first !== now.first ? yearOf(reference ?? '') : now.y;
          const order = (f: number) => (f === 12 ? 4 : f / 3);
          const cmp = order(first) - order(now.first);
          if (which === 'last' || which === 'past') y -= cmp < 0 ? 0 : 1;
          else if (which === 'next') y += cmp > 0 ? 0 : 1;
          return { start: monthSpan(y, first).start, end: monthSpan(y, first + 2).end };
        },
        true,
      );
    },
  },
  // "September", "in May", "last October": a month without a day or year (chrono claims those). Said of the past,
  // the latest such month begun by the reference; of the future ("will ship in September"), the next from it.
  // "March" and "May" are verbs and a modal too: only after a word that makes them months.
  {
    name: 'month',
    pattern: new RegExp(
      String.raw`\b(?:(in|since|by|until|till|last|this|next|early|late|mid-?|of|from|through|during|before|after)\s+)?(${MONTHS.join('|')})\b(?![\s.,]*\d)`,
      'g',
    ),
    read: (m, reference) => {
      const before = (m[1] ?? '').toLowerCase();
      const month = monthNumber(m[2] ?? '');
      if ((month === 3 || month === 5) && before === '') return null;
      // "April Ryan said": a first name, not a month.
      if (before === '' && /^\s+\p{Lu}\p{Ll}/u.test(m.input.slice(m.index + m[0].length))) return null;
      const ahead = before === 'next' || (before !== 'last' && future(m));
      return relative('month', reference, () => {
        const ref = reference ?? '';
        let y = yearOf(ref);
        const now = monthOf(ref);
        if (before === 'this') y = yearOf(ref);
        else if (ahead) y += month > now || (month === now && before !== 'next') ? 0 : 1;
        else y -= month < now || (month === now && before !== 'last') ? 0 : 1;
        return monthSpan(y, month);
      });
    },
  },
  // "in 2024", "during early 2026", "around 2030": a year, stated; the range is the year alone. Only after words
  // that place something in the year ("before 2030" is not a date in 2030).
  {
    name: 'year',
    pattern: new RegExp(
      String.raw`(?<=\b(in|during|of|from|around|circa|since)\s+(?:(?:early|late|mid-?)\s*)?)${YEAR}\b(?![-–/]\d|,\d)`,
      'gi',
    ),
    needs: /(?:19|20)\d{2}/,
    read: (m) => ({
      span: { start: `${m[2]}-01-01`, end: `${m[2]}-12-31` },
      precision: 'year',
      basis: 'stated',
      approximate: /^(?:around|circa)$/i.test(m[1] ?? ''),
    }),
  },
];

/**
 * Calendar dates as chrono reads them in `[from, to)`: a month with a day or a year ("Jan. 29", "March 12, 2026",
 * "2025-01-30", "1/30/2025"). Stated when the year is written; otherwise the year is the month's nearest to the
 * reference day.
 */
function chronoDates(text: string, from: number, to: number): Found[] {
  return chrono.en.parse(text.slice(from, to), { timezone: 0 }).flatMap((result): Found[] => {
    const c = result.start;
    if (!c.isCertain('month') || !(c.isCertain('day') || c.isCertain('year'))) return [];
    // chrono reads "march" (the verb) and "may" (the modal) as months; news capitalises month names.
    if (/\b(?:march|may)\b/.test(result.text)) return [];
    // Relative forms ("12 months ago", "last week", "now") are read by the rules here, at their true precision.
    if (!CALENDAR_HINT.test(result.text)) return [];
    const month = c.get('month') ?? 1;
    const day = c.isCertain('day') ? (c.get('day') ?? 1) : null;
    const statedYear = c.isCertain('year') ? (c.get('year') ?? null) : null;
    const precision: DatePrecision = day === null ? 'month' : 'day';
    const read = (reference: string | null): Resolved => {
      const year = statedYear ?? (reference === null ? null : nearestYear(month, reference));
      const iso = year === null || day === null ? null : isoDay(year, month, day);
      const span =
        year === null ? null : day === null ? monthSpan(year, month) : iso && { start: iso, end: iso };
      if (!span) return { span: null, precision, basis: 'unresolved', approximate: false };
      return { span, precision, basis: statedYear === null ? 'inferred' : 'stated', approximate: false };
    };
    // The weekday chrono may have swallowed ("Friday, March 6") is kept in the text range; the day is the date's.
    const lead = /^(?:on|at|in|by)\s+/iu.exec(result.text)?.[0].length ?? 0;
    return [
      {
        start: from + result.index + lead,
        end: from + result.index + result.text.replace(/[\s,.]+$/u, '').length,
        precision,
        read,
      },
    ];
  });
}

/**
 * The longest stretch chrono reads at once. Its refiners look back over all the text before each date it finds, so
 * a longer paragraph is read in stretches of this length (far longer than any paragraph of an article).
 */
const CHRONO_STRETCH = 4000;
/** Text read either side of a stretch, so that a date across its edges is read whole and in its context. */
const CHRONO_CONTEXT = 200;

/** The first white space at or after `at` (before `to`, and within CHRONO_CONTEXT), else `at`: where to cut. */
function cutNear(text: string, at: number, to: number): number {
  for (let i = at; i < Math.min(to, at + CHRONO_CONTEXT); i++) if (/\s/u.test(text.charAt(i))) return i;
  return at;
}

/**
 * chrono's calendar dates in `[from, to)`, read in stretches of CHRONO_STRETCH characters cut at white space, each
 * with CHRONO_CONTEXT characters around it; a stretch keeps the dates that start in it, so time stays linear.
 */
function calendarDates(text: string, from: number, to: number): Found[] {
  if (to - from <= CHRONO_STRETCH) return chronoDates(text, from, to);
  const dates: Found[] = [];
  for (let start = from, end; start < to; start = end) {
    end = cutNear(text, Math.min(to, start + CHRONO_STRETCH), to);
    const read = chronoDates(
      text,
      Math.max(from, start - CHRONO_CONTEXT),
      Math.min(to, end + CHRONO_CONTEXT),
    );
    for (const date of read) {
      const previous = dates[dates.length - 1];
      if (date.start >= start && date.start < end && (!previous || previous.end <= date.start))
        dates.push(date);
    }
  }
  return dates;
}

/** A weekday followed by its date in brackets or after a comma: "Wednesday (Jan. 29)", "Tuesday, Jan. 28". */
const WEEKDAY_THEN_DATE = /\s*[(,]\s*/uy;

/**
 * A paragraph's found dates, with the characters they claim and each by where it starts, so that whether a match is
 * free, and which date follows a weekday, take no search of the dates found before it: that search took the square
 * of their number ("last week" 100,000 times on one line).
 */
class Claims {
  readonly found: Found[] = [];
  private readonly taken: Uint8Array;
  private readonly byStart = new Map<number, Found>();

  constructor(length: number) {
    this.taken = new Uint8Array(length);
  }

  /** Whether no found date holds a character of `range`. */
  free(range: { start: number; end: number }): boolean {
    for (let i = range.start; i < range.end; i++) if (this.taken[i]) return false;
    return true;
  }

  /** Keeps `date`, claiming its characters. */
  add(date: Found): void {
    this.found.push(date);
    this.byStart.set(date.start, date);
    this.taken.fill(1, date.start, date.end);
  }

  /** The day-precise date after a weekday ending at `end`, past a bracket or a comma: "Wednesday (Jan. 29)". */
  dateAfterWeekday(text: string, end: number): Found | undefined {
    WEEKDAY_THEN_DATE.lastIndex = end;
    if (!WEEKDAY_THEN_DATE.test(text)) return undefined;
    const date = this.byStart.get(WEEKDAY_THEN_DATE.lastIndex);
    return date?.precision === 'day' ? date : undefined;
  }

  /** Moves the start of `date` back to `start` (a weekday's), and its end to `end`, claiming what it gains. */
  extend(date: Found, start: number, end: number): void {
    this.byStart.delete(date.start);
    date.start = start;
    date.end = end;
    this.byStart.set(start, date);
    this.taken.fill(1, start, end);
  }
}

/**
 * The date expressions of one paragraph's text, in the order found, each with how to resolve it against a reference
 * day. Rules run in order and an earlier match claims its characters: spans first, then chrono's calendar dates, then
 * the rest. What a paragraph holds hangs on its text alone (a rule reads no further), so that a paragraph repeated
 * word for word is read once.
 */
function paragraphDates(text: string): Found[] {
  const claims = new Claims(text.length);
  const apply = (rules: readonly Rule[]) => {
    for (const rule of rules) {
      if (rule.needs && !rule.needs.test(text)) continue;
      for (const m of text.matchAll(rule.pattern)) {
        const range = { start: m.index, end: m.index + m[0].length };
        if (!claims.free(range)) continue;
        // Whether a match is a date at all (a span of years running forwards) does not hang on the reference.
        const probe = rule.read(m as RegExpExecArray, null);
        if (!probe) continue;
        // "Wednesday (Jan. 29)": one mention, dated by the calendar date.
        const date = rule.name === 'weekday' ? claims.dateAfterWeekday(text, range.end) : undefined;
        if (date) {
          const bracketed = text.slice(range.end, date.start).includes('(') && text.charAt(date.end) === ')';
          claims.extend(date, range.start, bracketed ? date.end + 1 : date.end);
        } else
          claims.add({
            ...range,
            precision: probe.precision,
            read: (reference) => rule.read(m as RegExpExecArray, reference) ?? probe,
          });
      }
    }
  };
  apply(SPAN_RULES);
  // chrono reads every word; a paragraph with no month name and no numeric date holds nothing it may keep.
  if (CALENDAR_HINT.test(text)) {
    const calendar = calendarDates(text, 0, text.length).filter((date) => claims.free(date));
    for (const date of calendar) claims.add(date);
  }
  apply(RULES);
  return claims.found;
}

/**
 * Dates found in paragraphs already read, by the paragraph's text, from its start: wire copies and syndicated
 * articles repeat paragraphs word for word. One map serves a whole corpus.
 */
export type ReadParagraphs = Map<string, readonly Found[]>;

/**
 * The date expressions of an article's paragraphs (metadata lines are not text), in order, each with how to resolve
 * it against a reference day (see `paragraphDates`). `paragraphsRead` holds the paragraphs read before, and gains
 * these.
 */
export function locateDates(
  text: string,
  paragraphs: readonly Paragraph[],
  sentences: readonly Sentence[],
  paragraphsRead: ReadParagraphs = new Map(),
): LocatedDate[] {
  const located: Found[] = [];
  for (const paragraph of paragraphs) {
    const from = paragraph.marker ? paragraph.marker.end : paragraph.start;
    const slice = text.slice(from, paragraph.end);
    let found = paragraphsRead.get(slice);
    if (!found) paragraphsRead.set(slice, (found = paragraphDates(slice)));
    // one by one: a spread of 100,000 overflows the stack
    for (const date of found) located.push({ ...date, start: from + date.start, end: from + date.end });
  }
  return located
    .sort((a, b) => a.start - b.start)
    .map(({ start, end, read }) => ({ start, end, sentence: sentenceAt(sentences, start), read }));
}

/** Located dates resolved against `reference` (the article's reference day, or `null`: relative ones stay unresolved). */
export function resolveLocated(located: readonly LocatedDate[], reference: string | null): DateMention[] {
  return located.map(({ start, end, sentence, read }) => ({ start, end, sentence, ...read(reference) }));
}

/** The date expressions of an article, resolved against `reference` (see `locateDates`). */
export function findDates(
  text: string,
  paragraphs: readonly Paragraph[],
  sentences: readonly Sentence[],
  reference: string | null,
): DateMention[] {
  return resolveLocated(locateDates(text, paragraphs, sentences), reference);
}
