// Pure helpers of the quotes view: one row per quote group, with each occurrence and how its wording differs from
// the group's first, the filters, and the view's state in the URL.
import type { Article, Corpus, DiffPart } from '../../corpus/types.ts';
import type { Query, QueryPatch } from '../../app/location.ts';
import { countOf, formatNumber, outletName } from '../../app/format.ts';
import { foldForSearch } from '../../corpus/client.ts';
import { hasChanges, quoteWords } from './wording.ts';
import { sortFromQuery, type ColumnSort } from '../table/sort.ts';

/** One occurrence of a quote: where it is, its words as typed, and how they differ from the first occurrence's. */
export interface Occurrence {
  /** Index into `corpus.articles`. */
  article: number;
  articleId: string;
  /** The article itself, for what a citation of the quote says of it (its title, date and address). */
  cited: Article;
  outlet: string;
  sentence: number;
  words: string;
  /** Against the group's first occurrence (empty for the first itself). */
  diff: DiffPart[];
}

export interface QuoteRow {
  /** Index into `corpus.quoteGroups`. */
  group: number;
  words: string;
  speaker: string | null;
  /** How many articles carry the quote. */
  sources: number;
  occurrences: Occurrence[];
  /** Whether some occurrence words it otherwise than the first. */
  differs: boolean;
}

export function quoteRows(corpus: Pick<Corpus, 'articles' | 'quoteGroups'>): QuoteRow[] {
  return corpus.quoteGroups.map((group, index) => {
    const occurrences: Occurrence[] = [];
    for (const ref of group.occurrences) {
      const article = corpus.articles[ref.article];
      const quote = article?.quotes[ref.quote];
      if (!article || !quote) continue;
      const words = quoteWords(article, quote);
      occurrences.push({
        article: ref.article,
        articleId: article.id,
        cited: article,
        outlet: outletName(article),
        sentence: quote.sentence,
        words,
        // The pipeline diffs each occurrence after the first against the first.
        diff:
          group.variants.find((v) => v.occurrence.article === ref.article && v.occurrence.quote === ref.quote)
            ?.diff ?? [],
      });
    }
    return {
      group: index,
      words: group.text.replace(/\s+/g, ' ').trim(),
      speaker: group.speaker,
      sources: new Set(occurrences.map((occurrence) => occurrence.article)).size,
      occurrences,
      differs: occurrences.some((occurrence) => hasChanges(occurrence.diff)),
    };
  });
}

export const SORT_IDS = ['words', 'speaker', 'sources'] as const;
export type SortId = (typeof SORT_IDS)[number];

export interface QuotesState {
  sort: ColumnSort<SortId> | null;
  /** Only quotes more than one article carries. */
  shared: boolean;
  filter: string;
}

/** `?sort=sources&desc=1&shared=1&filter=chips`; anything unknown falls back to the default. */
export function quotesState(query: Query): QuotesState {
  return {
    sort: sortFromQuery(query, SORT_IDS),
    shared: query.shared === '1',
    filter: query.filter ?? '',
  };
}

/** The URL change for "only quotes in several articles". */
export function sharedPatch(on: boolean): QueryPatch {
  return { shared: on ? '1' : null };
}

/** Rows the filters keep: with `shared`, quotes several articles carry; with text, quotes whose words or speaker hold every word. */
export function filterQuotes(
  rows: readonly QuoteRow[],
  shared: boolean,
  filter: string,
): readonly QuoteRow[] {
  const words = foldForSearch(filter).split(/\s+/).filter(Boolean);
  if (!shared && words.length === 0) return rows;
  return rows.filter((row) => {
    if (shared && row.sources < 2) return false;
    const text = foldForSearch(`${row.words} ${row.speaker ?? ''}`);
    return words.every((word) => text.includes(word));
  });
}

/** The view's figures, one phrase each: `12 quotes`, `5 in more than one article`, `3 worded differently`. */
export function quotesSummary(rows: readonly QuoteRow[]): string[] {
  const inSeveral = rows.filter((row) => row.sources > 1).length;
  const differing = rows.filter((row) => row.differs).length;
  return [
    countOf(rows.length, 'quote'),
    `${formatNumber(inSeveral)} in more than one article`,
    `${formatNumber(differing)} worded differently`,
  ];
}
