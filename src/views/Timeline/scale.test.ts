import { describe, expect, it } from 'vitest';
import type { DaySpan } from '../../corpus/types.ts';
import { dayNumber, isoOfDay } from '../../corpus/client.ts';
import {
  buildAxis,
  captionLayout,
  offsetOf,
  place,
  segmentCaption,
  segmentWeight,
  segmentWidths,
  ticksFor,
} from './scale.ts';

const day = (iso: string): DaySpan => ({ start: iso, end: iso });
const span = (start: string, end: string): DaySpan => ({ start, end });
const extent = (axis: ReturnType<typeof buildAxis>) =>
  axis.segments.map((s) => [isoOfDay(s.first), isoOfDay(s.last)]);

describe('buildAxis', () => {
  // The seeds: Claude's training 9-12 months ago, V3's November-December, a dense January, the export rule's
  // compliance in May, and the 2026-2027 forecast.
  const seeds: DaySpan[][] = [
    [span('2024-01-15', '2024-05-15')],
    [span('2024-11-01', '2024-12-31')],
    [day('2024-12-26'), span('2024-12-07', '2025-01-22')],
    [day('2025-01-13')],
    [day('2025-01-20'), span('2025-01-20', '2025-01-26')],
    [day('2025-01-27')],
    [day('2025-01-28')],
    [day('2025-01-29'), span('2025-01-27', '2025-02-02')],
    [day('2025-01-29')],
    [day('2025-05-15')],
    [span('2026-01-01', '2027-12-31')],
  ];

  it('breaks the axis where nothing happens for long, and puts the far future on its own segment', () => {
    expect(extent(buildAxis(seeds))).toEqual([
      ['2024-01-15', '2024-05-15'],
      ['2024-11-01', '2025-02-02'],
      ['2025-05-15', '2025-05-15'],
      ['2026-01-01', '2027-12-31'],
    ]);
  });

  it('gives the dense segment most of the width', () => {
    const weights = buildAxis(seeds).segments.map(segmentWeight);
    expect(weights).toEqual([2, 9, 2, 2]);
    const widths = segmentWidths(weights, 900, 60);
    expect(widths[1]).toBeGreaterThan(500);
    expect(widths.every((w) => w >= 60)).toBe(true);
  });

  it('draws a wide span over a dense stretch clipped to it, not widening it', () => {
    // "this year" beside a dense March: March keeps its segment; the year is cut to it, open at both ends.
    const axis = buildAxis([[day('2026-03-10')], [day('2026-03-14')], [span('2026-01-01', '2026-12-31')]]);
    expect(extent(axis)).toEqual([['2026-03-10', '2026-03-14']]);
    const [segment] = axis.segments;
    const [piece] = place(axis, span('2026-01-01', '2026-12-31'));
    if (!segment || !piece) throw new Error('not placed');
    expect(piece).toMatchObject({ segment: 0, clippedStart: true, clippedEnd: true });
    expect(piece.left).toBeCloseTo(offsetOf(segment, dayNumber('2026-03-10')));
    expect(piece.left + piece.width).toBeCloseTo(offsetOf(segment, dayNumber('2026-03-15')));
  });

  it('stops a span going on into the next segment short of that segment’s padding', () => {
    // "2026" beside a dense March and a "2027": it is drawn in March only.
    const axis = buildAxis([
      [day('2026-03-10')],
      [span('2026-01-01', '2026-12-31')],
      [span('2027-01-01', '2027-12-31')],
    ]);
    expect(axis.segments).toHaveLength(2);
    expect(place(axis, span('2026-01-01', '2026-12-31')).map((p) => p.segment)).toEqual([0]);
  });

  it('joins overlapping wide spans, and keeps one day apart from a year far away', () => {
    const axis = buildAxis([
      [span('2031-01-01', '2032-12-31')],
      [span('2032-01-01', '2032-12-31')],
      [day('2026-03-14')],
      [span('1958-01-01', '1958-12-31')],
    ]);
    expect(extent(axis)).toEqual([
      ['1958-01-01', '1958-12-31'],
      ['2026-03-14', '2026-03-14'],
      ['2031-01-01', '2032-12-31'],
    ]);
    expect(axis.segments.map((s) => s.rows)).toEqual([1, 1, 2]);
  });

  it('has no segment for no spans, and one for a single day, padded on both sides', () => {
    expect(buildAxis([]).segments).toEqual([]);
    const [segment] = buildAxis([[day('2025-05-15')]]).segments;
    expect(segment).toBeDefined();
    if (!segment) return;
    expect(segment.from).toBeLessThan(dayNumber('2025-05-15'));
    expect(segment.to).toBeGreaterThan(dayNumber('2025-05-16'));
  });
});

describe('place', () => {
  const axis = buildAxis([[span('2025-01-01', '2025-01-31')], [span('2026-01-01', '2026-12-31')]]);

  it('puts a day inside its segment with a width of one day', () => {
    const [piece] = place(axis, day('2025-01-16'));
    const segment = axis.segments[0];
    expect(segment).toBeDefined();
    if (!piece || !segment) return;
    expect(piece.segment).toBe(0);
    expect(piece.left).toBeCloseTo(offsetOf(segment, dayNumber('2025-01-16')));
    expect(piece.width).toBeCloseTo((1 / (segment.to - segment.from)) * 100);
    expect(piece.clippedStart || piece.clippedEnd).toBe(false);
  });

  it('places a span on the segment holding it, and nothing outside every segment', () => {
    expect(place(axis, span('2026-01-01', '2026-12-31')).map((p) => p.segment)).toEqual([1]);
    expect(place(axis, day('2025-06-01'))).toEqual([]);
  });
});

describe('segmentWidths', () => {
  it('shares the width by weight, whole pixels, never over', () => {
    expect(segmentWidths([1, 3], 400, 10)).toEqual([100, 300]);
    expect(segmentWidths([1, 1, 1], 100, 10)).toEqual([33, 33, 33]);
  });

  it('raises small segments to the minimum and takes it from the others', () => {
    expect(segmentWidths([1, 19], 200, 50)).toEqual([50, 150]);
  });

  it('shares equally when there is no room for every minimum', () => {
    expect(segmentWidths([1, 5, 1], 90, 40)).toEqual([30, 30, 30]);
    expect(segmentWidths([], 90, 40)).toEqual([]);
  });
});

describe('ticksFor', () => {
  const segmentOf = (first: string, last: string) => {
    const [segment] = buildAxis([[span(first, last)]]).segments;
    if (!segment) throw new Error('no segment');
    return segment;
  };

  it('labels the new year, new months and weeks in a wide dense segment', () => {
    const ticks = ticksFor(segmentOf('2024-11-01', '2025-02-02'), 600);
    const labels = ticks.map((t) => t.label);
    expect(labels).toContain('Dec');
    expect(labels).toContain('2025');
    expect(labels).toContain('Feb');
    expect(labels).toContain('27'); // Monday 27 January 2025
    expect(ticks.find((t) => t.label === '2025')).toMatchObject({ iso: '2025-01-01', major: true });
    expect(ticks.find((t) => t.label === '27')?.iso).toBe('2025-01-27');
    // Ticks run in order, and no week's tick crowds a month's.
    const days = ticks.map((t) => t.day);
    expect(days).toEqual([...days].sort((a, b) => a - b));
  });

  it('uses months, then years, as the segment gets narrower', () => {
    const segment = segmentOf('2024-11-01', '2025-02-02');
    expect(ticksFor(segment, 200).every((t) => t.major)).toBe(true);
    expect(ticksFor(segmentOf('2026-01-01', '2027-12-31'), 120).map((t) => t.label)).toEqual([
      '2026',
      '2027',
    ]);
  });

  it('labels a single day where no tick would fall', () => {
    expect(ticksFor(segmentOf('2025-05-15', '2025-05-15'), 60)).toEqual([
      { day: dayNumber('2025-05-15'), iso: '2025-05-15', label: '15 May', major: true },
    ]);
  });
});

describe('segmentCaption', () => {
  const caption = (first: string, last: string) =>
    segmentCaption({ from: 0, to: 0, first: dayNumber(first), last: dayNumber(last), rows: 1 });

  it('names a segment as briefly as stays clear', () => {
    expect(caption('2025-05-15', '2025-05-15')).toBe('15 May 2025');
    expect(caption('2025-05-01', '2025-05-20')).toBe('May 2025');
    expect(caption('2024-01-15', '2024-05-15')).toBe('Jan–May 2024');
    expect(caption('2024-11-01', '2025-02-02')).toBe('Nov 2024 – Feb 2025');
    expect(caption('2026-01-01', '2027-12-31')).toBe('2026–2027');
    expect(caption('1958-01-01', '1958-12-31')).toBe('1958');
  });

  it('has a short form in years and months, for narrow segments', () => {
    const short = (first: string, last: string) =>
      segmentCaption({ from: 0, to: 0, first: dayNumber(first), last: dayNumber(last), rows: 1 }, true);
    expect(short('2025-05-15', '2025-05-15')).toBe('May 2025');
    expect(short('2024-01-15', '2024-05-15')).toBe('2024');
    expect(short('2024-11-01', '2025-02-02')).toBe('2024–25');
    expect(short('2026-01-01', '2027-12-31')).toBe('2026–27');
    expect(short('1999-06-01', '2001-02-01')).toBe('1999–2001');
  });
});

describe('captionLayout', () => {
  const segment = (first: string, last: string) => ({
    from: dayNumber(first) - 2,
    to: dayNumber(last) + 3,
    first: dayNumber(first),
    last: dayNumber(last),
    rows: 1,
  });
  // A wide story on a phone: seven segments of 40 pixels, 10 apart.
  const segments = [
    segment('1957-01-01', '1957-12-31'),
    segment('2020-03-01', '2020-03-31'),
    segment('2021-01-01', '2021-12-31'),
    segment('2023-01-01', '2023-12-31'),
    segment('2024-09-01', '2024-11-30'),
    segment('2024-10-27', '2025-01-30'),
    segment('2026-01-01', '2027-12-31'),
  ];
  const labelPx = (text: string) => text.length * 7 + 6;

  it('keeps one line of long captions where they fit', () => {
    const wide = captionLayout(segments.slice(0, 2), [200, 200], 18);
    expect(wide).toEqual([
      { text: '1957', line: 0, width: 200, align: 'start' },
      { text: 'Mar 2020', line: 0, width: 200, align: 'start' },
    ]);
  });

  it('alternates two lines where a caption would be cut, and none then outgrows its room or meets another', () => {
    const widths = segments.map(() => 40);
    const captions = captionLayout(segments, widths, 10);
    expect(captions.map((c) => c.line)).toEqual([0, 1, 0, 1, 0, 1, 0]);
    expect(captions.map((c) => c.text)).toEqual([
      '1957',
      'Mar 2020',
      '2021',
      '2023',
      // Its long form would meet the last caption, which reaches back over the segment between them.
      '2024',
      '2024–25',
      '2026–27',
    ]);
    for (const caption of captions) expect(labelPx(caption.text)).toBeLessThanOrEqual(caption.width);
    // Where each caption's text starts and ends, in pixels from the axis's start: none overlaps one on its line.
    const extents = captions.map((c, i) => {
      const start = i * 50;
      const end = start + 40;
      return c.align === 'start' ? [start, start + labelPx(c.text)] : [end - labelPx(c.text), end];
    });
    for (let i = 2; i < extents.length; i++)
      expect(extents[i]?.[0] ?? 0).toBeGreaterThanOrEqual(extents[i - 2]?.[1] ?? Infinity);
    expect(captions.at(-1)?.align).toBe('end');
  });
});
