// The columns of a wide table rendered only near its visible part, the table scrolling sideways in its own box: a
// table with a column per article (coverage) is as wide as the corpus is large.
import { useCallback, useRef, useSyncExternalStore } from 'react';
import { elementScroll, observeElementOffset, observeElementRect } from '@tanstack/react-virtual';
import { useLeanVirtualizer } from './useLeanVirtualizer.ts';
import { usePrinting } from './usePrinting.ts';
import { gaps, indexesToRender } from './window.ts';

interface Options {
  /** Columns on the left that always render; the others are windowed. */
  fixed: number;
  /** Columns in the window. */
  count: number;
  /** A windowed column's width in pixels before it is measured. */
  estimate: number;
}

/** The windowed columns to render, and the spacers on either side of them. */
export interface ColumnWindow {
  /** The windowed columns near the visible part, in order, counted from the first windowed one. */
  indexes: number[];
  /** Pixels of windowed columns not rendered on the left and on the right. */
  before: number;
  after: number;
  /** For the header cell of each windowed column, with `data-index` its index in the window. */
  measure: (element: Element | null) => void;
}

export interface VirtualColumns {
  /** The box that scrolls sideways, and the table in it. */
  scroller: React.RefObject<HTMLDivElement | null>;
  table: React.RefObject<HTMLTableElement | null>;
  window: ColumnWindow;
}

/** A short row of columns renders whole, like a short list (see RENDER_ALL_UP_TO), but fewer, for rows multiply. */
const ALL_COLUMNS_UP_TO = 12;

export function useVirtualColumns({ fixed, count, estimate }: Options): VirtualColumns {
  const scroller = useRef<HTMLDivElement>(null);
  const table = useRef<HTMLTableElement>(null);
  // Where the windowed columns start in the table: the left edge of the header cell after the fixed ones (the
  // left spacer, or the first windowed column), read again whenever the table changes size.
  const start = useCallback(() => table.current?.tHead?.rows[0]?.cells[fixed]?.offsetLeft ?? 0, [fixed]);
  const subscribe = useCallback((changed: () => void) => {
    const observer = new ResizeObserver(changed);
    if (table.current) observer.observe(table.current);
    return () => {
      observer.disconnect();
    };
  }, []);
  const margin = useSyncExternalStore(subscribe, start);
  // Paper has no box to scroll sideways: a printed table has every column.
  const wholeUpTo = usePrinting() ? Infinity : ALL_COLUMNS_UP_TO;
  const virtualizer = useLeanVirtualizer<HTMLDivElement>({
    observeElementRect,
    observeElementOffset,
    scrollToFn: elementScroll,
    horizontal: true,
    count,
    estimateSize: () => estimate,
    overscan: 2,
    scrollMargin: margin,
    getScrollElement: () => scroller.current,
    rangeExtractor: (range) => indexesToRender(range, wholeUpTo),
    measureElement: (element) => element.getBoundingClientRect().width,
  });
  const items = virtualizer.getVirtualItems();
  const { before, after } = gaps(items, virtualizer.getTotalSize(), margin);
  return {
    scroller,
    table,
    window: { indexes: items.map((item) => item.index), before, after, measure: virtualizer.measureElement },
  };
}
