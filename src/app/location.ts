// The hash URL as data: parse `#/path?key=value` into a path and query, and write it back, with no DOM.

export type Query = Readonly<Record<string, string>>;

export interface HashLocation {
  /** Always starts with `/`; no trailing slash except for the root; still percent-encoded. */
  path: string;
  query: Query;
}

/** A change to the query: a string sets the key, `null` (or an empty string) removes it. */
export type QueryPatch = Readonly<Record<string, string | null>>;

/** `#/article/000?p=3` → `{ path: '/article/000', query: { p: '3' } }`; anything odd degrades to a path a route can reject. */
export function parseHash(hash: string): HashLocation {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  const mark = raw.indexOf('?');
  const pathPart = mark === -1 ? raw : raw.slice(0, mark);
  const queryPart = mark === -1 ? '' : raw.slice(mark + 1);
  let path = pathPart.startsWith('/') ? pathPart : `/${pathPart}`;
  if (path.length > 1) path = path.replace(/\/+$/, '') || '/';
  // URLSearchParams never throws, even on broken percent-escapes; a repeated key keeps its last value.
  const query: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(queryPart)) if (value !== '') query[key] = value;
  return { path, query };
}

/** The inverse of `parseHash`, with keys in a stable (insertion) order and empty values dropped. */
export function formatHash(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== '') params.set(key, value);
  const search = params.toString();
  return `#${path}${search === '' ? '' : `?${search}`}`;
}

/** The query with a patch applied: set keys keep their place, new keys go last, `null`/`''` removes. */
export function patchQuery(query: Query, patch: QueryPatch): Query {
  const next = new Map(Object.entries(query));
  for (const [key, value] of Object.entries(patch)) {
    if (value === null || value === '') next.delete(key);
    else next.set(key, value);
  }
  return Object.fromEntries(next);
}
