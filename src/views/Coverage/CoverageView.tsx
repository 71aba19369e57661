// The coverage matrix (`#/coverage`): which article carries which story element, filterable, its state in the URL.
import type { ViewProps } from '../../app/view-props.ts';
import { useMemo } from 'react';

import { countOf, formatNumber } from '../../app/format.ts';
import { sortToPatch } from '../table/sort.ts';
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
import { FilteredTableLayout } from '../table/FilteredTableLayout.tsx';
import { CoverageTable } from './CoverageTable.tsx';
import './coverage.css';

const SOURCE_LABELS: Record<SourceFilter, string> = {
  shared: 'Told by two or more sources',
  all: 'Every element',
  one: 'Told by one source only',
};
const SOURCE_OPTIONS = SOURCE_FILTERS.map((value) => ({ value, label: SOURCE_LABELS[value] }));

export default function CoverageView({ corpus, location }: ViewProps<'articles' | 'elements'>) {
  const { sort, sources, filter, limit } = useMemo(() => coverageState(location.query), [location.query]);
  const rows = useMemo(() => coverageRows(corpus), [corpus]);
  const shown = useMemo(() => filterRows(rows, sources, filter), [rows, sources, filter]);
  const single = useMemo(() => rows.filter((row) => row.sources === 1).length, [rows]);
  const { setQuery } = location;
  const filtered = sources !== 'all' || filter !== '';
  const showSingle = () => {
    setQuery(sourcesPatch('all'));
  };

  return (
    <FilteredTableLayout
      title="Coverage"
      summary={[
        countOf(rows.length, 'story element'),
        `${formatNumber(single)} told by one source only`,
        countOf(corpus.articles.length, 'article'),
      ]}
      lede="Each row is one claim or fact, told in sentences that say the same thing across articles; a tick opens that article at the passage."
      filterBar={{
        id: 'element-filter',
        label: 'Filter elements',
        placeholder: 'Words in the sentence',
        value: filter,
        onFilter: (value) => {
          setQuery({ filter: value, show: null }, { replace: true });
        },
        choice: {
          id: 'element-sources',
          label: 'Show',
          value: sources,
          options: SOURCE_OPTIONS,
          onChange: (value) => {
            const chosen = sourceFilter(value);
            if (chosen) setQuery(sourcesPatch(chosen));
          },
        },
      }}
      counts={{ shown: shown.length, total: rows.length, noun: 'element' }}
      clear={
        filtered
          ? () => {
              setQuery({ filter: null, sources: 'all', only: null, show: null });
            }
          : null
      }
      empty={
        rows.length === 0
          ? 'No story elements yet: no sentence of one article was found to say what a sentence of another says.'
          : sources === 'shared' && filter === ''
            ? 'No story element is told by two or more sources: no sentence of one article was found to say what a sentence of another says.'
            : 'No story element matches these filters.'
      }
      notice={
        sources === 'shared' &&
        single > 0 && (
          <p className="left-out">
            {countOf(single, 'element')} told by one source only {single === 1 ? 'is' : 'are'} left out.{' '}
            <button type="button" className="link-button" onClick={showSingle}>
              Show every element
            </button>
          </p>
        )
      }
    >
      <CoverageTable
        articles={corpus.articles}
        rows={shown}
        sort={sort}
        limit={limit}
        onSortChange={(next) => {
          setQuery(sortToPatch(next));
        }}
        onShowMore={() => {
          setQuery({ show: String(limit + PAGE) }, { replace: true });
        }}
      />
    </FilteredTableLayout>
  );
}
