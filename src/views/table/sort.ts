// A table's sort in the URL (`?sort=<column>&desc=1`), and the orders and labels the sortable tables share.
import type { Row, RowData, TableFeatures } from '@tanstack/react-table';
import type { Query, QueryPatch } from '../../app/location.ts';

/** One column's sort: the tables sort by one column at a time. */
export interface ColumnSort<Id extends string = string> {
  id: Id;
  desc: boolean;
}

/** The sort the URL names, or none when it names no column of `ids`. */
export function sortFromQuery<Id extends string>(query: Query, ids: readonly Id[]): ColumnSort<Id> | null {
  const id = ids.find((column) => column === query.sort);
  return id === undefined ? null : { id, desc: query.desc === '1' };
}

/** The URL change for a sort. */
export function sortToPatch(sort: ColumnSort | undefined): QueryPatch {
  return sort === undefined ? { sort: null, desc: null } : { sort: sort.id, desc: sort.desc ? '1' : null };
}

/** `aria-sort` for a column's sort direction. */
export function ariaSort(direction: false | 'asc' | 'desc'): 'ascending' | 'descending' | 'none' {
  if (direction === 'asc') return 'ascending';
  if (direction === 'desc') return 'descending';
  return 'none';
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Ascending text order that ignores case and accents and reads digits as numbers. */
export function compareText(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Text order of two rows' values in a column. */
function compareTexts<F extends TableFeatures, Data extends RowData>(
  a: Row<F, Data>,
  b: Row<F, Data>,
  id: string,
) {
  return compareText(a.getValue<string>(id), b.getValue<string>(id));
}

function compareCounts<F extends TableFeatures, Data extends RowData>(
  a: Row<F, Data>,
  b: Row<F, Data>,
  id: string,
) {
  return a.getValue<number>(id) - b.getValue<number>(id);
}

/** How a column sorts unless it says otherwise: as text, A to Z first, rows without a value last either way round. */
export const textSort = { sortDescFirst: false, sortUndefined: 'last', sortFn: compareTexts } as const;

/** How a column of counts sorts: the most first. */
export const countSort = { sortDescFirst: true, sortFn: compareCounts } as const;
