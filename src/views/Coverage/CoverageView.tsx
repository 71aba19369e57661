// The coverage matrix (`#/coverage`): which article carries which story element, filterable, its state in the URL.
import { useMemo, useRef } from 'react';
import type { Corpus } from '../../corpus/types.ts';
import type { HashLocationApi } from '../../app/useHashLocation.ts';
import { useDocumentTitle } from '../../app/useDocumentTitle.ts';
import { countOf, formatNumber } from '../../app/format.ts';
import { sortToPatch } from '../Articles/articles.ts';
import { coverageRows, coverageState, filterRows, onlyOnePatch, PAGE } from './coverage.ts';
import { CoverageTable } from './CoverageTable.tsx';

interface Props {
  corpus: Corpus;
  location: HashLocationApi;
}

export default function CoverageView({ corpus, location }: Props) {
  useDocumentTitle('Coverage');
  const filterBox = useRef<HTMLInputElement>(null);
  const state = useMemo(() => coverageState(location.query), [location.query]);
  const rows = useMemo(() => coverageRows(corpus), [corpus]);
  const shown = useMemo(
    () => filterRows(rows, state.onlyOne, state.filter),
    [rows, state.onlyOne, state.filter],
  );
  const single = useMemo(() => rows.filter((row) => row.sources === 1).length, [rows]);
  const { setQuery } = location;
  const filtered = state.onlyOne || state.filter !== '';

  return (
    <>
      <div className="view-head">
        <h1 tabIndex={-1}>Coverage</h1>
        <p className="summary">
          <span>{countOf(rows.length, 'story element')}</span>
          <span>{formatNumber(single)} told by one source only</span>
          <span>{countOf(corpus.articles.length, 'article')}</span>
        </p>
      </div>
      <p className="lede">
        Each row is one claim or fact, told in sentences that say the same thing across articles; a tick opens
        that article at the passage.
      </p>

      <div className="toolbar">
        <label htmlFor="element-filter">Filter elements</label>
        <input
          id="element-filter"
          ref={filterBox}
          type="search"
          value={state.filter}
          placeholder="Words in the sentence"
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => {
            setQuery({ filter: event.target.value, show: null }, { replace: true });
          }}
        />
        <label className="check">
          <input
            type="checkbox"
            checked={state.onlyOne}
            onChange={(event) => {
              setQuery(onlyOnePatch(event.target.checked));
            }}
          />
          Only one source
        </label>
        <p className="count" role="status">
          {filtered
            ? `${countOf(shown.length, 'element')} of ${formatNumber(rows.length)} shown`
            : countOf(rows.length, 'element')}
        </p>
      </div>

      {shown.length === 0 ? (
        <div className="empty">
          <p>
            {rows.length === 0
              ? 'No story elements yet: no sentence of one article was found to say what a sentence of another says.'
              : 'No story element matches these filters.'}
          </p>
          {filtered && (
            <button
              type="button"
              onClick={() => {
                setQuery({ filter: null, only: null, show: null });
                filterBox.current?.focus();
              }}
            >
              Clear the filters
            </button>
          )}
        </div>
      ) : (
        <CoverageTable
          articles={corpus.articles}
          rows={shown}
          sort={state.sort}
          limit={state.limit}
          onSortChange={(next) => {
            setQuery(sortToPatch(next));
          }}
          onShowMore={() => {
            setQuery({ show: String(state.limit + PAGE) }, { replace: true });
          }}
        />
      )}
    </>
  );
}
