// What the sortable tables share: their TanStack features, sorting kept by the caller (the URL), one column at a time,
// a header row of sort buttons, and a body that renders only the rows near the screen.
import { useMemo, type HTMLAttributes, type ReactNode } from 'react';
import {
  createSortedRowModel,
  functionalUpdate,
  metaHelper,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type ReactTable,
  type Row,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { useVirtualRows } from '../virtual/useVirtualRows.ts';
import { PadRow } from '../virtual/pads.tsx';
import { renderedRows } from '../virtual/window.ts';
import { SortHeader } from './SortHeader.tsx';
import { textSort } from './sort.ts';

export const sortedFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  columnMeta: metaHelper<{ numeric?: boolean; className?: string }>(),
});
export type SortedFeatures = typeof sortedFeatures;

/** A table sorted by `sort`, which the caller keeps; a header click asks `onSortChange` for the next one. */
export function useSortedTable<Row extends object>(
  // TanStack's column type varies with each column's value type, as its own helper's `columns` does.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: ColumnDef<SortedFeatures, Row, any>[],
  data: readonly Row[],
  getRowId: (row: Row) => string,
  sort: { id: string; desc: boolean } | null,
  onSortChange: (sort: { id: string; desc: boolean } | undefined) => void,
): ReactTable<SortedFeatures, Row> {
  const sorting = useMemo<SortingState>(() => (sort ? [sort] : []), [sort]);
  return useTable({
    features: sortedFeatures,
    columns,
    data,
    getRowId,
    defaultColumn: textSort,
    state: { sorting },
    onSortingChange: (updater: Updater<SortingState>) => {
      onSortChange(functionalUpdate(updater, sorting)[0]);
    },
    enableMultiSort: false,
  });
}

/**
 * The header row: a sort button for each sortable column, a plain column header (with its class) for the others,
 * then any header cells of columns the table renders itself (`more`).
 */
export function SortedHead<Row extends object>({
  table,
  more,
}: {
  table: ReactTable<SortedFeatures, Row>;
  more?: ReactNode;
}) {
  return (
    <thead>
      {table.getHeaderGroups().map((group) => (
        <tr key={group.id} aria-rowindex={1}>
          {group.headers.map((header) =>
            header.column.getCanSort() ? (
              <SortHeader
                key={header.id}
                direction={header.column.getIsSorted()}
                onToggle={header.column.getToggleSortingHandler()}
                numeric={header.column.columnDef.meta?.numeric}
              >
                <table.FlexRender header={header} />
              </SortHeader>
            ) : (
              <th key={header.id} scope="col" className={header.column.columnDef.meta?.className}>
                <table.FlexRender header={header} />
              </th>
            ),
          )}
          {more}
        </tr>
      ))}
    </thead>
  );
}

interface BodyProps<Data extends object> {
  table: ReactTable<SortedFeatures, Data>;
  /** The rows, when not all of the table's. */
  rows?: readonly Row<SortedFeatures, Data>[];
  /** A row's usual height in pixels, before it is measured. */
  estimate: number;
  /** How many columns a spacer row spans, when the table has more than its TanStack columns (`more`). */
  columns?: number;
  /** A row's cells after its TanStack cells, of columns the table renders itself. */
  more?: (row: Row<SortedFeatures, Data>) => ReactNode;
  /** Anything else a row's element carries (a class, a click handler), by its place in the table. */
  rowProps?: (row: Row<SortedFeatures, Data>, index: number) => HTMLAttributes<HTMLTableRowElement>;
  /** The box the table scrolls in, when it scrolls in its own rather than with the page. */
  scroller?: React.RefObject<HTMLElement | null>;
}

/**
 * The body rows near the screen, between spacers standing in for the others. Each row says its place among all of
 * them (`aria-rowindex`, the header row being 1), so the table needs `aria-rowcount` of the rows plus one.
 */
export function SortedBody<Data extends object>({
  table,
  rows = table.getRowModel().rows,
  estimate,
  columns = table.getAllLeafColumns().length,
  more,
  rowProps,
  scroller,
}: BodyProps<Data>) {
  const { list, items, before, after, measure } = useVirtualRows<HTMLTableSectionElement>({
    count: rows.length,
    estimate,
    scroller,
    key: (index) => rows[index]?.id ?? index,
  });
  return (
    <tbody ref={list}>
      <PadRow height={before} columns={columns} />
      {renderedRows(items, rows).map(({ index, row }) => (
        <tr
          key={row.id}
          {...rowProps?.(row, index)}
          ref={measure}
          data-index={index}
          aria-rowindex={index + 2}
        >
          {row.getAllCells().map((cell) => {
            const meta = cell.column.columnDef.meta;
            return (
              <td key={cell.id} className={meta?.className ?? (meta?.numeric ? 'numeric' : undefined)}>
                <table.FlexRender cell={cell} />
              </td>
            );
          })}
          {more?.(row)}
        </tr>
      ))}
      <PadRow height={after} columns={columns} />
    </tbody>
  );
}
