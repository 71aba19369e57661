// The time axis: a row per event (and per date of other mentions), each dating drawn where it falls — a dot for a
// day, a bar for a span, faded ends where the date is imprecise, hollow for another article's dating — on an axis
// broken where nothing happens for a while. It is a picture of the list after it, so screen readers skip it; a
// click on a row opens that event in the list.
import { useMemo, useRef, type CSSProperties } from 'react';
import {
  buildAxis,
  offsetOf,
  place,
  segmentCaption,
  segmentWeight,
  segmentWidths,
  ticksFor,
  type Segment,
  type Tick,
} from './scale.ts';
import { isImprecise } from './describe.ts';
import type { ChartMark, ChartRow } from './model.ts';
import { useWidth } from './useWidth.ts';
import { Untrusted } from '../../app/Untrusted.tsx';
import { isolateText } from '../../app/bidi.ts';

interface Props {
  rows: readonly ChartRow[];
  onSelect: (row: ChartRow) => void;
}

/** Below this width the row labels go above their marks instead of beside them. */
const WIDE = 720;
const LABEL = 240;
const BREAK = 18;
const NARROW_BREAK = 10;
const MIN_SEGMENT = 58;
const NARROW_MIN_SEGMENT = 64;
/** A span narrower than this (in pixels) is drawn as a dot. */
const DOT = 10;

export function TimelineChart({ rows, onSelect }: Props) {
  const plot = useRef<HTMLDivElement>(null);
  const width = useWidth(plot, 960);
  const axis = useMemo(() => buildAxis(rows.map((row) => row.marks.map((m) => m.span))), [rows]);
  const narrow = width < WIDE;
  const label = narrow ? 0 : LABEL;
  const gap = narrow ? NARROW_BREAK : BREAK;
  const segments = axis.segments;
  const widths = segmentWidths(
    segments.map(segmentWeight),
    Math.max(0, width - label - gap * Math.max(0, segments.length - 1)),
    narrow ? NARROW_MIN_SEGMENT : MIN_SEGMENT,
  );
  const ticks = segments.map((segment, i) => ticksFor(segment, widths[i] ?? 0));
  const columns = [
    ...(narrow ? [] : [`${String(label)}px`]),
    widths.map((w) => `${String(w)}px`).join(` ${String(gap)}px `),
  ].join(' ');
  const first = narrow ? 1 : 2;
  const column = (segment: number) => first + segment * 2;
  const span = narrow ? 2 : 1;
  const totalRows = 1 + rows.length * span;
  const style: CSSProperties = { gridTemplateColumns: columns };

  return (
    <figure className="card tl-chart">
      <div className="tl-scroll">
        <div ref={plot} className={narrow ? 'tl-plot narrow' : 'tl-plot'} style={style} aria-hidden="true">
          {segments.map((segment, i) => (
            <div
              key={`grid-${String(i)}`}
              className="tl-grid"
              style={{ gridColumn: column(i), gridRow: `1 / span ${String(totalRows)}` }}
            >
              {ticks[i]?.map((tick) => (
                <span
                  key={tick.day}
                  className={tick.major ? 'tl-gridline major' : 'tl-gridline'}
                  style={{ left: `${String(offsetOf(segment, tick.day))}%` }}
                />
              ))}
            </div>
          ))}
          {segments.slice(1).map((_, i) => (
            <div
              key={`break-${String(i)}`}
              className="tl-break"
              style={{ gridColumn: column(i) + 1, gridRow: `1 / span ${String(totalRows)}` }}
            />
          ))}
          <div className="tl-head" style={{ gridRow: 1 }}>
            {segments.map((segment, i) => (
              <div key={i} className="tl-seg-head" style={{ gridColumn: column(i) }}>
                <span className="tl-seg-caption">{caption(segment, widths[i] ?? 0)}</span>
                <span className="tl-ticks">
                  {/* A one-day or one-year segment's caption already names its one tick. */}
                  {!captionNamesTicks(segment, ticks[i] ?? []) &&
                    ticks[i]?.map((tick) => (
                      <span
                        key={tick.day}
                        className={tick.major ? 'tl-tick major' : 'tl-tick'}
                        style={{ left: `${String(offsetOf(segment, tick.day))}%` }}
                      >
                        {tick.label}
                      </span>
                    ))}
                </span>
              </div>
            ))}
          </div>
          {rows.map((row, r) => (
            <div
              key={row.key}
              className={`tl-row tl-row-${row.kind}`}
              style={{ gridRow: `${String(2 + r * span)} / span ${String(span)}` }}
              title={`${isolateText(row.label)}: ${row.when}`}
              onClick={() => {
                onSelect(row);
              }}
            >
              <div className="tl-label">
                <span className="tl-name">
                  <Untrusted>{row.label}</Untrusted>
                </span>{' '}
                <span className="tl-row-when">{row.when}</span>
                {row.conflict && <span className="tl-flag">Sources disagree</span>}
              </div>
              {segments.map((_, i) => (
                <div key={i} className="tl-cell" style={{ gridColumn: column(i) }}>
                  {row.marks.map((mark, m) =>
                    place(axis, mark.span)
                      .filter((piece) => piece.segment === i)
                      .map((piece, p) => (
                        <Mark
                          key={`${String(m)}-${String(p)}`}
                          mark={mark}
                          left={piece.left}
                          width={piece.width}
                          px={((widths[i] ?? 0) * piece.width) / 100}
                          clippedStart={piece.clippedStart}
                          clippedEnd={piece.clippedEnd}
                        />
                      )),
                  )}
                </div>
              ))}
            </div>
          ))}
        </div>
      </div>
      <figcaption>
        <span className="tl-legend" aria-hidden="true">
          <span className="tl-key">
            <span className="tl-swatch dot" /> a day
          </span>
          <span className="tl-key">
            <span className="tl-swatch bar" /> a span of days
          </span>
          <span className="tl-key">
            <span className="tl-swatch bar imprecise" /> imprecise
          </span>
          <span className="tl-key">
            <span className="tl-swatch bar alt" /> another dating of the same event
          </span>
          <span className="tl-key">
            <span className="tl-swatch break" /> the axis skips time
          </span>
        </span>
        <span className="visually-hidden">
          A chart of the events below on a time axis; the list that follows gives every date in words.
        </span>
      </figcaption>
    </figure>
  );
}

/** A segment's caption, in its short form where the long one would not fit (7 px a character at 0.75 rem). */
function caption(segment: Segment, width: number): string {
  const long = segmentCaption(segment);
  return long.length * 7 + 6 <= width ? long : segmentCaption(segment, true);
}

/** Whether the caption already says all the ticks do: a segment of one day, or with one tick named in it. */
function captionNamesTicks(segment: Segment, ticks: readonly Tick[]): boolean {
  if (segment.first === segment.last) return true;
  const [only, other] = ticks;
  return only !== undefined && other === undefined && segmentCaption(segment).includes(only.label);
}

interface MarkProps {
  mark: ChartMark;
  left: number;
  width: number;
  px: number;
  clippedStart: boolean;
  clippedEnd: boolean;
}

function Mark({ mark, left, width, px, clippedStart, clippedEnd }: MarkProps) {
  const classes = ['tl-mark'];
  const single = mark.span.start === mark.span.end;
  const dot = (single || px < DOT) && !clippedStart && !clippedEnd;
  classes.push(dot ? 'dot' : 'bar');
  if (isImprecise(mark)) classes.push('imprecise');
  if (mark.approximate) classes.push('approximate');
  if (!mark.placed) classes.push('alt');
  if (clippedStart) classes.push('clip-start');
  if (clippedEnd) classes.push('clip-end');
  const style: CSSProperties = dot
    ? { left: `${String(left + width / 2)}%` }
    : { left: `${String(left)}%`, width: `${String(width)}%` };
  return <span className={classes.join(' ')} style={style} />;
}
