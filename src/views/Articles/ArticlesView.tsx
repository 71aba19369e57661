// The overview (`#/`): the corpus in a line, a filter box and the sortable table of every article. The heading
// paints at once, the rest once the corpus shell has loaded.
import { useMemo, useRef } from 'react';
import { Loading } from '../../app/Loading.tsx';
import { useShell } from '../../app/corpus-parts.ts';
import type { CorpusShell } from '../../corpus/client.ts';
import type { HashLocationApi } from '../../app/useHashLocation.ts';
import { useDocumentTitle } from '../../app/useDocumentTitle.ts';
import { countOf } from '../../app/format.ts';
import { href } from '../../app/routes.ts';
import { Untrusted } from '../../app/Untrusted.tsx';
import { COLUMN_IDS, filterArticles, filterBySource, sourceChoices, summarise } from './articles.ts';
import { useSources } from '../Sources/useSources.ts';
import { ArticlesTable } from './ArticlesTable.tsx';
import { CorpusWarnings } from './CorpusWarnings.tsx';
import './articles.css';
import { FilterBar, NothingShown } from '../table/FilterBar.tsx';
import { sortFromQuery, sortToPatch } from '../table/sort.ts';
import { DownloadCsv, DownloadSourcesJson } from '../DownloadButtons.tsx';
import { articlesTable } from '../../export/articles-table.ts';

export function ArticlesView({ location }: { location: HashLocationApi }) {
  useDocumentTitle('Articles');
  const corpus = useShell();
  return (
    <>
      <div className="view-head">
        <h1 tabIndex={-1}>Articles</h1>
      </div>
      <p className="lede">
        Every article in the folder, with its outlet, when it was published and how that is known, its length
        and whether it copies another; open one to read it.
      </p>
      {corpus ? <Overview corpus={corpus} location={location} /> : <Loading />}
    </>
  );
}

function Overview({ corpus, location }: { corpus: CorpusShell; location: HashLocationApi }) {
  const filterBox = useRef<HTMLInputElement>(null);
  const filter = location.query.filter ?? '';
  const source = location.query.source ?? '';
  // The copy families load after the table has painted: its Source column and filter fill in then.
  const sources = useSources();
  const indexOf = useMemo(() => new Map(corpus.articles.map((a, i) => [a.id, i])), [corpus.articles]);
  const articles = useMemo(
    () => filterBySource(filterArticles(corpus.articles, filter), indexOf, sources, source),
    [corpus.articles, filter, indexOf, sources, source],
  );
  const choices = useMemo(() => sourceChoices(sources, corpus.articles), [sources, corpus.articles]);
  const filtered = filter !== '' || (sources !== null && source !== '');
  const summary = useMemo(() => summarise(corpus.articles), [corpus.articles]);
  const sort = useMemo(() => sortFromQuery(location.query, COLUMN_IDS), [location.query]);
  const { setQuery, navigate } = location;

  const clearFilter = () => {
    setQuery({ filter: null, source: null });
    filterBox.current?.focus();
  };

  return (
    <>
      <p className="summary">
        {summary.map((part, i) => (
          <span key={i}>{part}</span>
        ))}
        <span>
          {corpus.eventCount === 0 ? (
            countOf(0, 'named event')
          ) : (
            <a href={href.timeline()}>{countOf(corpus.eventCount, 'named event')}</a>
          )}
        </span>
      </p>
      <p>
        <DownloadCsv name="articles" table={() => articlesTable({ articles: corpus.articles, sources })} />{' '}
        <DownloadSourcesJson articles={corpus.articles} />
      </p>

      <FilterBar
        id="article-filter"
        label="Filter articles"
        placeholder="Title or outlet"
        value={filter}
        inputRef={filterBox}
        onFilter={(value) => {
          setQuery({ filter: value }, { replace: true });
        }}
        choice={
          choices.length > 1
            ? {
                id: 'source-filter',
                label: 'Show',
                value: source,
                options: choices,
                onChange: (value) => {
                  setQuery({ source: value === '' ? null : value });
                },
              }
            : undefined
        }
        count={
          !filtered
            ? countOf(corpus.articles.length, 'article')
            : `${countOf(articles.length, 'article')} of ${String(corpus.articles.length)} shown`
        }
      />

      {articles.length === 0 ? (
        <NothingShown
          clearLabel={filter !== '' && source !== '' ? 'Clear the filters' : 'Clear the filter'}
          onClear={filtered ? clearFilter : null}
        >
          {corpus.articles.length === 0 ? (
            'This corpus has no articles yet: add .txt files to its folder and rebuild.'
          ) : (
            <>
              No article matches
              {filter !== '' && (
                <>
                  {' '}
                  “<Untrusted>{filter}</Untrusted>”
                </>
              )}
              {source !== '' && <> of those chosen under Show</>}.
            </>
          )}
        </NothingShown>
      ) : (
        <div className="table-wrap">
          <ArticlesTable
            articles={articles}
            all={corpus.articles}
            indexOf={indexOf}
            sources={sources}
            sort={sort}
            onSortChange={(next) => {
              setQuery(sortToPatch(next));
            }}
            onOpen={(article) => {
              navigate(href.article(article.id));
            }}
          />
        </div>
      )}

      <CorpusWarnings warnings={corpus.warnings} />
    </>
  );
}
