// Every quote group as a TanStack table: the words with how each article words them, the speaker, and the articles
// carrying it, each occurrence linking to the reader at its passage. Sortable by words, speaker and sources.
import { createColumnHelper } from '@tanstack/react-table';
import { SortedBody, SortedHead, useSortedTable, type SortedFeatures } from '../table/sortedTable.tsx';
import { formatNumber } from '../../app/format.ts';
import { href } from '../../app/routes.ts';
import { Untrusted } from '../../app/Untrusted.tsx';
import { countSort } from '../table/sort.ts';
import { hasChanges } from './wording.ts';
import { useShowAll } from '../useShowAll.tsx';
import { DiffText } from './DiffText.tsx';
import { CopyCitation } from '../CopyCitation.tsx';
import { isolateText } from '../../app/bidi.ts';
import type { QuoteRow, QuotesState } from './quotes.ts';

const helper = createColumnHelper<SortedFeatures, QuoteRow>();

const columns = helper.columns([
  helper.accessor('words', {
    header: 'Quote',
    cell: ({ row }) => <QuoteCell row={row.original} />,
    meta: { className: 'q-words' },
  }),
  // Quotes with no named speaker last, either way round (a column's undefined values always sort last).
  helper.accessor((row) => row.speaker ?? undefined, {
    id: 'speaker',
    header: 'Speaker',
    cell: ({ row }) =>
      row.original.speaker === null ? (
        <span className="muted">Not named</span>
      ) : (
        <Untrusted>{row.original.speaker}</Untrusted>
      ),
    meta: { className: 'q-speaker' },
  }),
  helper.accessor('sources', {
    header: 'Articles',
    ...countSort,
    cell: ({ row }) => <Occurrences row={row.original} />,
    meta: { className: 'q-where' },
  }),
]);

/** Wordings and articles listed per row before a "Show all" button. */
const FIRST = 6;

function QuoteCell({ row }: { row: QuoteRow }) {
  const first = row.occurrences[0];
  const variants = row.occurrences.slice(1);
  const { shown, toggle } = useShowAll(variants, FIRST, 'wording');
  return (
    <>
      <blockquote className="q-text">
        “<Untrusted>{row.words}</Untrusted>”
      </blockquote>
      {first && variants.length > 0 && (
        <div className="q-variants">
          {row.differs ? (
            <>
              <p className="q-variants-label">
                Differences from <Untrusted>{first.outlet}</Untrusted>’s wording
              </p>
              <ul>
                {shown.map((occurrence, i) => (
                  <li key={i}>
                    <span className="q-variant-outlet">
                      <Untrusted>{occurrence.outlet}</Untrusted>:
                    </span>{' '}
                    {hasChanges(occurrence.diff) ? (
                      <DiffText diff={occurrence.diff} from={first.outlet} to={occurrence.outlet} />
                    ) : (
                      <span className="same-wording">the same words</span>
                    )}
                  </li>
                ))}
              </ul>
              {toggle}
            </>
          ) : (
            <p className="q-variants-label">The same words in every article</p>
          )}
        </div>
      )}
    </>
  );
}

function Occurrences({ row }: { row: QuoteRow }) {
  const { shown, toggle } = useShowAll(row.occurrences, FIRST, 'passage');
  return (
    <>
      <span className="q-count">{formatNumber(row.sources)}</span>
      <ul className="q-occurrences">
        {shown.map((occurrence, i) => (
          <li key={i} className="reveal-citation">
            <a href={href.article(occurrence.articleId, { p: String(occurrence.sentence) })}>
              <Untrusted>{occurrence.outlet}</Untrusted>
              <span className="visually-hidden">
                : “<Untrusted>{occurrence.words}</Untrusted>” in its passage
              </span>
            </a>{' '}
            <CopyCitation
              text={occurrence.words}
              article={occurrence.cited}
              sentence={occurrence.sentence}
              label={`Copy citation of this quote in ${isolateText(occurrence.outlet)}`}
            />
          </li>
        ))}
      </ul>
      {toggle}
    </>
  );
}

interface Props {
  rows: readonly QuoteRow[];
  sort: QuotesState['sort'];
  onSortChange: (sort: { id: string; desc: boolean } | undefined) => void;
}

export function QuotesTable({ rows, sort, onSortChange }: Props) {
  const table = useSortedTable(columns, rows, (row) => String(row.group), sort, onSortChange);

  const all = table.getRowModel().rows;
  return (
    <div className="table-wrap wide">
      <table className="data-table quotes-table" aria-rowcount={all.length + 1}>
        <caption className="visually-hidden">
          Quotes, with who said them and the articles carrying them; the column headers sort the table
        </caption>
        <SortedHead table={table} />
        <SortedBody table={table} estimate={150} />
      </table>
    </div>
  );
}
