// The coverage matrix (`#/coverage`): which article carries which story element, filterable, its state in the URL.
import type { CorpusOf } from '../../app/corpus-parts.ts';
import { useMemo, useRef } from 'react';

import type { HashLocationApi } from '../../app/useHashLocation.ts';
import { useDocumentTitle } from '../../app/useDocumentTitle.ts';
import { countOf, formatNumber } from '../../app/format.ts';
import { sortToPatch } from '../Articles/articles.ts';
import {
  coverageRows,
  coverageState,
  filterRows,
  PAGE,
  SOURCE_FILTERS,
  sourceFilter,
  sourcesPatch,
  type SourceFilter,
} from './coverage.ts';
import { FilterBar, NothingShown } from '../FilterBar.tsx';
import { CoverageTable } from './CoverageTable.tsx';

const SOURCE_LABELS: Record<SourceFilter, string> = {
  shared: 'Told by two or more sources',
  all: 'Every element',
  one: 'Told by one source only',
};
const SOURCE_OPTIONS = SOURCE_FILTERS.map((value) => ({ value, label: SOURCE_LABELS[value] }));

interface Props {
  corpus: CorpusOf<'articles' | 'elements'>;
  location: HashLocationApi;
}

export default function CoverageView({ corpus, location }: Props) {
  useDocumentTitle('Coverage');
  const filterBox = useRef<HTMLInputElement>(null);
  const state = useMemo(() => coverageState(location.query), [location.query]);
  const rows = useMemo(() => coverageRows(corpus), [corpus]);
  const shown = useMemo(
    () => filterRows(rows, state.sources, state.filter),
    [rows, state.sources, state.filter],
  );
  const single = useMemo(() => rows.filter((row) => row.sources === 1).length, [rows]);
  const { setQuery } = location;
  const filtered = state.sources !== 'all' || state.filter !== '';
  const showSingle = () => {
    setQuery(sourcesPatch('all'));
  };

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

      <FilterBar
        id="element-filter"
        label="Filter elements"
        placeholder="Words in the sentence"
        value={state.filter}
        inputRef={filterBox}
        onFilter={(value) => {
          setQuery({ filter: value, show: null }, { replace: true });
        }}
        choice={{
          id: 'element-sources',
          label: 'Show',
          value: state.sources,
          options: SOURCE_OPTIONS,
          onChange: (value) => {
            const chosen = sourceFilter(value);
            if (chosen) setQuery(sourcesPatch(chosen));
          },
        }}
        count={
          filtered
            ? `${countOf(shown.length, 'element')} of ${formatNumber(rows.length)} shown`
            : countOf(rows.length, 'element')
        }
      />

      {state.sources === 'shared' && single > 0 && (
        <p className="left-out">
          {countOf(single, 'element')} told by one source only {single === 1 ? 'is' : 'are'} left out.{' '}
          <button type="button" className="link-button" onClick={showSingle}>
            Show every element
          </button>
        </p>
      )}

      {shown.length === 0 ? (
        <NothingShown
          clearLabel="Clear the filters"
          onClear={
            filtered
              ? () => {
                  setQuery({ filter: null, sources: 'all', only: null, show: null });
                  filterBox.current?.focus();
                }
              : null
          }
        >
          {rows.length === 0
            ? 'No story elements yet: no sentence of one article was found to say what a sentence of another says.'
            : state.sources === 'shared' && state.filter === ''
              ? 'No story element is told by two or more sources: no sentence of one article was found to say what a sentence of another says.'
              : 'No story element matches these filters.'}
        </NothingShown>
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
