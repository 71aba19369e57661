// Pure helpers of the coverage matrix: one row per story element, the filters, and the matrix's state in the URL.
import type { Corpus, SentenceRef } from '../../corpus/types.ts';
import type { Query, QueryPatch } from '../../app/location.ts';
import { foldForSearch } from '../../corpus/client.ts';
import { sortFromQuery, type ColumnSort } from '../table/sort.ts';

/** One story element: its label sentence, how many articles carry it, and the sentences telling it. */
export interface CoverageRow {
  /** Index into `corpus.elements`. */
  element: number;
  /** The label sentence's text, white space squashed. */
  label: string;
  sources: number;
  /** Every sentence telling it, article by article (the element's own list: `cellOf` reads it). */
  members: readonly SentenceRef[];
}

/**
 * One row per element. Only its label is worked out here: at 10,000 articles there are 160,000 elements, and the
 * cells of a row are read (`cellOf`) only for the few rows on screen.
 */
export function coverageRows(corpus: Pick<Corpus, 'articles' | 'elements'>): CoverageRow[] {
  return corpus.elements.map((element, index) => {
    const article = corpus.articles[element.label.article];
    const sentence = article?.sentences[element.label.sentence];
    const text = article && sentence ? article.text.slice(sentence.start, sentence.end) : '';
    // Most sentences have no white space to squash: the test is cheaper than the replacement.
    const label = /\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
    return { element: index, label, sources: element.articles.length, members: element.members };
  });
}

/** The first sentence of `article` telling the row's element, or null when the article does not carry it. */
export function cellOf(row: CoverageRow, article: number): number | null {
  let first: number | null = null;
  for (const member of row.members)
    if (member.article === article && (first === null || member.sentence < first)) first = member.sentence;
  return first;
}

export const SORT_IDS = ['label', 'sources'] as const;
export type SortId = (typeof SORT_IDS)[number];

/**
 * Which elements the matrix shows, by how many sources tell them: by default those two or more tell (what the
 * coverage of a story is about), else every element, or only those one source tells (what each has alone).
 */
export const SOURCE_FILTERS = ['shared', 'all', 'one'] as const;
export type SourceFilter = (typeof SOURCE_FILTERS)[number];

/** The source filter a URL or a control names, or undefined for anything else. */
export const sourceFilter = (value: string | undefined): SourceFilter | undefined =>
  SOURCE_FILTERS.find((known) => known === value);

export interface CoverageState {
  sort: ColumnSort<SortId> | null;
  sources: SourceFilter;
  filter: string;
  /** How many rows to render. */
  limit: number;
}

/** Rows rendered at first, and added by each "show more". */
export const PAGE = 200;

/**
 * `?sort=sources&desc=1&sources=one&filter=chip&show=400`; anything unknown falls back to the default. An older
 * link's `only=1` still means one source only.
 */
export function coverageState(query: Query): CoverageState {
  const show = Number(query.show);
  const sources = sourceFilter(query.sources);
  return {
    sort: sortFromQuery(query, SORT_IDS),
    sources: sources ?? (query.only === '1' ? 'one' : 'shared'),
    filter: query.filter ?? '',
    limit: Number.isInteger(show) && show > PAGE ? show : PAGE,
  };
}

/** The URL change for a source filter, back to the first page; the default leaves the URL without one. */
export function sourcesPatch(sources: SourceFilter): QueryPatch {
  return { sources: sources === 'shared' ? null : sources, only: null, show: null };
}

/** Whether a row passes the source filter. */
const SOURCE_TEST: Record<SourceFilter, (row: CoverageRow) => boolean> = {
  shared: (row) => row.sources > 1,
  all: () => true,
  one: (row) => row.sources === 1,
};

/** Rows the filters keep: those the source filter passes, and with text, labels holding every word. */
export function filterRows(
  rows: readonly CoverageRow[],
  sources: SourceFilter,
  filter: string,
): readonly CoverageRow[] {
  const words = foldForSearch(filter).split(/\s+/).filter(Boolean);
  if (sources === 'all' && words.length === 0) return rows;
  const passes = SOURCE_TEST[sources];
  // Labels are folded only when there are words to find in them: at 10,000 articles there are 160,000 rows.
  if (words.length === 0) return rows.filter(passes);
  return rows.filter((row) => {
    if (!passes(row)) return false;
    const label = foldForSearch(row.label);
    return words.every((word) => label.includes(word));
  });
}
