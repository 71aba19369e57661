// The quotes view (`#/quotes`): every quote the articles carry, who said it, where, and how its wording differs.
import type { CorpusOf } from '../../app/corpus-parts.ts';
import { useMemo, useRef } from 'react';

import type { HashLocationApi } from '../../app/useHashLocation.ts';
import { useDocumentTitle } from '../../app/useDocumentTitle.ts';
import { countOf, formatNumber } from '../../app/format.ts';
import { sortToPatch } from '../Articles/articles.ts';
import { filterQuotes, quoteRows, quotesState, sharedPatch } from './quotes.ts';
import { QuotesTable } from './QuotesTable.tsx';
import { FilterBar, NothingShown } from '../FilterBar.tsx';

interface Props {
  corpus: CorpusOf<'articles' | 'quoteGroups'>;
  location: HashLocationApi;
}

export default function QuotesView({ corpus, location }: Props) {
  useDocumentTitle('Quotes');
  const filterBox = useRef<HTMLInputElement>(null);
  const state = useMemo(() => quotesState(location.query), [location.query]);
  const rows = useMemo(() => quoteRows(corpus), [corpus]);
  const shown = useMemo(
    () => filterQuotes(rows, state.shared, state.filter),
    [rows, state.shared, state.filter],
  );
  const shared = useMemo(() => rows.filter((row) => row.sources > 1).length, [rows]);
  const differing = useMemo(() => rows.filter((row) => row.differs).length, [rows]);
  const { setQuery } = location;
  const filtered = state.shared || state.filter !== '';

  return (
    <>
      <div className="view-head">
        <h1 tabIndex={-1}>Quotes</h1>
        <p className="summary">
          <span>{countOf(rows.length, 'quote')}</span>
          <span>{formatNumber(shared)} in more than one article</span>
          <span>{formatNumber(differing)} worded differently</span>
        </p>
      </div>
      <p className="lede">
        Each row is one quote, however each article renders it: who said it, which articles carry it (each
        opens the article at the passage), and how their wording differs: <del className="legend">struck</del>{' '}
        words only the first article has, <ins className="legend">underlined</ins> words only the other has.
      </p>

      <FilterBar
        id="quote-filter"
        label="Filter quotes"
        placeholder="Words or speaker"
        value={state.filter}
        inputRef={filterBox}
        onFilter={(value) => {
          setQuery({ filter: value }, { replace: true });
        }}
        check={{
          label: 'In more than one article',
          checked: state.shared,
          onChange: (checked) => {
            setQuery(sharedPatch(checked));
          },
        }}
        count={
          filtered
            ? `${countOf(shown.length, 'quote')} of ${formatNumber(rows.length)} shown`
            : countOf(rows.length, 'quote')
        }
      />

      {shown.length === 0 ? (
        <NothingShown
          clearLabel="Clear the filters"
          onClear={
            filtered
              ? () => {
                  setQuery({ filter: null, shared: null });
                  filterBox.current?.focus();
                }
              : null
          }
        >
          {rows.length === 0
            ? 'No quotes yet: no article of this corpus quotes anyone in quotation marks.'
            : 'No quote matches these filters.'}
        </NothingShown>
      ) : (
        <QuotesTable
          rows={shown}
          sort={state.sort}
          onSortChange={(next) => {
            setQuery(sortToPatch(next));
          }}
        />
      )}
    </>
  );
}
