// A query's results from the search worker, as the views show them: typing never waits for a search, and the last
// results stay on screen until the next ones arrive.
import { useEffect, useState } from 'react';
import type { CorpusOf } from '../../app/corpus-parts.ts';
import type { SearchFilters } from '../../search/engine.ts';
import { withArticles, type SearchResult } from '../../search/search.ts';
import { createSearchClient, type SearchClient } from '../../search/worker-client.ts';

type SearchCorpus = CorpusOf<'articles'>;

// One worker for the page, started when a search first needs it; it loads the search data itself.
let client: SearchClient | undefined;
const searchClient = () => (client ??= createSearchClient());

/** One string for a query and the filters as the URL has them: what the results shown are for. */
export const resultsKey = (q: string, article = '', outlet = '') => [q, article, outlet].join('\u0000');

export interface Searched {
  /** The results of the latest query answered, or null before the first answer. */
  result: SearchResult | null;
  /** The query those results are for, to tell whether newer ones are on their way. */
  for: { q: string; filters: SearchFilters } | null;
}

/** The results for `q` within `filters` (a stable object: a new one means new filters). */
export function useSearchResult(corpus: SearchCorpus, q: string, filters: SearchFilters): Searched {
  const [searched, setSearched] = useState<Searched>({ result: null, for: null });
  const [failure, setFailure] = useState<Error | null>(null);
  // A worker that failed is the view's error, for its error boundary to show.
  if (failure) throw failure;
  useEffect(() => {
    let current = true;
    searchClient()
      .search(q, filters, { groups: Infinity, marked: Infinity })
      .then(
        (answer) => {
          // null: a newer query took this one's place before the worker reached it.
          if (current && answer !== null)
            setSearched({ result: withArticles(corpus.articles, answer), for: { q, filters } });
        },
        (error: unknown) => {
          if (current) setFailure(error instanceof Error ? error : new Error(String(error)));
        },
      );
    return () => {
      current = false;
    };
  }, [corpus, q, filters]);
  return searched;
}
