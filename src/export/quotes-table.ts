// The quotes table for export, long: a row per occurrence of a quote (the quote's own columns repeated), so that
// each article's wording has a cell of its own; the quote group's number gathers a quote's rows again.
import type { Corpus } from '../corpus/types.ts';
import { quoteRows } from '../views/Quotes/quotes.ts';
import { hasChanges } from '../views/Quotes/wording.ts';
import type { Table } from './table.ts';

export function quotesTable(corpus: Pick<Corpus, 'articles' | 'quoteGroups'>): Table {
  return {
    name: 'quotes',
    fields: [
      'quote_group',
      'quote',
      'speaker',
      'articles',
      'article_id',
      'outlet',
      'sentence',
      'wording',
      'wording_differs',
    ],
    rows: quoteRows(corpus).flatMap((row) =>
      row.occurrences.map((occurrence) => [
        row.group,
        row.words,
        row.speaker,
        row.sources,
        occurrence.articleId,
        occurrence.outlet,
        occurrence.sentence,
        occurrence.words,
        // Against the quote's first occurrence, as the view's diff is.
        hasChanges(occurrence.diff) ? 'yes' : 'no',
      ]),
    ),
  };
}
