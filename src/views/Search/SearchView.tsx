// The search view (`#/search?q=…`): the box and its help, the filters, and the results of the query typed, by
// article or by fact.
import type { ViewProps } from '../../app/view-props.ts';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';

import { useDocumentTitle } from '../../app/useDocumentTitle.ts';
import { isolateText } from '../../app/bidi.ts';
import { countOf } from '../../app/format.ts';
import { byFactPatch, readSearch } from './state.ts';
import { head } from './passage.ts';
import { stepFocus } from './keyboard.ts';
import { SearchBox } from './SearchBox.tsx';
import { SearchHelp } from './SearchHelp.tsx';
import { SearchFilters } from './SearchFilters.tsx';
import { SearchIntro } from './SearchIntro.tsx';

// The results bring the engine and fuse.js: a chunk of their own, fetched when the view opens.
import { resultsKey } from './useSearchResult.ts';
import './search.css';

const loadResults = () => import('./SearchResults.tsx');
const SearchResults = lazy(loadResults);

export default function SearchView({ corpus, location }: ViewProps<'articles'>) {
  const { query, setQuery } = location;
  const state = readSearch(query);
  const { q } = state;
  const [answered, setAnswered] = useState<string | null>(null);
  // Each article's passages for the results shown, for the filters' counts: from the worker's answer, set once per
  // answer, not per key typed.
  const [counts, setCounts] = useState<Int32Array | null>(null);
  // Busy while the typed query's results are on their way from the worker.
  const pending = q.trim() !== '' && answered !== resultsKey(q, query.article, query.outlet);
  // Counted once per corpus, not at each key typed.
  const passages = useMemo(
    () => corpus.articles.reduce((sum, article) => sum + article.sentences.length, 0),
    [corpus.articles],
  );
  const box = useRef<HTMLInputElement>(null);
  const results = useRef<HTMLElement>(null);
  useDocumentTitle(state.q.trim() === '' ? 'Search' : `${isolateText(head(state.q, 40))} – Search`);

  useEffect(() => {
    void loadResults();
  }, []);

  // Stable, so the results (memoised) draw nothing again at each key typed.
  const onByFact = useCallback(
    (on: boolean) => {
      setQuery(byFactPatch(on));
    },
    [setQuery],
  );

  /** ArrowDown and ArrowUp walk from the box through the result links and back; Enter opens (they are links). */
  const onKeyDown = (event: KeyboardEvent) => {
    const links = [...(results.current?.querySelectorAll<HTMLElement>('[data-hit]') ?? [])];
    const { target } = event;
    const from = target === box.current ? -1 : links.findIndex((link) => link === target);
    if (from === -1 && target !== box.current) return;
    const to = stepFocus(from, links.length, event.key);
    if (to === null) return;
    event.preventDefault();
    (to === -1 ? box.current : links[to])?.focus();
  };

  return (
    <div className="search-view" onKeyDown={onKeyDown}>
      <div className="view-head">
        <h1 tabIndex={-1}>Search</h1>
        <p className="summary">
          <span>{countOf(corpus.articles.length, 'article')}</span>
          <span>{countOf(passages, 'passage')}</span>
        </p>
      </div>
      <p className="lede">
        {state.byFact
          ? 'Every passage of every article that holds the words you type, grouped by the fact it tells, with how each article words that fact; each opens its article at that passage.'
          : 'Every passage of every article that holds the words you type, grouped by article; each opens its article at that passage.'}
      </p>
      <form
        role="search"
        className="search-form"
        onSubmit={(event) => {
          event.preventDefault();
        }}
      >
        <SearchBox
          ref={box}
          value={state.q}
          pending={pending}
          onChange={(value) => {
            setQuery({ q: value }, { replace: true });
          }}
        />
        <SearchHelp />
      </form>
      <div className="search-layout">
        <SearchFilters
          articles={corpus.articles}
          article={query.article}
          outlet={query.outlet}
          onChange={setQuery}
          counts={q.trim() === '' ? null : counts}
        />
        <section ref={results} className="results" aria-labelledby="results-heading" aria-busy={pending}>
          <h2 id="results-heading" className="visually-hidden">
            Results
          </h2>
          {q.trim() === '' ? (
            <SearchIntro
              articles={corpus.articles}
              filters={{ article: query.article ?? '', outlet: query.outlet ?? '' }}
            />
          ) : (
            <Suspense fallback={<p className="result-summary muted">Loading the search…</p>}>
              <SearchResults
                corpus={corpus}
                q={q}
                article={query.article}
                outlet={query.outlet}
                onAnswered={setAnswered}
                onCounts={setCounts}
                byFact={state.byFact}
                onByFact={onByFact}
              />
            </Suspense>
          )}
        </section>
      </div>
    </div>
  );
}
