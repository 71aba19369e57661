// Spacers standing in for the rows and columns of a table not rendered. Hidden from assistive technology, which
// learns the table's size from `aria-rowcount` and `aria-colcount`, and each cell's place from its indexes.
import type { ReactNode } from 'react';
import type { ColumnWindow } from './useVirtualColumns.ts';

/** A row as tall as the rows not rendered above or below the screen. */
export function PadRow({ height, columns }: { height: number; columns: number }) {
  if (height <= 0) return null;
  return (
    <tr className="virtual-pad" aria-hidden="true">
      <td colSpan={columns} style={{ height }} />
    </tr>
  );
}

/** A cell as wide as the columns not rendered to the left or the right of the box the table scrolls in. */
export function PadCell({ width }: { width: number }) {
  if (width <= 0) return null;
  return <td className="virtual-pad" aria-hidden="true" style={{ width, minWidth: width }} />;
}

/** A row's windowed cells, `cell(item, index)` for the item of each column near the visible part, between spacers. */
export function WindowedCells<Item>({
  window,
  items,
  cell,
}: {
  window: ColumnWindow;
  /** One per windowed column. */
  items: readonly Item[];
  cell: (item: Item, index: number) => ReactNode;
}) {
  return (
    <>
      <PadCell width={window.before} />
      {window.indexes.map((index) => {
        const item = items[index];
        return item === undefined ? null : cell(item, index);
      })}
      <PadCell width={window.after} />
    </>
  );
}
