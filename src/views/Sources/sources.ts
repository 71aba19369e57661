// Pure helpers of the copy families as the page words them: an article's relation to the one it comes from, why a
// family's original was chosen, how many independent sources a set of articles comes from, and the shared-text
// matrix's cells.
import { countOf } from '../../app/format.ts';
import type { Query, QueryPatch } from '../../app/location.ts';
import type { Article, ArticleSource, CopyFamilies, CopyFamily, SharedText } from '../../corpus/types.ts';

type Named = Pick<Article, 'outlet'>;

/** A share (0 to 1) in whole percent, a share above 0 that rounds to 0 as `<1`: `94`. */
export function percentNumber(share: number): string {
  const whole = Math.round(share * 100);
  return whole === 0 && share > 0 ? '<1' : String(whole);
}

/** A share (0 to 1) as a percentage: `94 %`, the sign kept on the number's line. */
export const percent = (share: number): string => `${percentNumber(share)}\u00a0%`;

/** The outlet an article is named by in a relation; an article whose outlet is unknown, by its place in the folder. */
function nameOf(articles: readonly Named[], index: number): string {
  const article = articles[index];
  return article?.outlet ?? `article ${String(index + 1)}`;
}

/**
 * What an article is to the one it comes from, in full, the figure it rests on included: `copy of dawn.com, 94 %
 * word for word`, `rewrite of ft.com, retells 82 % of it, 90 % of its sentences in the same order`; `null` for an
 * original or an independent article.
 */
export function relationText(source: ArticleSource, articles: readonly Named[]): string | null {
  if (source.of === null) return null;
  const of = nameOf(articles, source.of);
  if (source.kind === 'copy') return `copy of ${of}, ${percent(source.share)} word for word`;
  if (source.kind === 'rewrite') {
    const order = source.evidence?.inOrder ?? 0;
    return `rewrite of ${of}, retells ${percent(source.share)} of it, ${percent(order)} of its sentences in the same order`;
  }
  return null;
}

/** `3 copies and 1 rewrite`: what came from a family's original. */
export function offspringText(family: CopyFamily, sources: readonly ArticleSource[]): string {
  let copies = 0;
  let rewrites = 0;
  for (const m of family.members) {
    const kind = sources[m]?.kind;
    if (kind === 'copy') copies++;
    else if (kind === 'rewrite') rewrites++;
  }
  const parts = [
    copies > 0 ? countOf(copies, 'copy', 'copies') : null,
    rewrites > 0 ? countOf(rewrites, 'rewrite') : null,
  ];
  return parts.filter(Boolean).join(' and ');
}

/**
 * The articles table's short word on an article: `copy of Reuters via dawn.com, 94 %` when the family's text
 * credits an agency, `rewrite of ft.com, 82 %`, `original of 3 copies`, `independent`.
 */
export function sourceLabel(index: number, sources: CopyFamilies, articles: readonly Named[]): string {
  const source = sources.articles[index];
  if (!source) return 'independent';
  const family = source.family === null ? undefined : sources.families[source.family];
  if (source.kind === 'original' && family) return `original of ${offspringText(family, sources.articles)}`;
  if ((source.kind === 'copy' || source.kind === 'rewrite') && source.of !== null) {
    const of = nameOf(articles, source.of);
    const credit = family?.credit?.agency;
    const via =
      credit !== undefined && credit.toLowerCase() !== of.toLowerCase() ? `${credit} via ${of}` : of;
    return `${source.kind} of ${via}, ${percent(source.share)}`;
  }
  return 'independent';
}

/**
 * What the Source column sorts by: each family together, by its place in the list (the largest first), its
 * original first, then its copies and rewrites by share; independent articles last.
 */
export function sourceSortKey(index: number, sources: CopyFamilies): number | undefined {
  const source = sources.articles[index];
  if (!source || source.family === null) return undefined;
  const within = source.kind === 'original' ? 0 : 2 - source.share;
  return source.family * 4 + within;
}

/** Why a family's original was chosen, in words. */
export function basisText(family: CopyFamily, articles: readonly Named[]): string {
  switch (family.basis) {
    case 'earliest':
      return 'published before the others';
    case 'credit-line': {
      const credit = family.credit;
      return credit && credit.article === family.original
        ? `its text credits ${credit.agency} (${creditWords[credit.kind]}) where the others do not`
        : 'its text credits the agency it comes from where the others do not';
    }
    case 'fullest':
      return 'the fullest text, with the most words (no member was published earlier or credits its agency more)';
    case 'listed-first':
      return `nothing told the members apart, so the first in the folder (${nameOf(articles, family.original)})`;
  }
}

const creditWords = {
  dateline: 'a dateline',
  contributed: '“contributed to this report”',
  'according-to': '“according to”',
} as const;

/**
 * How many independent sources a set of articles comes from: each family counted once, each article in none
 * once (an article given twice, once). Linear in the articles given.
 */
export function independentCount(indices: Iterable<number>, sources: readonly ArticleSource[]): number {
  const families = new Set<number>();
  const alone = new Set<number>();
  for (const i of indices) {
    const family = sources[i]?.family ?? null;
    if (family === null) alone.add(i);
    else families.add(family);
  }
  return families.size + alone.size;
}

/** Whether the URL asks to count each family of copies once (`?once=1`), and the change that asks it. */
export const countOnce = (query: Query): boolean => query.once === '1';
export const countOncePatch = (once: boolean): QueryPatch => ({ once: once ? '1' : null });

/** The label of the toggle that counts each family once. */
export const COUNT_ONCE = 'Count each family once';

/** `5 reports from 3 independent sources`. */
export function reportsFrom(reports: number, independent: number): string {
  return `${countOf(reports, 'report')} from ${countOf(independent, 'independent source')}`;
}

/**
 * The matrix of shared text among `members` (article indices, in the order drawn): for each row, the share of its
 * words each column carries, in any words, or `null` where they share no sentence (and on the diagonal). Reads
 * only the pairs of `shared` among the members: linear in those pairs and the cells.
 */
export function sharedMatrix(members: readonly number[], shared: readonly SharedText[]): (number | null)[][] {
  const place = new Map(members.map((m, k) => [m, k]));
  const cells = members.map(() => members.map((): number | null => null));
  for (const pair of shared) {
    const a = place.get(pair.a);
    const b = place.get(pair.b);
    if (a === undefined || b === undefined) continue;
    const rowA = cells[a];
    const rowB = cells[b];
    if (rowA) rowA[b] = pair.aligned[0];
    if (rowB) rowB[a] = pair.aligned[1];
  }
  return cells;
}

/** Up to this many articles the corpus keeps every pair's shared text (`EVERY_PAIR_UP_TO`), drawn as one matrix. */
export const WHOLE_MATRIX_UP_TO = 40;

/**
 * A matrix row's note on what its article is, naming the one it comes from by its number in the matrix: `copy of
 * 3`, `rewrite of 1`, `original`; empty for an independent article, or when the one it comes from is not drawn.
 */
export function matrixNote(source: ArticleSource | undefined, numberOf: ReadonlyMap<number, number>): string {
  if (!source || source.kind === 'independent') return '';
  if (source.kind === 'original') return 'original';
  const number = source.of === null ? undefined : numberOf.get(source.of);
  return number === undefined ? '' : `${source.kind} of ${String(number)}`;
}
