// Story elements: aligned sentences grouped across all articles into one claim or fact each, and the sentences no
// other article tells as elements of one source.
import { alignable } from './align.ts';
import { disjointSets } from './disjoint-sets.ts';
import { fold } from './fold.ts';
import { passages } from './search-index.ts';
import type { AlignedPair, Article, SentenceRef, StoryElement } from './types.ts';

/**
 * Two groups join only when more than this share of their cross pairs are aligned (identical sentences count as
 * aligned): every member then aligns with most of its element, so "A ≈ B ≈ C" joins A and C only when A ≈ C too,
 * and a chain of loose pairs cannot swallow several claims into one element.
 */
export const ELEMENT_LINK_SHARE = 0.5;

/** A group of sentences while elements are built: how many distinct texts, from which articles, linked to whom. */
interface Group {
  size: number;
  articles: Set<number>;
  /** Other groups (by root), with how many aligned text pairs join the two. */
  links: Map<number, number>;
}

/**
 * The alignable passages grouped by identical text (after folding): a sentence repeated word for word, within one
 * article or across several (a wire story), is one text, aligned with whatever any of its copies is aligned with.
 * Texts are numbered in the order of their folded words, not of the files: `groupTexts` breaks ties by number, and
 * renaming a file must not move a sentence to another element.
 */
function distinctTexts(articles: readonly Article[]) {
  const refs = passages(articles);
  const keys = refs.map(({ article, sentence }) => {
    const a = articles[article];
    const s = a?.sentences[sentence];
    return a && s && alignable(a, sentence) ? fold(a.text.slice(s.start, s.end)).trim() : null;
  });
  const numbers = new Map(
    [...new Set(keys.flatMap((key) => (key === null ? [] : [key])))].sort().map((key, i) => [key, i]),
  );
  const textOf = new Int32Array(refs.length).fill(-1);
  const textArticles = [...numbers.keys()].map(() => new Set<number>());
  keys.forEach((key, passage) => {
    const text = key === null ? undefined : numbers.get(key);
    if (text === undefined) return;
    textOf[passage] = text;
    textArticles[text]?.add(refs[passage]?.article ?? -1);
  });
  return { refs, textOf, textArticles };
}

/** Whether two sets share a member, walking the smaller. */
function overlaps(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) return true;
  return false;
}

/**
 * Groups of texts, joined through the aligned pairs best score first, each join kept only when no article would
 * then tell the element twice and more than `ELEMENT_LINK_SHARE` of the pairs across the two groups are aligned.
 * Returns the root of each text's group. Merging walks the smaller group's links and articles into the larger,
 * so the work grows with the pairs, never with a group's size squared.
 */
export function groupTexts(
  textArticles: readonly ReadonlySet<number>[],
  links: readonly { u: number; v: number; score: number }[],
  share = ELEMENT_LINK_SHARE,
): (i: number) => number {
  const sets = disjointSets(textArticles.length);
  const groups = new Map<number, Group>();
  const groupOf = (root: number): Group => {
    let g = groups.get(root);
    if (!g) {
      g = { size: 1, articles: new Set(textArticles[root]), links: new Map() };
      groups.set(root, g);
    }
    return g;
  };
  for (const { u, v } of links) {
    const [gu, gv] = [groupOf(u), groupOf(v)];
    gu.links.set(v, (gu.links.get(v) ?? 0) + 1);
    gv.links.set(u, (gv.links.get(u) ?? 0) + 1);
  }
  const byScore = [...links].sort((x, y) => y.score - x.score || x.u - y.u || x.v - y.v);
  for (const { u, v } of byScore) {
    const [ru, rv] = [sets.find(u), sets.find(v)];
    if (ru === rv) continue;
    const [gu, gv] = [groupOf(ru), groupOf(rv)];
    // The share of aligned pairs first: a lookup, where the articles' overlap walks the smaller group's articles.
    if ((gu.links.get(rv) ?? 0) <= share * gu.size * gv.size) continue;
    if (overlaps(gu.articles, gv.articles)) continue;
    // Small into large: the larger group keeps its sets and its root; the smaller's links move over.
    const weight = (g: Group) => g.articles.size + g.links.size;
    const [bigRoot, smallRoot] = weight(gu) >= weight(gv) ? [ru, rv] : [rv, ru];
    const big = groupOf(bigRoot);
    const small = groupOf(smallRoot);
    sets.attach(smallRoot, bigRoot);
    big.size += small.size;
    for (const a of small.articles) big.articles.add(a);
    big.links.delete(smallRoot);
    for (const [other, count] of small.links) {
      if (other === bigRoot) continue;
      big.links.set(other, (big.links.get(other) ?? 0) + count);
      const g = groups.get(other);
      if (!g) continue;
      g.links.delete(smallRoot);
      g.links.set(bigRoot, (g.links.get(bigRoot) ?? 0) + count);
    }
    groups.delete(smallRoot);
  }
  return sets.find;
}

/**
 * Story elements from the aligned pairs: the texts grouped by `groupTexts`. Every alignable sentence left alone is
 * an element of one source. Elements carried by the most articles come first, then by their first sentence in
 * corpus order.
 */
export function storyElements(
  articles: readonly Article[],
  alignments: readonly AlignedPair[],
): StoryElement[] {
  const { refs, textOf, textArticles } = distinctTexts(articles);
  // One link per pair of distinct texts, at its best score.
  const best = new Map<number, { u: number; v: number; score: number }>();
  const count = textArticles.length;
  for (const { a, b, score } of alignments) {
    const [ta, tb] = [textOf[a] ?? -1, textOf[b] ?? -1];
    if (ta < 0 || tb < 0 || ta === tb) continue;
    const [u, v] = ta < tb ? [ta, tb] : [tb, ta];
    const key = u * count + v;
    const seen = best.get(key);
    if (!seen || seen.score < score) best.set(key, { u, v, score });
  }
  const find = groupTexts(textArticles, [...best.values()]);
  // Each passage's group root, -1 for one that is not aligned.
  const root = new Int32Array(refs.length).fill(-1);
  textOf.forEach((text, passage) => {
    if (text >= 0) root[passage] = find(text);
  });

  const degree = new Float64Array(refs.length);
  const strength = new Float64Array(refs.length);
  for (const { a, b, score } of alignments) {
    if ((root[a] ?? -1) < 0 || root[a] !== root[b]) continue;
    degree[a] = (degree[a] ?? 0) + 1;
    degree[b] = (degree[b] ?? 0) + 1;
    strength[a] = (strength[a] ?? 0) + score;
    strength[b] = (strength[b] ?? 0) + score;
  }

  const members = new Map<number, number[]>();
  root.forEach((r, passage) => {
    if (r < 0) return;
    const list = members.get(r);
    if (list) list.push(passage);
    else members.set(r, [passage]);
  });

  const ref = (passage: number): SentenceRef => {
    const { article, sentence } = refs[passage] ?? { article: 0, sentence: 0 };
    return { article, sentence };
  };
  // The label: the member aligned with the most others, then with the highest summed score, then the earliest
  // article by id and sentence in it, never the earliest in file order. Scores have three decimals, so the sums
  // are compared in thousandths: summed in another order they may differ in their last bits.
  const idOf = (p: number) => articles[refs[p]?.article ?? -1]?.id ?? '';
  const labelOrder = (p: number, q: number) =>
    (degree[q] ?? 0) - (degree[p] ?? 0) ||
    Math.round((strength[q] ?? 0) * 1000) - Math.round((strength[p] ?? 0) * 1000) ||
    (idOf(p) < idOf(q) ? -1 : idOf(p) > idOf(q) ? 1 : (refs[p]?.sentence ?? 0) - (refs[q]?.sentence ?? 0));
  const representative = (list: readonly number[]) =>
    list.reduce((best, p) => (labelOrder(p, best) < 0 ? p : best));

  return [...members.values()]
    .map((list) => ({
      label: ref(representative(list)),
      members: list.map(ref),
      articles: [...new Set(list.map((p) => refs[p]?.article ?? 0))].sort((x, y) => x - y),
      first: list[0] ?? 0,
    }))
    .sort((x, y) => y.articles.length - x.articles.length || x.first - y.first)
    .map(({ label, members, articles }) => ({ label, members, articles }));
}
