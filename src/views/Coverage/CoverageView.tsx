// The coverage matrix (`#/coverage`): which article tells which claim of the story, filterable, its state in the URL.
// The claims two or more articles tell make the matrix; those one article tells alone are folded under it.
import type { ViewProps } from '../../app/view-props.ts';
import { useMemo } from 'react';

import { countOf, formatNumber } from '../../app/format.ts';
import { Untrusted } from '../../app/Untrusted.tsx';
import { sortToPatch } from '../table/sort.ts';
import { ExpandToggle } from '../ExpandToggle.tsx';
import {
  coverageParts,
  coverageRows,
  coverageState,
  filterRows,
  PAGE,
  singlePatch,
  withIndependent,
  type CoverageRow,
} from './coverage.ts';
import { FilteredTableLayout } from '../table/FilteredTableLayout.tsx';
import { CoverageTable } from './CoverageTable.tsx';
import { DownloadCsv } from '../DownloadButtons.tsx';
import { coverageTable } from '../../export/coverage-table.ts';
import { useSources } from '../Sources/useSources.ts';
import { COUNT_ONCE, countOnce, countOncePatch, independentCount, reportsFrom } from '../Sources/sources.ts';
import './coverage.css';

export default function CoverageView({ corpus, location }: ViewProps<'articles' | 'elements'>) {
  const { sort, single, filter, limit } = useMemo(() => coverageState(location.query), [location.query]);
  const once = countOnce(location.query);
  // The families load only when asked for, and the matrix shows without them meanwhile.
  const sources = useSources(once);
  const allRows = useMemo(() => coverageRows(corpus), [corpus]);
  const rows = useMemo(
    () => (sources ? withIndependent(allRows, sources.articles) : allRows),
    [allRows, sources],
  );
  const parts = useMemo(() => coverageParts(rows), [rows]);
  const independent = useMemo(
    () => (sources ? independentCount(corpus.articles.keys(), sources.articles) : null),
    [corpus.articles, sources],
  );
  const shared = useMemo(() => filterRows(parts.shared, filter), [parts, filter]);
  const alone = useMemo(() => filterRows(parts.single, filter), [parts, filter]);
  const { setQuery } = location;
  const claims = parts.shared.length + parts.single.length;

  const table = (rows: readonly CoverageRow[], caption: string) => (
    <CoverageTable
      articles={corpus.articles}
      rows={rows}
      caption={caption}
      sort={sort}
      limit={limit}
      onSortChange={(next) => {
        setQuery(sortToPatch(next));
      }}
      onShowMore={() => {
        setQuery({ show: String(limit + PAGE) }, { replace: true });
      }}
    />
  );

  return (
    <FilteredTableLayout
      title="Coverage"
      summary={[
        `${countOf(parts.shared.length, 'claim')} told by two or more articles`,
        `${formatNumber(parts.single.length)} by one article only`,
        ...(parts.noClaim.length > 0
          ? [`${countOf(parts.noClaim.length, 'sentence')} with no claim left out`]
          : []),
        independent === null
          ? countOf(corpus.articles.length, 'article')
          : reportsFrom(corpus.articles.length, independent),
      ]}
      downloads={<DownloadCsv name="coverage" table={() => coverageTable(corpus)} />}
      lede="Which article tells which claim of the story: a row for each claim, a column for each article, and a tick that opens the article where it tells it."
      filterBar={{
        id: 'element-filter',
        label: 'Filter claims',
        placeholder: 'Words in the sentence',
        value: filter,
        onFilter: (value) => {
          setQuery({ filter: value, show: null }, { replace: true });
        },
        check: {
          label: COUNT_ONCE,
          checked: once,
          onChange: (checked) => {
            setQuery(countOncePatch(checked));
          },
        },
      }}
      counts={{ shown: shared.length + alone.length, total: claims, noun: 'claim' }}
      clear={
        filter === ''
          ? null
          : () => {
              setQuery({ filter: null, show: null });
            }
      }
      empty={
        rows.length === 0
          ? 'No claims yet: no sentence of one article was found to say what a sentence of another says.'
          : claims === 0
            ? 'No sentence of these articles makes a claim of its own.'
            : 'No claim matches these words.'
      }
      notice={<NoClaimNote rows={parts.noClaim} />}
    >
      {shared.length > 0 ? (
        table(shared, 'Claims told by two or more articles, by article')
      ) : (
        <p className="cov-none-shared">
          {filter === ''
            ? 'No claim is told by two or more articles: no sentence of one article was found to say what a sentence of another says.'
            : 'No claim told by two or more articles matches these words.'}
        </p>
      )}
      {alone.length > 0 && (
        <section className="cov-single" aria-label="Claims told by one article only">
          <h2>
            <ExpandToggle
              open={single}
              onChange={(open) => {
                setQuery(singlePatch(open));
              }}
            >
              {countOf(alone.length, 'claim')} told by one article only: {single ? 'hide' : 'show'}
            </ExpandToggle>
          </h2>
          {single && table(alone, 'Claims told by one article only, by article')}
        </section>
      )}
    </FilteredTableLayout>
  );
}

/** What is left out as making no claim, with the first such sentence for an example. */
function NoClaimNote({ rows }: { rows: readonly CoverageRow[] }) {
  const first = rows[0];
  if (first === undefined) return null;
  return (
    <p className="left-out">
      {rows.length === 1 ? (
        <>
          One short sentence that makes no claim, “<Untrusted>{first.label}</Untrusted>”, is left out.
        </>
      ) : (
        <>
          {formatNumber(rows.length)} short sentences that make no claim, such as “
          <Untrusted>{first.label}</Untrusted>”, are left out.
        </>
      )}
    </p>
  );
}
