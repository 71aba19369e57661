// A reader's corrections of an article's title, outlet or date, kept in their browser (src/import/store.ts) and set
// over the corpus's own wherever the page shows them: the table, the reader, citations, the downloads (sources.json
// among them, so a corrected folder can be rebuilt). The search index keeps the outlets the corpus gave.
import type { Article } from '../corpus/types.ts';
import type { Correction } from '../import/store.ts';

export type { Correction };

type Details = Pick<
  Article,
  'title' | 'titleSource' | 'outlet' | 'outletSource' | 'published' | 'publishedSource'
>;

/** The article with the reader's correction set over its details (the same object when there is none). */
export function corrected<A extends Details>(article: A, correction: Correction | undefined): A {
  if (correction === undefined) return article;
  const { title, outlet, published } = correction;
  return {
    ...article,
    ...(title === undefined ? {} : { title, titleSource: 'corrected' }),
    ...(outlet === undefined ? {} : { outlet, outletSource: 'corrected' }),
    ...(published === undefined ? {} : { published, publishedSource: 'corrected' }),
  };
}

/** The articles, each corrected where the reader corrected it (the same array when nothing is). */
export function withCorrections<A extends Details & Pick<Article, 'file'>>(
  articles: A[],
  corrections: ReadonlyMap<string, Correction>,
): A[] {
  if (corrections.size === 0) return articles;
  return articles.map((article) => corrected(article, corrections.get(article.file)));
}

/**
 * The correction a form asks for, over the article as shown (`shown`, corrected already where it was): a field that
 * differs from what is shown, or one corrected before and left as it is. A blank field, or a date that is no day,
 * keeps the corpus's own.
 */
export function correctionOf(shown: Details, wanted: Required<Correction>): Correction {
  const correction: Correction = {};
  const title = wanted.title.trim();
  const outlet = wanted.outlet.trim();
  if (title !== '' && (title !== shown.title || shown.titleSource === 'corrected')) correction.title = title;
  if (outlet !== '' && (outlet !== (shown.outlet ?? '') || shown.outletSource === 'corrected'))
    correction.outlet = outlet;
  if (
    /^\d{4}-\d{2}-\d{2}$/.test(wanted.published) &&
    (wanted.published !== shown.published || shown.publishedSource === 'corrected')
  )
    correction.published = wanted.published;
  return correction;
}

/** The localStorage key that says the bundled corpus has corrections: without it, its first load opens no storage. */
const CORRECTED = 'parallax-bundled-corpus-corrected';

export const bundledCorrected = (): boolean => {
  try {
    return globalThis.localStorage?.getItem(CORRECTED) === '1';
  } catch {
    return false;
  }
};

export function markBundledCorrected(corrected: boolean): void {
  try {
    if (corrected) localStorage.setItem(CORRECTED, '1');
    else localStorage.removeItem(CORRECTED);
  } catch {
    // Storage refused: the corrections are not kept either.
  }
}
