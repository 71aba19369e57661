// Pure helpers of the coverage matrix: one row per story element, its parts (claims several articles tell, claims
// one tells alone, sentences making no claim), the word filter, and the matrix's state in the URL.
import type { ArticleSource, Corpus, SentenceRef } from '../../corpus/types.ts';
import type { Query, QueryPatch } from '../../app/location.ts';
import { foldForSearch } from '../../corpus/client.ts';
import { sortFromQuery, type ColumnSort } from '../table/sort.ts';
import { independentCount } from '../Sources/sources.ts';

/** One story element: its label sentence, how many articles carry it, and the sentences telling it. */
export interface CoverageRow {
  /** Index into `corpus.elements`. */
  element: number;
  /** The label sentence's text, white space squashed. */
  label: string;
  sources: number;
  /** How many independent sources tell it, each family of copies counted once: set when the view counts so. */
  independent?: number;
  /** Whether the label makes a claim, rather than moving the story along ("Here's why."): the pipeline says. */
  claim: boolean;
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
    return {
      element: index,
      label,
      sources: element.articles.length,
      claim: element.noClaim !== true,
      members: element.members,
    };
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
 * The rows by what the view does with them: the claims two or more articles tell make the matrix (what the coverage
 * of a story is about); those one article tells alone are folded under it, a click away; sentences making no claim
 * are left out, and counted.
 */
export interface CoverageParts {
  shared: CoverageRow[];
  single: CoverageRow[];
  noClaim: CoverageRow[];
}

export function coverageParts(rows: readonly CoverageRow[]): CoverageParts {
  const parts: CoverageParts = { shared: [], single: [], noClaim: [] };
  for (const row of rows) {
    if (!row.claim) parts.noClaim.push(row);
    else if (row.sources > 1) parts.shared.push(row);
    else parts.single.push(row);
  }
  return parts;
}

export interface CoverageState {
  sort: ColumnSort<SortId> | null;
  /** Whether the claims one article tells alone are shown. */
  single: boolean;
  filter: string;
  /** How many rows of each table to render. */
  limit: number;
}

/** Rows rendered at first, and added by each "show more". */
export const PAGE = 200;

/**
 * `?sort=sources&desc=1&single=1&filter=chip&show=400`; anything unknown falls back to the default. An older link's
 * `sources=all`, `sources=one` or `only=1` asked for the elements one source tells: they open that part.
 */
export function coverageState(query: Query): CoverageState {
  const show = Number(query.show);
  return {
    sort: sortFromQuery(query, SORT_IDS),
    single: query.single === '1' || query.sources === 'all' || query.sources === 'one' || query.only === '1',
    filter: query.filter ?? '',
    limit: Number.isInteger(show) && show > PAGE ? show : PAGE,
  };
}

/** The URL change that opens or folds the claims one article tells alone; an older link's own words go with it. */
export const singlePatch = (open: boolean): QueryPatch => ({
  single: open ? '1' : null,
  sources: null,
  only: null,
});

/** Rows whose labels hold every word of `filter`, folded; all of them when it has none. */
export function filterRows(rows: readonly CoverageRow[], filter: string): readonly CoverageRow[] {
  const words = foldForSearch(filter).split(/\s+/).filter(Boolean);
  // Labels are folded only when there are words to find in them: at 10,000 articles there are 160,000 rows.
  if (words.length === 0) return rows;
  return rows.filter((row) => {
    const label = foldForSearch(row.label);
    return words.every((word) => label.includes(word));
  });
}

/**
 * The rows with how many independent sources tell each (each family of copies once), for the view that counts so.
 * Linear in the rows' sentences.
 */
export function withIndependent(
  rows: readonly CoverageRow[],
  sources: readonly ArticleSource[],
): CoverageRow[] {
  return rows.map((row) => ({
    ...row,
    independent: independentCount(
      row.members.map((member) => member.article),
      sources,
    ),
  }));
}
