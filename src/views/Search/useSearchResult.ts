// A query's results from the search worker, as the views show them: typing never waits for a search, and the last
// results stay on screen until the next ones arrive. The worker answers a page of articles at a time, each with its
// first few passages marked: a common word at 10,000 articles matches 300,000 passages, and marking and sending them
// all took seconds a keystroke.
import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import type { CorpusOf } from '../../app/corpus-parts.ts';
import type { Range } from '../../corpus/types.ts';
import type { SearchFilters } from '../../search/engine.ts';
import { FIRST_MARKED } from '../../search/protocol.ts';
import { withArticles, type PassageHit, type SearchResult } from '../../search/search.ts';
import { createSearchClient, type SearchClient } from '../../search/worker-client.ts';

type SearchCorpus = CorpusOf<'articles'>;

// One worker for the page, started when a search first needs it; it loads the search data itself.
let client: SearchClient | undefined;
const searchClient = () => (client ??= createSearchClient());

/** Articles answered at first, and how many more each time the list nears the end of those it has. */
export const ARTICLES_PAGE = 50;

/** One string for a query and the filters as the URL has them: what the results shown are for. */
export const resultsKey = (q: string, article = '', outlet = '') => [q, article, outlet].join('\u0000');

export interface Searched {
  /** The results of the latest query answered, or null before the first answer. */
  result: SearchResult | null;
  /** The query those results are for, to tell whether newer ones are on their way. */
  for: { q: string; filters: SearchFilters } | null;
  /** Asks for the first `count` articles of the results shown, when fewer have come. */
  more: (count: number) => void;
}

/**
 * The results for `q` within `filters` (a stable object: a new one means new filters): the first `ARTICLES_PAGE`
 * articles and more on request, each with its first `marked` passages marked.
 */
export function useSearchResult(
  corpus: SearchCorpus,
  q: string,
  filters: SearchFilters,
  marked = FIRST_MARKED,
): Searched {
  const [searched, setSearched] = useState<Omit<Searched, 'more'>>({ result: null, for: null });
  const [wanted, setWanted] = useState({ q, filters, count: ARTICLES_PAGE });
  const count = wanted.q === q && wanted.filters === filters ? wanted.count : ARTICLES_PAGE;
  const [failure, setFailure] = useState<Error | null>(null);
  // A worker that failed is the view's error, for its error boundary to show.
  if (failure) throw failure;
  // Sent before the page paints the render that asked for it, not after: a passive effect would wait a frame.
  useLayoutEffect(() => {
    let current = true;
    searchClient()
      .search(q, filters, { groups: count, marked })
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
  }, [corpus, q, filters, count, marked]);
  // More of the results shown: the same function until other results show, so the list need not redraw meanwhile.
  const shown = searched.for;
  const more = useCallback(
    (next: number) => {
      if (shown === null) return;
      setWanted((w) => {
        const had = w.q === shown.q && w.filters === shown.filters ? w.count : ARTICLES_PAGE;
        return next > had ? { ...shown, count: next } : w;
      });
    },
    [shown],
  );
  return { ...searched, more };
}

/** `hits` with every one marked when `wanted`: those the answer left unmarked are marked by the worker then. */
export function useMarkedHits(
  q: string,
  hits: readonly PassageHit[],
  wanted: boolean,
): readonly PassageHit[] {
  const unmarked = useMemo(() => hits.filter((hit) => !hit.marked), [hits]);
  const [marks, setMarks] = useState<{ for: readonly PassageHit[]; ranges: ReadonlyMap<number, Range[]> }>({
    for: unmarked,
    ranges: new Map(),
  });
  useEffect(() => {
    if (!wanted || unmarked.length === 0) return;
    let current = true;
    searchClient()
      .ranges(
        q,
        unmarked.map((hit) => hit.passage),
      )
      .then(
        (ranges) => {
          if (current)
            setMarks({
              for: unmarked,
              ranges: new Map(unmarked.map((hit, i) => [hit.passage, ranges[i] ?? []])),
            });
        },
        // Unmarked passages still show, and link to the reader, which marks them itself.
        () => undefined,
      );
    return () => {
      current = false;
    };
  }, [q, unmarked, wanted]);
  return useMemo(() => {
    if (marks.for !== unmarked || marks.ranges.size === 0) return hits;
    return hits.map((hit) => {
      const ranges = hit.marked ? undefined : marks.ranges.get(hit.passage);
      return ranges ? { ...hit, ranges, marked: true } : hit;
    });
  }, [hits, marks, unmarked]);
}
