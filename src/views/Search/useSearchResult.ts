// A query's results from the search worker, as the views show them: typing never waits for a search, and the last
// results stay on screen until the next ones arrive. A small corpus is searched in the page instead (in-page.ts),
// its results drawn with the key typed. The worker answers a page of articles at a time, each with its
// first few passages marked: a common word at 10,000 articles matches 300,000 passages, and marking and sending them
// all took seconds a keystroke.
import { use, useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import type { CorpusOf } from '../../app/corpus-parts.ts';
import type { Range } from '../../corpus/types.ts';
import type { Engine, SearchFilters } from '../../search/engine.ts';
import { answer, FIRST_MARKED, type Request, type Response } from '../../search/protocol.ts';
import { withArticles, type PassageHit, type SearchResult } from '../../search/search.ts';
import { pageEngine, searchClient } from '../../app/search-session.ts';

type SearchCorpus = CorpusOf<'articles'>;

/** The engine's answer to `request`, or its error thrown, for the view's error boundary. */
function answered<K extends Request['kind']>(engine: Engine, request: Extract<Request, { kind: K }>) {
  const response = answer(engine, request);
  if (response.kind === 'error') throw new Error(response.message);
  return response as Extract<Response, { kind: K }>;
}

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
  const engine = use(pageEngine());
  const [searched, setSearched] = useState<Omit<Searched, 'more'>>({ result: null, for: null });
  const [wanted, setWanted] = useState({ q, filters, count: ARTICLES_PAGE });
  const count = wanted.q === q && wanted.filters === filters ? wanted.count : ARTICLES_PAGE;
  const [failure, setFailure] = useState<Error | null>(null);
  // A worker that failed is the view's error, for its error boundary to show.
  if (failure) throw failure;
  // Sent before the page paints the render that asked for it, not after: a passive effect would wait a frame.
  useLayoutEffect(() => {
    if (engine) return;
    let current = true;
    searchClient()
      .then((client) => client.search(q, filters, { groups: count, marked }))
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
  }, [engine, corpus, q, filters, count, marked]);
  // In the page: answered as the key is drawn.
  const here = useMemo(() => {
    if (!engine) return null;
    const request = { kind: 'search', id: 0, query: q, filters, groups: count, marked } as const;
    return { result: withArticles(corpus.articles, answered(engine, request).result), for: { q, filters } };
  }, [engine, corpus, q, filters, count, marked]);
  // More of the results shown: the same function until other results show, so the list need not redraw meanwhile.
  const shown = (here ?? searched).for;
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
  return { ...(here ?? searched), more };
}

/** `hits` with every one marked when `wanted`: those the answer left unmarked are marked by the worker then. */
export function useMarkedHits(
  q: string,
  hits: readonly PassageHit[],
  wanted: boolean,
): readonly PassageHit[] {
  const engine = use(pageEngine());
  const unmarked = useMemo(() => hits.filter((hit) => !hit.marked), [hits]);
  const [marks, setMarks] = useState<{ for: readonly PassageHit[]; ranges: ReadonlyMap<number, Range[]> }>({
    for: unmarked,
    ranges: new Map(),
  });
  // In the page: marked as drawn.
  const here = useMemo(() => {
    if (!engine || !wanted || unmarked.length === 0) return null;
    const passages = unmarked.map((hit) => hit.passage);
    const { ranges } = answered(engine, { kind: 'ranges', id: 0, query: q, passages });
    return { for: unmarked, ranges: new Map(unmarked.map((hit, i) => [hit.passage, ranges[i] ?? []])) };
  }, [engine, q, unmarked, wanted]);
  useEffect(() => {
    if (engine || !wanted || unmarked.length === 0) return;
    let current = true;
    searchClient()
      .then((client) =>
        client.ranges(
          q,
          unmarked.map((hit) => hit.passage),
        ),
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
  }, [engine, q, unmarked, wanted]);
  const shown = here ?? marks;
  return useMemo(() => {
    if (shown.for !== unmarked || shown.ranges.size === 0) return hits;
    return hits.map((hit) => {
      const ranges = hit.marked ? undefined : shown.ranges.get(hit.passage);
      return ranges ? { ...hit, ranges, marked: true } : hit;
    });
  }, [hits, shown, unmarked]);
}
