// Pure helpers of the coverage matrix: one row per story element, the filters, and the matrix's state in the URL.
import type { Corpus } from '../../corpus/types.ts';
import type { Query, QueryPatch } from '../../app/location.ts';
import { foldForSearch } from '../../corpus/fold.ts';

/** One story element: its label sentence, how many articles carry it, and where each one tells it. */
export interface CoverageRow {
  /** Index into `corpus.elements`. */
  element: number;
  /** The label sentence's text, white space squashed. */
  label: string;
  sources: number;
  /** Per article (corpus order), the first sentence telling the element, or null when the article lacks it. */
  cells: (number | null)[];
}

export function coverageRows(corpus: Pick<Corpus, 'articles' | 'elements'>): CoverageRow[] {
  return corpus.elements.map((element, index) => {
    const cells: (number | null)[] = corpus.articles.map(() => null);
    for (const member of element.members) {
      const current = cells[member.article];
      if (current === null || (current !== undefined && member.sentence < current))
        cells[member.article] = member.sentence;
    }
    const article = corpus.articles[element.label.article];
    const sentence = article?.sentences[element.label.sentence];
    const label =
      article && sentence ? article.text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ').trim() : '';
    return { element: index, label, sources: cells.filter((cell) => cell !== null).length, cells };
  });
}

export const SORT_IDS = ['label', 'sources'] as const;
export type SortId = (typeof SORT_IDS)[number];

export interface CoverageState {
  sort: { id: SortId; desc: boolean } | null;
  /** Only elements a single article carries. */
  onlyOne: boolean;
  filter: string;
  /** How many rows to render. */
  limit: number;
}

/** Rows rendered at first, and added by each "show more". */
export const PAGE = 200;

/** `?sort=sources&desc=1&only=1&filter=chip&show=400`; anything unknown falls back to the default. */
export function coverageState(query: Query): CoverageState {
  const id = SORT_IDS.find((column) => column === query.sort);
  const show = Number(query.show);
  return {
    sort: id === undefined ? null : { id, desc: query.desc === '1' },
    onlyOne: query.only === '1',
    filter: query.filter ?? '',
    limit: Number.isInteger(show) && show > PAGE ? show : PAGE,
  };
}

/** The URL change for "only one source". */
export function onlyOnePatch(on: boolean): QueryPatch {
  return { only: on ? '1' : null, show: null };
}

/** Rows the filters keep: with "only one source", elements one article carries; with text, labels holding every word. */
export function filterRows(
  rows: readonly CoverageRow[],
  onlyOne: boolean,
  filter: string,
): readonly CoverageRow[] {
  const words = foldForSearch(filter).split(/\s+/).filter(Boolean);
  if (!onlyOne && words.length === 0) return rows;
  return rows.filter((row) => {
    if (onlyOne && row.sources !== 1) return false;
    const label = foldForSearch(row.label);
    return words.every((word) => label.includes(word));
  });
}

/** The text cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = /\s/.test(text.charAt(max - 1)) ? cut.length : cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
