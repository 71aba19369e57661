// The articles as a sortable TanStack table; a row (or its title link) opens the reader.
import { useMemo, type MouseEvent } from 'react';
import { createColumnHelper } from '@tanstack/react-table';
import { SortedBody, SortedHead, useSortedTable, type SortedFeatures } from '../table/sortedTable.tsx';
import type { ArticleSummary } from '../../corpus/client.ts';
import type { CopyFamilies } from '../../corpus/types.ts';
import { PublishedDate } from '../../app/PublishedDate.tsx';
import { derivedTitleNote, formatNumber } from '../../app/format.ts';
import { OutletName } from '../../app/OutletName.tsx';
import { Untrusted } from '../../app/Untrusted.tsx';
import { href } from '../../app/routes.ts';
import { countSort, textSort, type ColumnSort } from '../table/sort.ts';
import { publishedSortKey, type ColumnId } from './articles.ts';
import { sourceLabel, sourceSortKey } from '../Sources/sources.ts';

const helper = createColumnHelper<SortedFeatures, ArticleSummary>();

const baseColumns = helper.columns([
  helper.accessor('title', {
    header: 'Title',
    cell: ({ row }) => <TitleCell article={row.original} />,
  }),
  helper.accessor((article) => article.outlet ?? undefined, {
    id: 'outlet',
    header: 'Outlet',
    cell: ({ row }) => <OutletName article={row.original} />,
  }),
  helper.accessor(publishedSortKey, {
    id: 'published',
    header: 'Published',
    // The latest first: ISO dates sort as text; undated articles with no bound go last either way round.
    ...textSort,
    sortDescFirst: true,
    cell: ({ row }) => <PublishedDate article={row.original} />,
  }),
  helper.accessor('wordCount', {
    id: 'words',
    header: 'Words',
    ...countSort,
    cell: ({ getValue }) => <Count n={getValue()} unit="words" />,
    meta: { numeric: true },
  }),
  helper.accessor((article) => article.sentenceCount, {
    id: 'sentences',
    header: 'Sentences',
    ...countSort,
    cell: ({ getValue }) => <Count n={getValue()} unit="sentences" />,
    meta: { numeric: true },
  }),
]);

/**
 * The Source column: what the article is to the others ("copy of Reuters via dawn.com, 94 %"), blank while the
 * families load (the table paints first without them); sorted by family, each original first.
 */
function sourceColumn(
  sources: CopyFamilies | null,
  indexOf: ReadonlyMap<string, number>,
  all: readonly ArticleSummary[],
) {
  const index = (article: ArticleSummary) => indexOf.get(article.id) ?? -1;
  return helper.accessor((article) => (sources ? sourceSortKey(index(article), sources) : undefined), {
    id: 'source',
    header: 'Source',
    sortDescFirst: false,
    sortUndefined: 'last',
    sortFn: (a, b, id) => a.getValue<number>(id) - b.getValue<number>(id),
    cell: ({ row }) => (sources ? sourceLabel(index(row.original), sources, all) : ''),
    meta: { className: 'source' },
  });
}

/** A number, with its unit for the card layout of narrow screens (the column header names it on wide ones). */
function Count({ n, unit }: { n: number; unit: string }) {
  return (
    <>
      {formatNumber(n)}
      <span className="unit"> {unit}</span>
    </>
  );
}

function TitleCell({ article }: { article: ArticleSummary }) {
  const note = derivedTitleNote(article.titleSource);
  return (
    <>
      <a className="title-link" href={href.article(article.id)}>
        <Untrusted>{article.title}</Untrusted>
      </a>
      {note !== null && <span className="note">{note}</span>}
    </>
  );
}

interface Props {
  articles: readonly ArticleSummary[];
  /** Every article, in corpus order, and where each is in it: what the families' indices point into. */
  all: readonly ArticleSummary[];
  indexOf: ReadonlyMap<string, number>;
  /** The copy families, once loaded. */
  sources: CopyFamilies | null;
  sort: ColumnSort<ColumnId> | null;
  onSortChange: (sort: { id: string; desc: boolean } | undefined) => void;
  onOpen: (article: ArticleSummary) => void;
}

export function ArticlesTable({ articles, all, indexOf, sources, sort, onSortChange, onOpen }: Props) {
  const columns = useMemo(
    () => [...baseColumns, sourceColumn(sources, indexOf, all)],
    [sources, indexOf, all],
  );
  // A new array once the families are in: the table keeps each row's values (and its sorted order) for as long as
  // its data is the same array, so the Source column's would stay blank.
  const data = useMemo(() => (sources ? [...articles] : articles), [articles, sources]);
  const table = useSortedTable(columns, data, (article) => article.id, sort, onSortChange);

  const openRow = (event: MouseEvent, article: ArticleSummary) => {
    // The link handles its own clicks (and new-tab clicks); a drag to select text is not a click to open.
    if (event.target instanceof Element && event.target.closest('a, button')) return;
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (window.getSelection()?.isCollapsed === false) return;
    onOpen(article);
  };

  const rows = table.getRowModel().rows;
  return (
    <table className="data-table articles-table" aria-rowcount={rows.length + 1}>
      <caption className="visually-hidden">
        Articles; the buttons in the column headers sort the table
      </caption>
      <SortedHead table={table} />
      <SortedBody
        table={table}
        estimate={64}
        rowProps={(row, index) => ({
          // Striped by place in the table, not among the rows rendered, so the stripes stay put as it scrolls.
          className: index % 2 === 1 ? 'stripe' : undefined,
          onClick: (event) => {
            openRow(event, row.original);
          },
        })}
      />
    </table>
  );
}
