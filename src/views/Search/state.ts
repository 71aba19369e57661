// The search in the URL: `#/search?q=…&article=<id>,<id>&outlet=<name>,<name>&by=fact`, read and written as data.
// Filters are comma-separated lists (the hash keeps one value per key). Article ids never hold a comma; an outlet
// name may, so inside an item `%` is written `%25` and `,` is written `%2C` before the URL encodes the whole.
import type { Query, QueryPatch } from '../../app/location.ts';
import type { Article } from '../../corpus/types.ts';

/** What the filters read of an article: a full one or its summary. */
type Filterable = Pick<Article, 'id' | 'outlet'>;

/** The URL keys that make up a search, kept together when a link leaves the search view and comes back. */
export const SEARCH_KEYS = ['q', 'article', 'outlet', 'by'] as const;

/** Article ids and outlet names to search in; an empty list means all. */
export interface Filters {
  articles: string[];
  outlets: string[];
}

export interface SearchState extends Filters {
  /** What the reader typed, as typed. */
  q: string;
  /** Whether the results are grouped by the fact each passage tells (`by=fact`), rather than by article. */
  byFact: boolean;
}

/** A list from a URL value: `a,b%2Cc` → `['a', 'b,c']`; empty items dropped, each kept once. */
export function readList(value: string | undefined): string[] {
  if (value === undefined) return [];
  const items = value
    .split(',')
    .filter((item) => item !== '')
    .map((item) => item.replace(/%2C/gi, ',').replace(/%25/g, '%'));
  return [...new Set(items)];
}

/** The URL value of a list, or null (the key removed) when it is empty. */
export function writeList(values: readonly string[]): string | null {
  const items = values.filter((v) => v !== '').map((v) => v.replace(/%/g, '%25').replace(/,/g, '%2C'));
  return items.length === 0 ? null : items.join(',');
}

export function readSearch(query: Query): SearchState {
  return {
    q: query.q ?? '',
    articles: readList(query.article),
    outlets: readList(query.outlet),
    byFact: query.by === 'fact',
  };
}

/** The URL change that groups the results by fact, or by article again (the default, so the key is removed). */
export const byFactPatch = (on: boolean): QueryPatch => ({ by: on ? 'fact' : null });

/** The search keys of a query alone, e.g. to link back to the search a reader came from. */
export function searchKeys(query: Query): Query {
  const picked: Record<string, string> = {};
  for (const key of SEARCH_KEYS) {
    const value = query[key];
    if (value !== undefined) picked[key] = value;
  }
  return picked;
}

/** The URL change that sets the filters. */
export function filtersPatch(articles: readonly string[], outlets: readonly string[]): QueryPatch {
  return { article: writeList(articles), outlet: writeList(outlets) };
}

/** The list with `value` added, or removed if it was there. */
export function toggle(list: readonly string[], value: string): string[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** Outlets that can be chosen: each named outlet once, in alphabetical order. */
export function outletsOf(articles: readonly Filterable[]): string[] {
  const names = new Set(articles.flatMap((a) => (a.outlet === null ? [] : [a.outlet])));
  return [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
}

/**
 * The filters the engine gets: only ids and outlets the corpus has, so a stale link narrows by what still exists.
 * The corpus is read only for a list that has items: most searches have none, and at 10,000 articles sorting the
 * outlets (as `outletsOf` does) took longer than a frame on the first key typed.
 */
export function applicableFilters(state: Filters, articles: readonly Filterable[]): Filters {
  const ids = state.articles.length === 0 ? null : new Set(articles.map((a) => a.id));
  const outlets = state.outlets.length === 0 ? null : new Set(articles.map((a) => a.outlet));
  return {
    articles: state.articles.filter((id) => ids?.has(id)),
    outlets: state.outlets.filter((name) => outlets?.has(name)),
  };
}
