// The results of a query, loaded on demand with the engine: notes, a summary, and the passages by article.
import type { CorpusOf } from '../../app/corpus-parts.ts';
import { memo, useMemo, useState } from 'react';

import { countOf, formatNumber } from '../../app/format.ts';
import { Untrusted } from '../../app/Untrusted.tsx';
import { searchFor } from './engine.ts';
import { applicableFilters, readSearch } from './state.ts';
import { head } from './passage.ts';
import { ResultGroup } from './ResultGroup.tsx';
import { NoResults } from './NoResults.tsx';

/** Articles shown at first, and added by each "Show more": a corpus of thousands cannot freeze the page. */
const GROUPS_STEP = 20;

interface Props {
  corpus: CorpusOf<'articles' | 'search'>;
  /** The query the results are for (the deferred one), and the filters as the URL has them. */
  q: string;
  article: string | undefined;
  outlet: string | undefined;
}

function SearchResults({ corpus, q, article, outlet }: Props) {
  // Empty values are left out of links (see formatHash), so the search needs no undefined.
  const search = useMemo(() => ({ q, article: article ?? '', outlet: outlet ?? '' }), [q, article, outlet]);
  const filters = useMemo(() => applicableFilters(readSearch(search), corpus.articles), [search, corpus]);
  const result = useMemo(() => searchFor(corpus)(q, filters), [corpus, q, filters]);
  const [more, setMore] = useState({ q, groups: GROUPS_STEP });
  const limit = more.q === q ? more.groups : GROUPS_STEP;
  const { groups, total } = result;
  const filtered = filters.articles.length + filters.outlets.length > 0;

  const searchable = result.query.kind !== 'empty';
  return (
    <>
      {searchable && result.query.notes.length > 0 && (
        <ul className="search-notes">
          {result.query.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <p className="result-summary" role="status">
        {!searchable && (result.query.notes.join(' ') || 'Nothing to search for yet.')}
        {searchable && total > 0 && `${countOf(total, 'passage')} in ${countOf(groups.length, 'article')}`}
        {searchable && total === 0 && (
          <>
            No passage matches “<Untrusted>{head(q, 80)}</Untrusted>”{filtered && ' with these filters'}.
          </>
        )}
      </p>
      {searchable && total === 0 && <NoResults q={q} filtered={filtered} />}
      {total > 0 && (
        <ol className="result-groups">
          {groups.slice(0, limit).map((group) => (
            <li key={group.article.id} className="result-group">
              <ResultGroup group={group} search={search} />
            </li>
          ))}
        </ol>
      )}
      {groups.length > limit && (
        <button
          type="button"
          className="quiet-button more-groups"
          onClick={() => {
            setMore({ q, groups: limit + GROUPS_STEP });
          }}
        >
          {`Show ${countOf(Math.min(GROUPS_STEP, groups.length - limit), 'more article')} of ${formatNumber(groups.length - limit)}`}
        </button>
      )}
    </>
  );
}

export default memo(SearchResults);
