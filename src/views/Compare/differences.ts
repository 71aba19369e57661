// What changed inside the aligned passages of two compared articles, as a track-changes view shows it: in each
// aligned sentence, the words its partners lack (struck in the first article, added in the second), and which
// numbered passages read the same in both once typography is folded, which differ.
import type { Article } from '../../corpus/types.ts';
import { quoteDiff } from '../../corpus/quote-diff.ts';
import type { CompareLinks, Side } from './links.ts';
import { ownChanges, type Mark } from './wordMarks.ts';

export interface Differences {
  /** Each aligned sentence's words that its partners lack, by side: offsets into the sentence; none when alike. */
  marks: Record<Side, ReadonlyMap<number, readonly Mark[]>>;
  /** Numbered passages (cluster badges) with an aligned pair, all of whose sentences read alike; ascending. */
  identical: number[];
  /** Numbered passages with an aligned pair whose words differ, ascending: where the next-difference keys go. */
  differing: number[];
  /** How many aligned pairs the identical passages hold: what the summary counts, a passage may hold several. */
  identicalPairs: number;
  /**
   * Where the keys land in each differing passage: its first sentence with marks in the first article, or in the
   * second when only that one adds words. A passage's first sentence may read alike when a partner of its partner
   * does not.
   */
  landing: ReadonlyMap<number, { side: Side; sentence: number }>;
}

type Texts = Record<Side, Pick<Article, 'text' | 'sentences'>>;

/**
 * The word differences of the aligned pairs in `links` between `articles.a` and `.b`. A sentence is diffed against
 * its aligned partners read as one (a sentence split in two in the other article is still one passage), so a
 * one-to-one pair, the usual case, is diffed once for both its sides. Shared quotes alone do not make a pair.
 */
export function differences(articles: Texts, links: Pick<CompareLinks, 'a' | 'b'>): Differences {
  const text = (side: Side, sentences: readonly number[]) =>
    sentences
      .map((s) => {
        const range = articles[side].sentences[s];
        return range ? articles[side].text.slice(range.start, range.end) : '';
      })
      .join(' ');
  const diffs = new Map<string, ReturnType<typeof quoteDiff>>();
  const diffOf = (a: readonly number[], b: readonly number[]) => {
    const key = `${a.join(',')}|${b.join(',')}`;
    const known = diffs.get(key);
    if (known) return known;
    const diff = quoteDiff(text('a', a), text('b', b));
    diffs.set(key, diff);
    return diff;
  };

  const marks = { a: new Map<number, Mark[]>(), b: new Map<number, Mark[]>() };
  const alike = new Map<number, boolean>();
  const pairs = new Map<number, number>();
  const landing = new Map<number, { side: Side; sentence: number }>();
  for (const side of ['a', 'b'] as const) {
    const other = side === 'a' ? 'b' : 'a';
    for (const [sentence, sentenceLinks] of links[side].links) {
      const partners = sentenceLinks
        .filter((link) => link.score !== null)
        .map((link) => link[other])
        .sort((x, y) => x - y);
      if (partners.length === 0) continue;
      const own =
        side === 'a'
          ? ownChanges(text('a', [sentence]), diffOf([sentence], partners), 'removed')
          : ownChanges(text('b', [sentence]), diffOf(partners, [sentence]), 'added');
      marks[side].set(sentence, own);
      const badge = links[side].badge.get(sentence);
      if (badge === undefined) continue;
      alike.set(badge, (alike.get(badge) ?? true) && own.length === 0);
      const landed = landing.get(badge);
      const earlier = landed !== undefined && (landed.side !== side || landed.sentence < sentence);
      if (own.length > 0 && !earlier) landing.set(badge, { side, sentence });
      if (side === 'a') pairs.set(badge, (pairs.get(badge) ?? 0) + partners.length);
    }
  }
  const badges = [...alike.keys()].sort((x, y) => x - y);
  const identical = badges.filter((badge) => alike.get(badge) === true);
  return {
    marks,
    identical,
    differing: badges.filter((badge) => alike.get(badge) === false),
    identicalPairs: identical.reduce((sum, badge) => sum + (pairs.get(badge) ?? 0), 0),
    landing,
  };
}

/**
 * Where the next-difference keys go from passage `from` (a badge; null before any): the next differing passage
 * (`step` 1) or the previous one (-1), round the end, so a reader can keep pressing; null when none differs.
 */
export function stepDifference(
  differing: readonly number[],
  from: number | null,
  step: 1 | -1,
): number | null {
  const around = step === 1 ? differing[0] : differing[differing.length - 1];
  if (from === null) return around ?? null;
  const next =
    step === 1 ? differing.find((badge) => badge > from) : differing.findLast((badge) => badge < from);
  return next ?? around ?? null;
}
