// The route table: which view a hash path shows, and the hrefs that lead there. Add a view with one entry.
import { formatHash, type Query } from './location.ts';

export type Route =
  | { view: 'articles' }
  | { view: 'article'; id: string }
  | { view: 'search' }
  | { view: 'compare' }
  | { view: 'coverage' }
  | { view: 'quotes' }
  | { view: 'timeline' }
  | { view: 'disagreements' }
  | { view: 'sources' }
  | { view: 'corpora' }
  | { view: 'not-found'; path: string };

export type ViewName = Route['view'];

/** One entry per view: a path pattern, and how its captures become the route. */
const table: readonly { pattern: RegExp; route: (captures: string[]) => Route | null }[] = [
  { pattern: /^\/$/, route: () => ({ view: 'articles' }) },
  { pattern: /^\/search$/, route: () => ({ view: 'search' }) },
  { pattern: /^\/compare$/, route: () => ({ view: 'compare' }) },
  { pattern: /^\/coverage$/, route: () => ({ view: 'coverage' }) },
  { pattern: /^\/quotes$/, route: () => ({ view: 'quotes' }) },
  { pattern: /^\/timeline$/, route: () => ({ view: 'timeline' }) },
  { pattern: /^\/disagreements$/, route: () => ({ view: 'disagreements' }) },
  { pattern: /^\/sources$/, route: () => ({ view: 'sources' }) },
  { pattern: /^\/corpora$/, route: () => ({ view: 'corpora' }) },
  {
    pattern: /^\/article\/([^/]+)$/,
    route: ([id = '']) => {
      const decoded = decode(id);
      return decoded === null ? null : { view: 'article', id: decoded };
    },
  },
];

/** The route for a (still percent-encoded) path; unknown or malformed paths are `not-found`. */
export function matchRoute(path: string): Route {
  for (const { pattern, route } of table) {
    const match = pattern.exec(path);
    const found = match && route(match.slice(1));
    if (found) return found;
  }
  return { view: 'not-found', path: decode(path) ?? path };
}

export const href = {
  articles: (query?: Query) => formatHash('/', query),
  article: (id: string, query?: Query) => formatHash(`/article/${encodeURIComponent(id)}`, query),
  search: (query?: Query) => formatHash('/search', query),
  compare: (query?: Query) => formatHash('/compare', query),
  coverage: (query?: Query) => formatHash('/coverage', query),
  quotes: (query?: Query) => formatHash('/quotes', query),
  timeline: (query?: Query) => formatHash('/timeline', query),
  disagreements: (query?: Query) => formatHash('/disagreements', query),
  sources: (query?: Query) => formatHash('/sources', query),
  corpora: () => formatHash('/corpora'),
};

export interface NavItem {
  label: string;
  href: string;
  /** The view the item leads to, then the views that belong to its section. */
  views: readonly [ViewName, ...ViewName[]];
}

/** The main navigation. */
export const navItems: readonly NavItem[] = [
  { label: 'Articles', href: href.articles(), views: ['articles', 'article'] },
  { label: 'Search', href: href.search(), views: ['search'] },
  { label: 'Compare', href: href.compare(), views: ['compare'] },
  { label: 'Coverage', href: href.coverage(), views: ['coverage'] },
  { label: 'Quotes', href: href.quotes(), views: ['quotes'] },
  { label: 'Timeline', href: href.timeline(), views: ['timeline'] },
  { label: 'Disagreements', href: href.disagreements(), views: ['disagreements'] },
  { label: 'Sources', href: href.sources(), views: ['sources'] },
  { label: 'Corpora', href: href.corpora(), views: ['corpora'] },
];

/** `aria-current` for a nav item: `page` on its own view, `true` elsewhere in its section. */
export function navCurrent(item: NavItem, view: ViewName): 'page' | 'true' | undefined {
  if (item.views[0] === view) return 'page';
  return item.views.includes(view) ? 'true' : undefined;
}

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
