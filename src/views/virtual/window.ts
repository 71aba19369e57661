// Pure arithmetic of a virtual list: which items to render, and the space left for those it does not render.
import { defaultRangeExtractor, type Range, type VirtualItem } from '@tanstack/react-virtual';

/**
 * A list this long or shorter renders whole: it costs little, and everything stays in the page for find-in-page,
 * screen readers' whole-page reading and tests written against a small corpus.
 */
export const RENDER_ALL_UP_TO = 100;

/** The indexes to render: every one for a short list, else those on screen and the overscan around them. */
export function indexesToRender(range: Range, renderAllUpTo = RENDER_ALL_UP_TO): number[] {
  if (range.count <= renderAllUpTo) return Array.from({ length: range.count }, (_, i) => i);
  return defaultRangeExtractor(range);
}

/**
 * The space before the first rendered item and after the last, in pixels: what a spacer (or padding) stands in
 * for, so that the list is as long as it would be whole and the scroll bar tells where the reader is. Item
 * positions count from the scroll margin (where the list starts in the page); the total is from the list's start.
 */
export function gaps(
  items: readonly Pick<VirtualItem, 'start' | 'end'>[],
  total: number,
  margin: number,
): { before: number; after: number } {
  const first = items[0];
  const last = items[items.length - 1];
  if (first === undefined || last === undefined) return { before: 0, after: total };
  return { before: Math.max(0, first.start - margin), after: Math.max(0, total - (last.end - margin)) };
}

/**
 * The rows to render with their places in the list: for each rendered item, the row at its index. An index past
 * the end of `rows` (the list shrank before the virtualizer caught up) renders nothing.
 */
export function renderedRows<Row>(
  items: readonly Pick<VirtualItem, 'index'>[],
  rows: readonly Row[],
): { index: number; row: Row }[] {
  return items.flatMap(({ index }) => {
    const row = rows[index];
    return row === undefined ? [] : [{ index, row }];
  });
}
