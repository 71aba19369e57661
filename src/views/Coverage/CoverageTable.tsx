// The coverage matrix as a TanStack table: story elements by articles, sortable by label and by sources, each
// carried cell linking to the passage in the reader.
import { useMemo, useState } from 'react';
import {
  createColumnHelper,
  createSortedRowModel,
  functionalUpdate,
  metaHelper,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import type { Article } from '../../corpus/types.ts';
import { formatNumber, outletName } from '../../app/format.ts';
import { href } from '../../app/routes.ts';
import { compareText } from '../Articles/articles.ts';
import { SortHeader } from '../Articles/SortHeader.tsx';
import { shorten, type CoverageRow, type CoverageState } from './coverage.ts';

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  columnMeta: metaHelper<{ numeric?: boolean }>(),
});

const helper = createColumnHelper<typeof features, CoverageRow>();

function buildColumns(articles: readonly Article[]) {
  return helper.columns([
    helper.accessor('label', {
      header: 'Story element',
      sortDescFirst: false,
      sortFn: (a, b) => compareText(a.original.label, b.original.label),
      cell: ({ row }) => <ElementLabel label={row.original.label} />,
    }),
    helper.accessor('sources', {
      header: 'Sources',
      sortDescFirst: true,
      sortFn: (a, b) => a.original.sources - b.original.sources,
      cell: ({ getValue }) => formatNumber(getValue()),
      meta: { numeric: true },
    }),
    ...articles.map((article, index) =>
      helper.display({
        id: `article-${article.id}`,
        header: () => <ArticleHeading article={article} />,
        cell: ({ row }) => <Cell article={article} sentence={row.original.cells[index] ?? null} />,
      }),
    ),
  ]);
}

function ArticleHeading({ article }: { article: Article }) {
  return (
    <>
      <span className="cov-outlet">
        <BreakAtDots text={outletName(article)} />
      </span>
      <span className="cov-title">{shorten(article.title, 48)}</span>
    </>
  );
}

/** A host name that may break after its dots (`news.<wbr>example.<wbr>com`), not inside a word. */
function BreakAtDots({ text }: { text: string }) {
  return text.split(/(?<=\.)/).map((part, i) => (
    <span key={i}>
      {i > 0 && <wbr />}
      {part}
    </span>
  ));
}

function ElementLabel({ label }: { label: string }) {
  const [open, setOpen] = useState(false);
  const short = shorten(label, 140);
  if (short === label) return label;
  return (
    <>
      {open ? label : short}{' '}
      <button
        type="button"
        className="link-button"
        aria-expanded={open}
        onClick={() => {
          setOpen(!open);
        }}
      >
        {open ? 'show less' : 'show all'}
        <span className="visually-hidden"> of this sentence</span>
      </button>
    </>
  );
}

function Cell({ article, sentence }: { article: Article; sentence: number | null }) {
  const outlet = outletName(article);
  if (sentence === null) {
    return (
      <span className="cov-none">
        <span aria-hidden="true">·</span>
        <span className="visually-hidden">not in {outlet}</span>
      </span>
    );
  }
  return (
    <a className="cov-yes" href={href.article(article.id, { p: String(sentence) })}>
      <span aria-hidden="true">✓</span>
      <span className="visually-hidden">carried by {outlet}</span>
    </a>
  );
}

interface Props {
  articles: readonly Article[];
  rows: readonly CoverageRow[];
  sort: CoverageState['sort'];
  limit: number;
  onSortChange: (sort: { id: string; desc: boolean } | undefined) => void;
  onShowMore: () => void;
}

export function CoverageTable({ articles, rows, sort, limit, onSortChange, onShowMore }: Props) {
  const columns = useMemo(() => buildColumns(articles), [articles]);
  const sorting = useMemo<SortingState>(() => (sort ? [sort] : []), [sort]);
  const table = useTable({
    features,
    columns,
    data: rows,
    getRowId: (row) => String(row.element),
    state: { sorting },
    onSortingChange: (updater: Updater<SortingState>) => {
      onSortChange(functionalUpdate(updater, sorting)[0]);
    },
    enableMultiSort: false,
  });
  const all = table.getRowModel().rows;
  const shown = all.slice(0, limit);

  return (
    <>
      <div className="table-wrap">
        <table className="coverage-table">
          <caption className="visually-hidden">
            Story elements by article; the Story element and Sources headers sort the table
          </caption>
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
                    <th key={header.id} scope="col" className="cov-article">
                      <table.FlexRender header={header} />
                    </th>
                  ),
                )}
              </tr>
            ))}
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.id}>
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} className={cell.column.columnDef.meta?.numeric ? 'numeric' : undefined}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {all.length > shown.length && (
        <p className="show-more">
          <button type="button" onClick={onShowMore}>
            Show more ({formatNumber(all.length - shown.length)} not shown)
          </button>
        </p>
      )}
    </>
  );
}
