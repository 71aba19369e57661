// The coverage matrix as a TanStack table: story elements by articles, sortable by label and by sources, each
// carried cell linking to the passage in the reader.
import { useMemo, useState } from 'react';
import { createColumnHelper } from '@tanstack/react-table';
import { SortedHead, useSortedTable, type SortedFeatures } from '../sortedTable.tsx';
import type { Article } from '../../corpus/types.ts';
import { formatNumber, outletName } from '../../app/format.ts';
import { href } from '../../app/routes.ts';
import { Untrusted } from '../../app/Untrusted.tsx';
import { balanceBidi } from '../../app/bidi.ts';
import { compareText } from '../Articles/articles.ts';
import { shorten, type CoverageRow, type CoverageState } from './coverage.ts';

const helper = createColumnHelper<SortedFeatures, CoverageRow>();

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
        meta: { className: 'cov-article' },
      }),
    ),
  ]);
}

function ArticleHeading({ article }: { article: Article }) {
  return (
    <>
      <span className="cov-outlet">
        <Untrusted>
          <BreakAtDots text={outletName(article)} />
        </Untrusted>
      </span>
      <span className="cov-title">
        <Untrusted>{shorten(article.title, 48)}</Untrusted>
      </span>
    </>
  );
}

/** A host name that may break after its dots (`news.<wbr>example.<wbr>com`), not inside a word. */
function BreakAtDots({ text }: { text: string }) {
  return text.split(/(?<=\.)/).map((part, i) => (
    <span key={i}>
      {i > 0 && <wbr />}
      {balanceBidi(part)}
    </span>
  ));
}

function ElementLabel({ label }: { label: string }) {
  const [open, setOpen] = useState(false);
  const short = shorten(label, 140);
  if (short === label) return <Untrusted>{label}</Untrusted>;
  return (
    <>
      <Untrusted>{open ? label : short}</Untrusted>{' '}
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
  sort: CoverageState['sort'];
  limit: number;
  onSortChange: (sort: { id: string; desc: boolean } | undefined) => void;
  onShowMore: () => void;
}

export function CoverageTable({ articles, rows, sort, limit, onSortChange, onShowMore }: Props) {
  const columns = useMemo(() => buildColumns(articles), [articles]);
  const table = useSortedTable(columns, rows, (row) => String(row.element), sort, onSortChange);
  const all = table.getRowModel().rows;
  const shown = all.slice(0, limit);

  return (
    <>
      <div className="table-wrap">
        <table className="data-table coverage-table">
          <caption className="visually-hidden">
            Story elements by article; the Story element and Sources headers sort the table
          </caption>
          <SortedHead table={table} />
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
