// The coverage matrix as a TanStack table: claims by articles, sortable by label and by sources, each carried cell
// linking to the passage in the reader. It scrolls both ways in a box of its own, its header row and first column
// staying in view, so that a tick far from both still shows which claim and which article it is. Only the rows and
// the article columns near what is on screen render: at a thousand articles the whole matrix would be a million
// elements.
import { useState } from 'react';
import { createColumnHelper } from '@tanstack/react-table';
import { SortedBody, SortedHead, useSortedTable, type SortedFeatures } from '../table/sortedTable.tsx';
import { countSort } from '../table/sort.ts';
import type { Article } from '../../corpus/types.ts';
import { countOf, formatNumber, outletName } from '../../app/format.ts';
import { href } from '../../app/routes.ts';
import { Untrusted } from '../../app/Untrusted.tsx';
import { isolateText } from '../../app/bidi.ts';
import { BreakAtDots } from '../../app/BreakAtDots.tsx';
import { useVirtualColumns } from '../virtual/useVirtualColumns.ts';
import { WindowedCells } from '../virtual/pads.tsx';
import { shorten } from '../../corpus/client.ts';
import { ExpandToggle } from '../ExpandToggle.tsx';
import { cellOf, type CoverageRow, type CoverageState } from './coverage.ts';

const helper = createColumnHelper<SortedFeatures, CoverageRow>();

// The sortable columns; the article columns, one per article, are rendered here rather than by TanStack, which
// would make a cell object for every article of every row.
const columns = helper.columns([
  helper.accessor('label', {
    header: 'Claim',
    cell: ({ row }) => <ElementLabel label={row.original.label} />,
  }),
  // Each family of copies counted once, when the view counts so: sorted by that count then.
  helper.accessor((row) => row.independent ?? row.sources, {
    id: 'sources',
    header: 'Articles',
    ...countSort,
    cell: ({ row }) => <ArticleCount row={row.original} />,
    meta: { numeric: true },
  }),
]);

/** How many articles tell a claim, and, when each family of copies counts once, from how many sources. */
function ArticleCount({ row }: { row: CoverageRow }) {
  if (row.independent === undefined) return formatNumber(row.sources);
  return (
    <>
      {countOf(row.sources, 'report')}
      <span className="cov-independent">from {countOf(row.independent, 'independent source')}</span>
    </>
  );
}

/** An article column's width in pixels before it is measured (`.cov-article`'s, in the stylesheet). */
const ARTICLE_WIDTH = 120;

function ArticleHeading({ article }: { article: Article }) {
  return (
    <>
      <span className="cov-outlet">
        <OutletName name={outletName(article)} />
      </span>
      <span className="cov-title">
        <Untrusted>{shorten(article.title, 48)}</Untrusted>
      </span>
    </>
  );
}

/** The longest word of an outlet's name shown whole: a longer one would make its column wider than the others. */
const LONGEST_WORD = 16;

/**
 * An outlet's name, broken only between words and after dots, never inside a word; a name with a word too long for
 * its column is cut short, the whole name in its tooltip and for assistive technology.
 */
function OutletName({ name }: { name: string }) {
  if (name.split(/[\s.]+/).every((word) => word.length <= LONGEST_WORD)) {
    return (
      <Untrusted>
        <BreakAtDots text={name} />
      </Untrusted>
    );
  }
  return (
    <>
      <span aria-hidden="true" title={isolateText(name)}>
        <Untrusted>{shorten(name, LONGEST_WORD)}</Untrusted>
      </span>
      <span className="visually-hidden">
        <Untrusted>{name}</Untrusted>
      </span>
    </>
  );
}

function ElementLabel({ label }: { label: string }) {
  const [open, setOpen] = useState(false);
  const short = shorten(label, 140);
  if (short === label) return <Untrusted>{label}</Untrusted>;
  return (
    <>
      <Untrusted>{open ? label : short}</Untrusted>{' '}
      <ExpandToggle open={open} onChange={setOpen}>
        {open ? 'show less' : 'show all'}
        <span className="visually-hidden"> of this sentence</span>
      </ExpandToggle>
    </>
  );
}

function Cell({ article, sentence }: { article: Article; sentence: number | null }) {
  const outlet = outletName(article);
  if (sentence === null) {
    return (
      <span className="cov-none">
        <span aria-hidden="true">·</span>
        <span className="visually-hidden">
          not in <Untrusted>{outlet}</Untrusted>
        </span>
      </span>
    );
  }
  return (
    <a className="cov-yes" href={href.article(article.id, { p: String(sentence) })}>
      <span aria-hidden="true">✓</span>
      <span className="visually-hidden">
        carried by <Untrusted>{outlet}</Untrusted>
      </span>
    </a>
  );
}

interface Props {
  articles: readonly Article[];
  rows: readonly CoverageRow[];
  /** What the table holds, for assistive technology: the view has two. */
  caption: string;
  sort: CoverageState['sort'];
  limit: number;
  onSortChange: (sort: { id: string; desc: boolean } | undefined) => void;
  onShowMore: () => void;
}

export function CoverageTable({ articles, rows, caption, sort, limit, onSortChange, onShowMore }: Props) {
  const table = useSortedTable(columns, rows, (row) => String(row.element), sort, onSortChange);
  const {
    scroller,
    table: tableElement,
    window,
  } = useVirtualColumns({
    fixed: columns.length,
    count: articles.length,
    estimate: ARTICLE_WIDTH,
  });
  const all = table.getRowModel().rows;
  const shown = all.slice(0, limit);
  // Column indexes for assistive technology, counted from 1: the article columns come after the sortable ones.
  const colIndex = (index: number) => columns.length + index + 1;

  return (
    <>
      {/* A region that takes the focus, so that the keyboard can scroll it too. */}
      <div
        className="table-wrap wide cov-scroll"
        ref={scroller}
        role="region"
        aria-label={caption}
        tabIndex={0}
      >
        <table
          ref={tableElement}
          className="data-table coverage-table"
          aria-rowcount={shown.length + 1}
          aria-colcount={columns.length + articles.length}
        >
          <caption className="visually-hidden">
            {caption}; the Claim and Articles headers sort the table
          </caption>
          <SortedHead
            table={table}
            more={
              <WindowedCells
                window={window}
                items={articles}
                cell={(article, index) => (
                  <th
                    key={article.id}
                    ref={window.measure}
                    data-index={index}
                    scope="col"
                    className="cov-article"
                    aria-colindex={colIndex(index)}
                  >
                    <ArticleHeading article={article} />
                  </th>
                )}
              />
            }
          />
          <SortedBody
            table={table}
            rows={shown}
            estimate={68}
            scroller={scroller}
            columns={columns.length + articles.length}
            more={(row) => (
              <WindowedCells
                window={window}
                items={articles}
                cell={(article, index) => (
                  <td key={article.id} className="cov-article" aria-colindex={colIndex(index)}>
                    <Cell article={article} sentence={cellOf(row.original, index)} />
                  </td>
                )}
              />
            )}
          />
        </table>
      </div>
      {all.length > shown.length && (
        <p className="show-more">
          <button type="button" className="button" onClick={onShowMore}>
            Show more ({formatNumber(all.length - shown.length)} not shown)
          </button>
        </p>
      )}
    </>
  );
}
