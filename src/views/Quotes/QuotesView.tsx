// The quotes view (`#/quotes`): every quote the articles carry, who said it, where, and how its wording differs.
import { useMemo, useRef } from 'react';
import type { Corpus } from '../../corpus/types.ts';
import type { HashLocationApi } from '../../app/useHashLocation.ts';
import { useDocumentTitle } from '../../app/useDocumentTitle.ts';
import { countOf, formatNumber } from '../../app/format.ts';
import { sortToPatch } from '../Articles/articles.ts';
import { filterQuotes, quoteRows, quotesState, sharedPatch } from './quotes.ts';
import { QuotesTable } from './QuotesTable.tsx';

interface Props {
  corpus: Corpus;
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

      <div className="toolbar">
        <label htmlFor="quote-filter">Filter quotes</label>
        <input
          id="quote-filter"
          ref={filterBox}
          type="search"
          value={state.filter}
          placeholder="Words or speaker"
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => {
            setQuery({ filter: event.target.value }, { replace: true });
          }}
        />
        <label className="check">
          <input
            type="checkbox"
            checked={state.shared}
            onChange={(event) => {
              setQuery(sharedPatch(event.target.checked));
            }}
          />
          In more than one article
        </label>
        <p className="count" role="status">
          {filtered
            ? `${countOf(shown.length, 'quote')} of ${formatNumber(rows.length)} shown`
            : countOf(rows.length, 'quote')}
        </p>
      </div>

      {shown.length === 0 ? (
        <div className="empty">
          <p>
            {rows.length === 0
              ? 'No quotes yet: no article of this corpus quotes anyone in quotation marks.'
              : 'No quote matches these filters.'}
          </p>
          {filtered && (
            <button
              type="button"
              onClick={() => {
                setQuery({ filter: null, shared: null });
                filterBox.current?.focus();
              }}
            >
              Clear the filters
            </button>
          )}
        </div>
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
