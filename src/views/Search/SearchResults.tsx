// The results of a query, from the search worker: notes, a summary, and the passages by article, or by the fact they
// tell (`by=fact`). The last results stay until the next arrive, so typing never waits for a search.
import type { CorpusOf } from '../../app/corpus-parts.ts';
import { lazy, memo, Suspense, useLayoutEffect, useMemo } from 'react';

import { Untrusted } from '../../app/Untrusted.tsx';
import { applicableFilters, readSearch } from './state.ts';
import { head } from './passage.ts';
import { ResultList } from './ResultList.tsx';
import { NoResults } from './NoResults.tsx';
import { resultsKey, useSearchResult } from './useSearchResult.ts';
import { meantAsWritten } from './meant.ts';
import { countsText } from './summary.ts';

// Grouping by fact brings the story elements and copy families, and its own code: none of it loads until asked for.
const FactResults = lazy(() => import('./FactResults.tsx'));

interface Props {
  corpus: CorpusOf<'articles'>;
  /** The query as typed, asked for at once (the last results show until its own come), and the URL's filters. */
  q: string;
  article: string | undefined;
  outlet: string | undefined;
  /** Told, by `resultsKey`, which query and filters the results shown are for, each time new ones show. */
  onAnswered: (key: string) => void;
  /** Told each article's passages for the results shown, with no filter, for the filters' counts. */
  onCounts: (perArticle: Int32Array | null) => void;
  /** Whether the results are grouped by fact (the URL's `by`), and the request to change that. */
  byFact: boolean;
  onByFact: (on: boolean) => void;
}

function SearchResults({ corpus, q, article, outlet, onAnswered, onCounts, byFact, onByFact }: Props) {
  // Worked out again only when the filters change, not at each key typed: at 10,000 articles it is no small job.
  const filters = useMemo(
    () => applicableFilters(readSearch({ article: article ?? '', outlet: outlet ?? '' }), corpus.articles),
    [article, outlet, corpus],
  );
  const searched = useSearchResult(corpus, q, filters);
  const searching = searched.for?.q !== q || searched.for.filters !== filters;
  // The links of the results shown carry the query they are for: until the next results come, the list does not
  // change, so a key typed redraws nothing of it. (Empty values are left out of links, see formatHash.)
  const shownQ = searched.for?.q ?? q;
  const search = useMemo(
    () => ({ q: shownQ, article: article ?? '', outlet: outlet ?? '', by: byFact ? 'fact' : '' }),
    [shownQ, article, outlet, byFact],
  );
  // Told in the same frame as the results paint (the view's busy state clears with them), not a frame later.
  useLayoutEffect(() => {
    if (!searching) onAnswered(resultsKey(q, article, outlet));
  }, [onAnswered, searching, q, article, outlet]);
  const { result } = searched;
  // The worker counted them: once per answer, nothing on the page per key typed.
  useLayoutEffect(() => {
    onCounts(result?.perArticle ?? null);
  }, [onCounts, result]);
  // The words searched as the articles write them, when a typed one was in no passage and a close one was taken.
  const meant = useMemo(() => result && meantAsWritten(result), [result]);
  if (result === null)
    return (
      <p className="result-summary" role="status">
        Searching…
      </p>
    );
  const { groups, total, exact, close } = result;
  const filtered = filters.articles.length + filters.outlets.length > 0;

  const searchable = result.query.kind !== 'empty';
  return (
    <>
      {searchable && result.query.notes.length > 0 && (
        <ul className="notice search-notes">
          {result.query.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <p className="result-summary" role="status">
        {!searchable && (result.query.notes.join(' ') || 'Nothing to search for yet.')}
        {searchable && meant !== null && total > 0 && (
          <>
            Showing matches for “<Untrusted>{head(meant, 80)}</Untrusted>”:{' '}
          </>
        )}
        {searchable && total > 0 && countsText(exact, close)}
        {searchable && total === 0 && (
          <>
            No passage matches “<Untrusted>{head(q, 80)}</Untrusted>”{filtered && ' with these filters'}.
          </>
        )}
      </p>
      {searchable && total === 0 && <NoResults q={q} filtered={filtered} />}
      {total > 0 && (
        <div className="toolbar group-toggle">
          <label className="check">
            <input
              type="checkbox"
              checked={byFact}
              onChange={(event) => {
                onByFact(event.target.checked);
              }}
            />
            Group by fact
          </label>
        </div>
      )}
      {total > 0 && !byFact && (
        <ResultList
          groups={groups}
          count={exact.articles + close.articles}
          onMore={searched.more}
          search={search}
          typed={meant ?? shownQ}
          close={close}
        />
      )}
      {total > 0 && byFact && (
        <Suspense
          fallback={
            <p className="fact-note" role="note" aria-busy="true">
              Finding the facts the passages tell…
            </p>
          }
        >
          <FactResults
            articles={corpus.articles}
            groups={groups}
            count={exact.articles + close.articles}
            onMore={searched.more}
            search={search}
            typed={meant ?? shownQ}
            close={close}
          />
        </Suspense>
      )}
    </>
  );
}

export default memo(SearchResults);
