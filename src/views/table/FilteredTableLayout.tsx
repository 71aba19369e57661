// The layout the filtered table views (coverage, quotes) share: heading and figures, a lede, the filter bar with
// its count, then the table, or, when the filters leave no row, why, with a button that clears them.
import { useRef, type ReactNode } from 'react';
import { countOf, formatNumber } from '../../app/format.ts';
import { useDocumentTitle } from '../../app/useDocumentTitle.ts';
import { FilterBar, NothingShown, type FilterBarProps } from './FilterBar.tsx';

interface Props {
  /** The view's heading, and the browser tab's. */
  title: string;
  /** The view's figures, one phrase each. */
  summary: readonly string[];
  lede: ReactNode;
  /** The filter bar, but for what the layout gives it: the box's ref and the count. */
  filterBar: Omit<FilterBarProps, 'inputRef' | 'count'>;
  /** How many rows the filters leave of how many, and what a row is called (`quote`). */
  counts: { shown: number; total: number; noun: string };
  /** Clears every filter, the filter box then taking the focus for the reader to type anew; null when none is set. */
  clear: (() => void) | null;
  /** Why no row is shown. */
  empty: ReactNode;
  /** A note between the filter bar and the table. */
  notice?: ReactNode;
  /** Buttons that download the table, under the heading's figures. */
  downloads?: ReactNode;
  /** The table of the rows shown. */
  children: ReactNode;
}

export function FilteredTableLayout(props: Props) {
  const { counts, clear } = props;
  const { shown, total, noun } = counts;
  useDocumentTitle(props.title);
  const filterBox = useRef<HTMLInputElement>(null);
  return (
    <>
      <div className="view-head">
        <h1 tabIndex={-1}>{props.title}</h1>
        <p className="summary">
          {props.summary.map((phrase, i) => (
            <span key={i}>{phrase}</span>
          ))}
        </p>
        {props.downloads && <p>{props.downloads}</p>}
      </div>
      <p className="lede">{props.lede}</p>

      <FilterBar
        {...props.filterBar}
        inputRef={filterBox}
        count={clear ? `${countOf(shown, noun)} of ${formatNumber(total)} shown` : countOf(total, noun)}
      />

      {props.notice}

      {shown === 0 ? (
        <NothingShown
          clearLabel="Clear the filters"
          onClear={
            clear &&
            (() => {
              clear();
              filterBox.current?.focus();
            })
          }
        >
          {props.empty}
        </NothingShown>
      ) : (
        props.children
      )}
    </>
  );
}
