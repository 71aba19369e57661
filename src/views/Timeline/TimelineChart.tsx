// The time axis: a row per event (and per date of other mentions), each dating drawn where it falls — a dot for a
// day, a bar for a span, faded ends where the date is imprecise, hollow for another article's dating — on an axis
// broken where nothing happens for a while. The axis and the marks are a picture of the list after it, so screen
// readers skip them; each row's label is a button that opens its event (or date) in the list, and the rows are one
// stop of the Tab key, the arrow keys moving between them.
import { useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import {
  buildAxis,
  captionLayout,
  offsetOf,
  place,
  segmentCaption,
  segmentWeight,
  segmentWidths,
  ticksFor,
  type Caption,
  type Segment,
  type Tick,
} from './scale.ts';
import { isImprecise } from './describe.ts';
import type { ChartMark, ChartRow } from './model.ts';
import { useWidth } from './useWidth.ts';
import { useTextMeasure } from './useTextMeasure.ts';
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
/** Below about this width of the chart the captions' font is smaller (timeline.css, max-width: 40rem). */
const SMALL_FONT = 620;
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
  // The captions' font is smaller on narrow screens (timeline.css): measured again across that width.
  const measure = useTextMeasure(plot, '.tl-seg-caption', width < SMALL_FONT);
  const captions = captionLayout(segments, widths, gap, measure);
  const staggered = captions.some((c) => c.line === 1);
  // The row whose button Tab reaches: the one last moved to (kept in range as the rows change).
  const [active, setActive] = useState(0);
  const current = Math.min(active, rows.length - 1);

  const moveTo = (event: KeyboardEvent<HTMLDivElement>) => {
    const keys: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowRight: current + 1,
      ArrowUp: current - 1,
      ArrowLeft: current - 1,
      Home: 0,
      End: rows.length - 1,
    };
    const target = keys[event.key];
    if (target === undefined || !(event.target instanceof HTMLButtonElement)) return;
    event.preventDefault();
    const next = Math.max(0, Math.min(rows.length - 1, target));
    setActive(next);
    plot.current?.querySelector<HTMLButtonElement>(`[data-row="${String(next)}"]`)?.focus();
  };
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
        <div
          ref={plot}
          className={narrow ? 'tl-plot narrow' : 'tl-plot'}
          style={style}
          role="group"
          aria-label="Timeline chart"
          onKeyDown={moveTo}
        >
          {segments.map((segment, i) => (
            <div
              key={`grid-${String(i)}`}
              aria-hidden="true"
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
              aria-hidden="true"
              className="tl-break"
              style={{ gridColumn: column(i) + 1, gridRow: `1 / span ${String(totalRows)}` }}
            />
          ))}
          <div
            className={staggered ? 'tl-head staggered' : 'tl-head'}
            style={{ gridRow: 1 }}
            aria-hidden="true"
          >
            {segments.map((segment, i) => (
              <div key={i} className="tl-seg-head" style={{ gridColumn: column(i) }}>
                <CaptionText caption={captions[i]} width={widths[i] ?? 0} />
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
              // A click anywhere on the row, the button's own (by mouse or key) among them.
              onClick={() => {
                setActive(r);
                onSelect(row);
              }}
            >
              <button type="button" className="tl-label" data-row={r} tabIndex={r === current ? 0 : -1}>
                <span className="tl-name">
                  <Untrusted>{row.label}</Untrusted>
                </span>{' '}
                <span className="tl-row-when">{row.when}</span>
                {row.conflict && <span className="tl-flag">Sources disagree</span>}
              </button>
              {segments.map((_, i) => (
                <div key={i} className="tl-cell" style={{ gridColumn: column(i) }} aria-hidden="true">
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
        <span className="tl-chart-hint">
          Click a row, or Tab to the chart and move with the arrow keys, to open it in the list below.
        </span>
      </figcaption>
    </figure>
  );
}

/** A segment's caption, as wide as its room; one reaching back over the segment before is right-aligned. */
function CaptionText({ caption, width }: { caption: Caption | undefined; width: number }) {
  if (!caption) return null;
  const style: CSSProperties = { width: caption.width };
  if (caption.align === 'end')
    Object.assign(style, { marginLeft: width - caption.width, textAlign: 'right' });
  return (
    <span className={caption.line === 1 ? 'tl-seg-caption lower' : 'tl-seg-caption'} style={style}>
      {caption.text}
    </span>
  );
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
