// A bulleted list (`ul`) of which only the items near the screen render, padding above and below standing in for
// the others: the lists that need no more of useVirtualRows than that.
import type { ReactNode } from 'react';
import { useVirtualRows } from './useVirtualRows.ts';
import { renderedRows } from './window.ts';

/** What an item's `li` takes, so that it is measured and known by its place. */
export interface ItemProps {
  ref: (element: Element | null) => void;
  'data-index': number;
}

interface Props<Item> {
  items: readonly Item[];
  className: string;
  /** An item's usual height in pixels, before it is measured. */
  estimate: number;
  /** See useVirtualRows: a list nested in a virtual one wants 0. */
  renderAllUpTo?: number;
  /** An item's `li`, with `props` spread on it and its own key; null to leave the item out. */
  children: (item: Item, props: ItemProps) => ReactNode;
}

export function VirtualList<Item>(props: Props<Item>) {
  const { list, items, before, after, measure } = useVirtualRows<HTMLUListElement>({
    count: props.items.length,
    estimate: props.estimate,
    renderAllUpTo: props.renderAllUpTo,
  });
  return (
    <ul ref={list} className={props.className} style={{ paddingTop: before, paddingBottom: after }}>
      {renderedRows(items, props.items).map(({ index, row }) =>
        props.children(row, { ref: measure, 'data-index': index }),
      )}
    </ul>
  );
}
