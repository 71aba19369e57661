// What the sortable tables share: their TanStack features, sorting kept by the caller (the URL), one column at a time,
// and a header row of sort buttons.
import { useMemo } from 'react';
import {
  createSortedRowModel,
  functionalUpdate,
  metaHelper,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type ReactTable,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { SortHeader } from './Articles/SortHeader.tsx';

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
    state: { sorting },
    onSortingChange: (updater: Updater<SortingState>) => {
      onSortChange(functionalUpdate(updater, sorting)[0]);
    },
    enableMultiSort: false,
  });
}

/** The header row: a sort button for each sortable column, a plain column header (with its class) for the others. */
export function SortedHead<Row extends object>({ table }: { table: ReactTable<SortedFeatures, Row> }) {
  return (
    <thead>
      {table.getHeaderGroups().map((group) => (
        <tr key={group.id}>
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
        </tr>
      ))}
    </thead>
  );
}
