// The timeline's time axis, pure: days as numbers, the axis broken into segments where nothing happens for a long
// while (so a dense January stays readable beside a two-year forecast), each segment's share of the width, its
// ticks, and where a span of days falls on it.
import type { DaySpan } from '../../corpus/types.ts';
import { DAY_MS, dayNumber, isoOfDay, shortMonth } from '../../corpus/client.ts';

/** A span no longer than this (in days) is "narrow": it pins a moment down, and sets where the axis is dense. */
export const NARROW_DAYS = 62;
/** Narrow spans further apart than this (in days) go on segments of their own. */
export const GAP_DAYS = 45;

/** A day's parts as `Date` counts them (month 0 to 11, so that months add up as whole numbers of years). */
function partsOf(day: number): { year: number; month: number; date: number; weekday: number } {
  const d = new Date(day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth(), date: d.getUTCDate(), weekday: d.getUTCDay() };
}

const monthStart = (year: number, month: number) => Math.round(Date.UTC(year, month, 1) / DAY_MS);

export interface Tick {
  /** Where the tick is: the start of this day. */
  day: number;
  iso: string;
  /** Short: the coarsest unit that changes there (`2025` at a new year, `Feb` at a new month, else `27`). */
  label: string;
  /** A new year or month: drawn stronger, and labelled even where minor labels are hidden. */
  major: boolean;
}

export interface Segment {
  /** The stretch of the axis, in days: `[from, to)`, a little wider than what is on it. */
  from: number;
  to: number;
  /** The first and last day of what is on it. */
  first: number;
  last: number;
  /** How many rows have something on it: its claim on the width. */
  rows: number;
}

export interface Axis {
  segments: Segment[];
}

interface Interval {
  start: number;
  /** Exclusive. */
  end: number;
}

const toInterval = (span: DaySpan): Interval => ({
  start: dayNumber(span.start),
  end: dayNumber(span.end) + 1,
});
const overlaps = (a: Interval, b: Interval) => a.start < b.end && b.start < a.end;

/** Intervals sorted and joined where they overlap or lie within `gap` days of each other. */
function cluster(intervals: Interval[], gap: number): Interval[] {
  const sorted = [...intervals].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Interval[] = [];
  for (const next of sorted) {
    const last = out[out.length - 1];
    if (last && next.start - last.end <= gap) last.end = Math.max(last.end, next.end);
    else out.push({ ...next });
  }
  return out;
}

/**
 * The axis for rows of spans. Narrow spans (a day, a week, a month or two) set where the axis is dense: they are
 * clustered, and a gap of more than `GAP_DAYS` breaks the axis. A wide span ("2026-2027", "9-12 months ago")
 * that overlaps such a cluster is drawn clipped to it; the wide spans that overlap none get segments of their own.
 * Each segment counts the rows that have something on it.
 */
export function buildAxis(rows: readonly (readonly DaySpan[])[]): Axis {
  const all = rows.map((spans) => spans.map(toInterval));
  const flat = all.flat();
  const narrow = cluster(
    flat.filter((i) => i.end - i.start <= NARROW_DAYS),
    GAP_DAYS,
  );
  const wide = cluster(
    flat.filter((i) => i.end - i.start > NARROW_DAYS && !narrow.some((n) => overlaps(n, i))),
    0,
  );
  // Clusters of either kind a week or less apart are one segment: a break there would only cost width.
  const clusters = cluster([...narrow, ...wide], 7);
  const segments = clusters.map((c): Segment => {
    const length = c.end - c.start;
    const pad = Math.max(2, Math.round(length * 0.04));
    return {
      from: c.start - pad,
      to: c.end + pad,
      first: c.start,
      last: c.end - 1,
      rows: all.filter((spans) => spans.some((i) => overlaps(i, c))).length,
    };
  });
  return { segments };
}

/** A segment's claim on the width: one share for being there, one per row on it. */
export function segmentWeight(segment: Segment): number {
  return 1 + segment.rows;
}

/**
 * Pixel widths for segments of these weights sharing `available` pixels, none narrower than `min` (unless there
 * is not room for that, when they share equally). Rounded down to whole pixels.
 */
export function segmentWidths(weights: readonly number[], available: number, min: number): number[] {
  const n = weights.length;
  if (n === 0) return [];
  if (available <= n * min) return weights.map(() => Math.floor(available / n));
  const fixed = new Set<number>();
  for (;;) {
    const free = available - fixed.size * min;
    const total = weights.reduce((sum, w, i) => (fixed.has(i) ? sum : sum + w), 0);
    const widths = weights.map((w, i) => (fixed.has(i) ? min : (free * w) / total));
    const under = widths.findIndex((w, i) => !fixed.has(i) && w < min);
    if (under === -1) return widths.map(Math.floor);
    fixed.add(under);
  }
}

/** One piece of a span drawn on one segment: its left edge and width in percent of the segment. */
export interface Placement {
  segment: number;
  left: number;
  width: number;
  /** The span goes on before or after the segment: drawn open at that end. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

/** Where a span falls on the axis: a piece per segment it overlaps. */
export function place(axis: Axis, span: DaySpan): Placement[] {
  const i = toInterval(span);
  const out: Placement[] = [];
  axis.segments.forEach((segment, index) => {
    // A span going on past what is on the segment stops there, short of the padding (and of a neighbour's).
    const from = i.start < segment.first ? segment.first : Math.max(i.start, segment.from);
    const to = i.end > segment.last + 1 ? segment.last + 1 : Math.min(i.end, segment.to);
    if (to <= from) return;
    const length = segment.to - segment.from;
    out.push({
      segment: index,
      left: ((from - segment.from) / length) * 100,
      width: ((to - from) / length) * 100,
      clippedStart: i.start < segment.first,
      clippedEnd: i.end > segment.last + 1,
    });
  });
  return out;
}

/** Where a day's start is on its segment, in percent. */
export function offsetOf(segment: Segment, day: number): number {
  return ((day - segment.from) / (segment.to - segment.from)) * 100;
}

type Unit =
  | { kind: 'day'; days: number }
  | { kind: 'week'; days: number }
  | { kind: 'month'; months: number }
  | { kind: 'year'; years: number };

const UNITS: Unit[] = [
  { kind: 'day', days: 1 },
  { kind: 'week', days: 7 },
  ...[1, 3, 6].map((months) => ({ kind: 'month' as const, months })),
  ...[1, 2, 5, 10, 25, 50, 100].map((years) => ({ kind: 'year' as const, years })),
];

const unitDays = (unit: Unit) =>
  unit.kind === 'month' ? unit.months * 30.44 : unit.kind === 'year' ? unit.years * 365.25 : unit.days;

/** Where each tick of a unit falls in `[from, to)`. */
function tickDays(unit: Unit, from: number, to: number): number[] {
  const days: number[] = [];
  if (unit.kind === 'day') for (let d = from; d < to; d++) days.push(d);
  else if (unit.kind === 'week') {
    // Mondays.
    const start = from + ((8 - partsOf(from).weekday) % 7);
    for (let d = start; d < to; d += 7) days.push(d);
  } else {
    const step = unit.kind === 'month' ? unit.months : unit.years * 12;
    const p = partsOf(from);
    let index = p.year * 12 + p.month;
    index = Math.ceil(index / step) * step;
    for (;;) {
      const d = monthStart(Math.floor(index / 12), index % 12);
      if (d >= to) break;
      if (d >= from) days.push(d);
      index += step;
    }
  }
  return days;
}

function labelOf(day: number): { label: string; major: boolean } {
  const p = partsOf(day);
  if (p.month === 0 && p.date === 1) return { label: String(p.year), major: true };
  if (p.date === 1) return { label: shortMonth(p.month + 1), major: true };
  return { label: String(p.date), major: false };
}

/** Roughly how many pixels a tick's label takes, with the space after it: 7 px a character at 0.75 rem. */
const labelWidth = (label: string) => label.length * 7 + 6;

/**
 * Ticks for a segment drawn `width` pixels wide, on the days it holds: the finest unit whose ticks are at least
 * `spacing` pixels apart. A day's or week's tick gives way to a month start where their labels would touch. A
 * segment too short for any tick gets one on its first day, labelled with the day and month.
 */
export function ticksFor(segment: Segment, width: number, spacing = 36): Tick[] {
  const perDay = width / (segment.to - segment.from);
  const unit = UNITS.find((u) => unitDays(u) * perDay >= spacing) ?? UNITS[UNITS.length - 1];
  if (!unit) return [];
  // Ticks within what is on the segment: one in the padding past its end would suggest a day that is not there.
  const end = segment.last + 1;
  let days = tickDays(unit, segment.first, end);
  if (unit.kind === 'day' || unit.kind === 'week') {
    // Month starts always; a day or week only where its label clears its neighbours' (labels start at their tick).
    const months = new Set(tickDays({ kind: 'month', months: 1 }, segment.first, end));
    const all = [...new Set([...months, ...days])].sort((a, b) => a - b);
    const room = (day: number) => labelWidth(labelOf(day).label) * (1 / perDay);
    const kept: number[] = [];
    all.forEach((day, i) => {
      if (months.has(day)) {
        const previous = kept[kept.length - 1];
        if (previous !== undefined && !months.has(previous) && day - previous < room(previous)) kept.pop();
        kept.push(day);
        return;
      }
      const previous = kept[kept.length - 1];
      const nextMonth = all.slice(i + 1).find((d) => months.has(d));
      if (previous !== undefined && day - previous < room(previous)) return;
      if (nextMonth !== undefined && nextMonth - day < room(day)) return;
      kept.push(day);
    });
    days = kept;
  }
  if (days.length === 0) {
    const p = partsOf(segment.first);
    return [
      {
        day: segment.first,
        iso: isoOfDay(segment.first),
        label: `${String(p.date)} ${shortMonth(p.month + 1)}`,
        major: true,
      },
    ];
  }
  return days.map((day) => ({ day, iso: isoOfDay(day), ...labelOf(day) }));
}

/**
 * A segment's extent in words: `15 May 2025`, `May 2025`, `Jan–May 2024`, `Nov 2024 – Feb 2025`, `2026–2027`; or,
 * `short`, in years and months only: `May 2025`, `2024`, `2024–25`, `2026–27`.
 */
export function segmentCaption(segment: Segment, short = false): string {
  const a = partsOf(segment.first);
  const b = partsOf(segment.last);
  const wholeYears = a.month === 0 && a.date === 1 && b.month === 11 && b.date === 31;
  const years = () =>
    a.year === b.year
      ? String(a.year)
      : short && Math.floor(a.year / 100) === Math.floor(b.year / 100)
        ? `${String(a.year)}–${String(b.year).slice(2)}`
        : `${String(a.year)}–${String(b.year)}`;
  if (wholeYears) return years();
  const am = shortMonth(a.month + 1);
  const bm = shortMonth(b.month + 1);
  if (short) return a.year === b.year && a.month === b.month ? `${am} ${String(a.year)}` : years();
  if (segment.first === segment.last) return `${String(a.date)} ${am} ${String(a.year)}`;
  if (a.year !== b.year) return `${am} ${String(a.year)} – ${bm} ${String(b.year)}`;
  if (a.month !== b.month) return `${am}–${bm} ${String(a.year)}`;
  return `${am} ${String(a.year)}`;
}

/** A segment's caption as drawn: its text, on the first or second line, and the room it has (in pixels). */
export interface Caption {
  text: string;
  line: 0 | 1;
  /** How wide the caption may be: its segment's width, or more where it reaches over a neighbour. */
  width: number;
  /** `end`: the caption is right-aligned to its segment's end, reaching back over the segment before. */
  align: 'start' | 'end';
}

/**
 * The segments' captions, none cut short where a narrow screen allows: each in its long form where it fits its
 * segment, else its short form. Where even that does not fit, the captions alternate between two lines, and each
 * may reach over its neighbour (whose caption is on the other line): the next segment, or for the last one the
 * segment before, right-aligned; the caption two before the last then has what the last leaves of that segment.
 * `measure` gives a caption's width in pixels with its padding: by default as `ticksFor` guesses, 7 px a character.
 */
export function captionLayout(
  segments: readonly Segment[],
  widths: readonly number[],
  gap: number,
  measure: (text: string) => number = labelWidth,
): Caption[] {
  const pick = (segment: Segment, room: number) => {
    const long = segmentCaption(segment);
    return measure(long) <= room ? long : segmentCaption(segment, true);
  };
  const width = (i: number) => widths[i] ?? 0;
  const own = segments.map((segment, i) => pick(segment, width(i)));
  if (own.every((text, i) => measure(text) <= width(i)))
    return own.map((text, i) => ({ text, line: 0, width: width(i), align: 'start' }));
  const n = segments.length;
  const lineOf = (i: number) => (i % 2) as 0 | 1;
  const lastSegment = segments[n - 1];
  let last: Caption | null = null;
  // What of the segment before the last the last one's caption leaves free.
  let left = width(n - 2);
  if (n > 1 && lastSegment) {
    const room = width(n - 1) + gap + width(n - 2);
    // Its short form where the long one does not fit its own segment: it takes no more of its neighbour's room.
    const text = pick(lastSegment, width(n - 1));
    last = { text, line: lineOf(n - 1), width: room, align: 'end' };
    left = Math.max(0, width(n - 2) - Math.max(0, measure(text) - width(n - 1) - gap));
  }
  return segments.map((segment, i): Caption => {
    if (i === n - 1 && last !== null) return last;
    const next = i + 1 < n ? gap + (i + 1 === n - 2 ? left : width(i + 1)) : 0;
    const room = width(i) + next;
    return { text: pick(segment, room), line: lineOf(i), width: room, align: 'start' };
  });
}
