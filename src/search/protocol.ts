// The search worker's messages, and the pure function that answers them (search.worker.ts only wires it to
// `postMessage`): everything in them is plain data, so they cross `postMessage` as they are.
import type { Range } from '../corpus/types.ts';
import type { Count, Engine, EngineHit, SearchFilters } from './engine.ts';
import { parseQuery, type Query } from './query.ts';

/** Articles answered with their passages at first, and passages marked per article: what the view shows at first. */
export const FIRST_GROUPS = 20;
export const FIRST_MARKED = 5;

export type Request =
  /**
   * A query as typed. `groups`: how many articles to answer with their passages (the counts are always whole);
   * `marked`: how many passages of each to answer with their ranges (`ranges` gives the others when shown).
   */
  | { kind: 'search'; id: number; query: string; filters: SearchFilters; groups?: number; marked?: number }
  /** The ranges to highlight in some passages for a query. */
  | { kind: 'ranges'; id: number; query: string; passages: number[] };

export interface MarkedHit extends EngineHit {
  /** Ranges of the article's text to highlight; absent past the first `marked` passages of an article. */
  ranges?: Range[];
}

export interface WorkerResult {
  query: Query;
  /** Matching passages and the articles holding them, in all. */
  total: number;
  articles: number;
  /** The exact and close matches counted, and the query as searched if a word of it was taken as another. */
  exact: Count;
  close: Count;
  meant: string | null;
  /**
   * The first groups, exact first, best first, by article number (`corpus.articles[article]`), each with all its
   * passages of that kind, best first.
   */
  groups: { article: number; close: boolean; hits: MarkedHit[] }[];
  /** Each article's matching passages with no filter, for the filters' counts. */
  perArticle: Int32Array;
}

export type Response =
  | { kind: 'search'; id: number; result: WorkerResult }
  | { kind: 'ranges'; id: number; ranges: Range[][] }
  | { kind: 'error'; id: number; message: string };

/** The answer to a search or ranges request. */
export function answer(engine: Engine, request: Request): Response {
  const { id } = request;
  try {
    if (request.kind === 'ranges') {
      const mark = engine.marker(parseQuery(request.query));
      return { kind: 'ranges', id, ranges: request.passages.map(mark) };
    }
    const { filters, groups = FIRST_GROUPS, marked = FIRST_MARKED } = request;
    const result = engine.search(request.query, filters, groups);
    const mark = engine.marker(result.query);
    return {
      kind: 'search',
      id,
      result: {
        ...result,
        groups: result.groups.map((g) => ({
          article: g.article,
          close: g.close,
          hits: g.hits.map((h, i) => (i < marked ? { ...h, ranges: mark(h.passage) } : h)),
        })),
      },
    };
  } catch (error) {
    return { kind: 'error', id, message: error instanceof Error ? error.message : String(error) };
  }
}
