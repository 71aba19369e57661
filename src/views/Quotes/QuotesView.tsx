// The quotes view (`#/quotes`): every quote the articles carry, who said it, where, and how its wording differs.
import type { ViewProps } from '../../app/view-props.ts';
import { useMemo } from 'react';

import { sortToPatch } from '../table/sort.ts';
import { filterQuotes, quoteRows, quotesState, quotesSummary, sharedPatch } from './quotes.ts';
import { QuotesTable } from './QuotesTable.tsx';
import './quotes.css';
import { FilteredTableLayout } from '../table/FilteredTableLayout.tsx';
import { DownloadCsv } from '../DownloadButtons.tsx';
import { quotesTable } from '../../export/quotes-table.ts';

export default function QuotesView({ corpus, location }: ViewProps<'articles' | 'quoteGroups'>) {
  const { sort, shared, filter } = useMemo(() => quotesState(location.query), [location.query]);
  const rows = useMemo(() => quoteRows(corpus), [corpus]);
  const shown = useMemo(() => filterQuotes(rows, shared, filter), [rows, shared, filter]);
  const summary = useMemo(() => quotesSummary(rows), [rows]);
  const { setQuery } = location;
  const filtered = shared || filter !== '';

  return (
    <FilteredTableLayout
      title="Quotes"
      summary={summary}
      downloads={<DownloadCsv name="quotes" table={() => quotesTable(corpus)} />}
      lede={
        <>
          Every quote in these articles, who said it and which articles carry it, with how each article’s
          wording differs from the first’s: <del className="legend">struck</del> words only the first has,{' '}
          <ins className="legend">underlined</ins> words only the other has.
        </>
      }
      filterBar={{
        id: 'quote-filter',
        label: 'Filter quotes',
        placeholder: 'Words or speaker',
        value: filter,
        onFilter: (value) => {
          setQuery({ filter: value }, { replace: true });
        },
        check: {
          label: 'In more than one article',
          checked: shared,
          onChange: (checked) => {
            setQuery(sharedPatch(checked));
          },
        },
      }}
      counts={{ shown: shown.length, total: rows.length, noun: 'quote' }}
      clear={
        filtered
          ? () => {
              setQuery({ filter: null, shared: null });
            }
          : null
      }
      empty={
        rows.length === 0
          ? 'No quotes yet: no article of this corpus quotes anyone in quotation marks.'
          : 'No quote matches these filters.'
      }
    >
      <QuotesTable
        rows={shown}
        sort={sort}
        onSortChange={(next) => {
          setQuery(sortToPatch(next));
        }}
      />
    </FilteredTableLayout>
  );
}
