// The rows of a long list or table rendered only near the screen, the page (or a box) scrolling: the one hook behind
// every view that can grow with the corpus. Rows are measured as they render, since their text wraps.
import { useCallback, useRef, useSyncExternalStore } from 'react';
import {
  elementScroll,
  observeElementOffset,
  observeElementRect,
  observeWindowOffset,
  observeWindowRect,
  windowScroll,
  type VirtualItem,
  type Virtualizer,
  type VirtualizerOptions,
} from '@tanstack/react-virtual';
import { useLeanVirtualizer } from './useLeanVirtualizer.ts';
import { usePrinting } from './usePrinting.ts';
import { gaps, indexesToRender } from './window.ts';

interface Options {
  count: number;
  /** A row's height in pixels before it is measured: near the typical one, so the scroll bar barely moves. */
  estimate: number;
  /** A row's identity, so that a row keeps its measured height when the list is sorted or filtered. */
  key?: (index: number) => string | number;
  /** The longest list rendered whole (see RENDER_ALL_UP_TO); a list nested in a virtual one wants none. */
  renderAllUpTo?: number;
  /** The box the list scrolls in when it is not the page (a table scrolling both ways in its own box). */
  scroller?: React.RefObject<HTMLElement | null>;
  /** Only the rows on screen, and one either side: for a frame that must paint soon, before the rest render. */
  screenOnly?: boolean;
}

export interface VirtualRows<List extends HTMLElement> {
  /** The element the rows are children of (a `tbody`, an `ol`): where the list starts in the page. */
  list: React.RefObject<List | null>;
  /** The rows to render, in order; each row's element takes `data-index={item.index}` and `ref={measure}`. */
  items: VirtualItem[];
  /** Pixels of rows not rendered above and below: a spacer or padding of that size keeps the page's length. */
  before: number;
  after: number;
  measure: (element: Element | null) => void;
  /** Scrolls to where a row is reckoned to be, so that it renders; the caller then scrolls it into view. */
  scrollToIndex: (index: number) => void;
}

/** Rows beyond the screen rendered on each side: enough that Tab and the arrow keys always find the next one. */
const OVERSCAN = 6;

export function useVirtualRows<List extends HTMLElement>({
  count,
  estimate,
  key,
  renderAllUpTo,
  scroller,
  screenOnly = false,
}: Options): VirtualRows<List> {
  const list = useRef<List>(null);
  // Where the list starts in the page (or its box), read again whenever the page changes size: what is above it (a
  // filter's notice, a chart, a web font, a table's header) may have moved it.
  const top = useCallback(() => {
    const element = list.current;
    return element === null ? 0 : Math.round(element.getBoundingClientRect().top + scrolledBy(scroller));
  }, [scroller]);
  const margin = useSyncExternalStore(onPageResize, top);
  // Paper has no screen to window: a printed list is whole.
  const wholeUpTo = usePrinting() ? Infinity : screenOnly ? 0 : renderAllUpTo;
  const virtualizer = useLeanVirtualizer<Element | Window>({
    ...(scroller ? inBox(scroller) : ON_THE_PAGE),
    count,
    estimateSize: () => estimate,
    overscan: screenOnly ? 1 : OVERSCAN,
    scrollMargin: margin,
    getItemKey: key,
    rangeExtractor: (range) => indexesToRender(range, wholeUpTo),
    measureElement: outerHeight,
  });
  const items = virtualizer.getVirtualItems();
  const { before, after } = gaps(items, virtualizer.getTotalSize(), margin);
  return {
    list,
    items,
    before,
    after,
    measure: virtualizer.measureElement,
    // One jump to where the estimates put the row, not TanStack's scrollToIndex, which goes on correcting the
    // scroll as rows are measured and fights a caller that then scrolls the row itself into view.
    scrollToIndex: (index) => {
      const [offset] = virtualizer.getOffsetForIndex(index, 'start') ?? [0];
      (scroller?.current ?? window).scrollTo({ top: offset });
    },
  };
}

/** What turns a place on screen into a place in the page, or in the box the list scrolls in. */
function scrolledBy(scroller: React.RefObject<HTMLElement | null> | undefined): number {
  const box = scroller?.current;
  return box ? box.scrollTop - box.getBoundingClientRect().top : window.scrollY;
}

/** How the virtualizer watches and scrolls what the list scrolls in. */
type Scrolling = Pick<
  VirtualizerOptions<Element | Window, Element>,
  'getScrollElement' | 'observeElementRect' | 'observeElementOffset' | 'scrollToFn' | 'initialOffset'
>;

// TanStack types each of these for one kind of scroller (the window, or an element); which one a list uses is
// fixed by whether it is given a box, so the two sets never mix.
const ON_THE_PAGE = {
  getScrollElement: () => window,
  observeElementRect: observeWindowRect,
  observeElementOffset: observeWindowOffset,
  scrollToFn: windowScroll,
  initialOffset: () => window.scrollY,
} as Scrolling;

const inBox = (box: React.RefObject<HTMLElement | null>) =>
  ({
    getScrollElement: () => box.current,
    observeElementRect,
    observeElementOffset,
    scrollToFn: elementScroll,
    initialOffset: () => box.current?.scrollTop ?? 0,
  }) as Scrolling;

/** Calls back whenever the page's content or the window changes size. */
function onPageResize(changed: () => void): () => void {
  const observer = new ResizeObserver(changed);
  observer.observe(document.body);
  return () => {
    observer.disconnect();
  };
}

/**
 * A row's height with its margins: the space it takes in the list, which is what the spacers must add up to.
 * Measured when the ResizeObserver reports the row (`entry`), once the frame has laid it out, not as the row is
 * mounted: reading its size then lays the page out in the middle of React's commit, again before the paint (a third
 * of the time to draw a key's search results). Until then the row keeps the size it had, or the estimate.
 */
function outerHeight(
  element: Element,
  entry: ResizeObserverEntry | undefined,
  rows: Virtualizer<Element | Window, Element>,
) {
  if (entry === undefined) {
    const index = rows.indexFromElement(element);
    return rows.itemSizeCache.get(rows.options.getItemKey(index)) ?? rows.options.estimateSize(index);
  }
  const style = getComputedStyle(element);
  return (
    element.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom)
  );
}
