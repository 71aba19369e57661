// A sortable column header: `aria-sort` on the cell, a button inside that sorts, the direction as an icon.
import type { ReactNode } from 'react';
import { ariaSort } from './sort.ts';

interface Props {
  direction: false | 'asc' | 'desc';
  onToggle: ((event: unknown) => void) | undefined;
  numeric?: boolean;
  children: ReactNode;
}

export function SortHeader({ direction, onToggle, numeric = false, children }: Props) {
  return (
    <th scope="col" aria-sort={ariaSort(direction)} className={numeric ? 'numeric' : undefined}>
      <button type="button" className="sort-button" onClick={onToggle}>
        {children}
        <span className={`sort-icon ${direction || 'none'}`} aria-hidden="true">
          {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}
