// Story elements: aligned sentences grouped across all articles into one claim or fact each, and the sentences no
// other article tells as elements of one source.
import { makesClaim } from './claim.ts';
import { alignable } from './alignable.ts';
import { disjointSets } from './disjoint-sets.ts';
import { fold } from './fold.ts';
import { passages } from './passages.ts';
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
  /** Its texts' articles: the one text's own set, shared and never changed, until another group joins it. */
  articles: ReadonlySet<number>;
  /** Other groups (by root), with how many aligned text pairs join the two. */
  links: Map<number, number>;
}

/**
 * Aligned pairs of distinct texts `u` < `v`, each pair once, as parallel arrays: a million pairs are a million
 * objects less.
 */
export interface TextLinks {
  u: Int32Array;
  v: Int32Array;
  score: Float64Array;
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
  links: TextLinks,
  share = ELEMENT_LINK_SHARE,
): (i: number) => number {
  const sets = disjointSets(textArticles.length);
  // By root, in an array: a map of a hundred thousand groups is slower to reach, and grows slower still.
  const groups: (Group | undefined)[] = new Array<Group | undefined>(textArticles.length);
  const groupOf = (root: number): Group =>
    (groups[root] ??= { size: 1, articles: textArticles[root] ?? new Set(), links: new Map() });
  const { u, v, score } = links;
  // Each pair of texts is linked once.
  for (let l = 0; l < u.length; l++) {
    const [lu, lv] = [u[l] ?? 0, v[l] ?? 0];
    groupOf(lu).links.set(lv, 1);
    groupOf(lv).links.set(lu, 1);
  }
  const byScore = Int32Array.from(u.keys()).sort(
    (x, y) => (score[y] ?? 0) - (score[x] ?? 0) || (u[x] ?? 0) - (u[y] ?? 0) || (v[x] ?? 0) - (v[y] ?? 0),
  );
  for (const l of byScore) {
    const [ru, rv] = [sets.find(u[l] ?? 0), sets.find(v[l] ?? 0)];
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
    // A group of one text reads that text's set; joined, it needs its own (of more than one text, it has it).
    const articles = big.size === 1 ? new Set(big.articles) : (big.articles as Set<number>);
    for (const a of small.articles) articles.add(a);
    big.articles = articles;
    big.size += small.size;
    big.links.delete(smallRoot);
    for (const [other, count] of small.links) {
      if (other === bigRoot) continue;
      big.links.set(other, (big.links.get(other) ?? 0) + count);
      const g = groups[other];
      if (!g) continue;
      g.links.delete(smallRoot);
      g.links.set(bigRoot, (g.links.get(bigRoot) ?? 0) + count);
    }
    groups[smallRoot] = undefined;
  }
  return sets.find;
}

/**
 * The aligned pairs as links of distinct texts (see `TextLinks`), one per pair of texts at its best score. The
 * pairs are bucketed by their lower text (a counting sort) and each bucket's repeats found by marking the higher
 * texts, where a map keyed by the pair held a million keys (past 2^30 from 32,768 texts on: boxed, slower still).
 */
function textLinks(alignments: readonly AlignedPair[], textOf: Int32Array, count: number): TextLinks {
  // Each pair's texts, lower first (-1 for a pair that links no two distinct texts), and its score: read in order
  // here, since reading the pairs themselves bucket by bucket, out of order, took longer than all the rest.
  const [lower, higher] = [new Int32Array(alignments.length), new Int32Array(alignments.length)];
  const scores = new Float64Array(alignments.length);
  // Where each lower text's bucket starts (at `t + 1` while counting), then the pairs bucket by bucket.
  const bucket = new Int32Array(count + 1);
  alignments.forEach(({ a, b, score }, p) => {
    const [ta, tb] = [textOf[a] ?? -1, textOf[b] ?? -1];
    scores[p] = score;
    const linked = ta >= 0 && tb >= 0 && ta !== tb;
    lower[p] = linked ? Math.min(ta, tb) : -1;
    higher[p] = Math.max(ta, tb);
    if (linked) bucket[Math.min(ta, tb) + 1] = (bucket[Math.min(ta, tb) + 1] ?? 0) + 1;
  });
  for (let t = 0; t < count; t++) bucket[t + 1] = (bucket[t + 1] ?? 0) + (bucket[t] ?? 0);
  const pairs = new Int32Array(bucket[count] ?? 0);
  const fill = bucket.slice(0, count);
  lower.forEach((t, p) => {
    if (t >= 0) pairs[(fill[t] = (fill[t] ?? 0) + 1) - 1] = p;
  });
  const links: TextLinks = {
    u: new Int32Array(pairs.length),
    v: new Int32Array(pairs.length),
    score: new Float64Array(pairs.length),
  };
  // Each higher text's link with the bucket's text, if it has one (`u` tells whether it is this bucket's).
  const linkOf = new Int32Array(count).fill(-1);
  let n = 0;
  for (let t = 0; t < count; t++)
    for (let k = bucket[t] ?? 0; k < (bucket[t + 1] ?? 0); k++) {
      const p = pairs[k] ?? 0;
      const [other, score] = [higher[p] ?? 0, scores[p] ?? 0];
      const l = linkOf[other] ?? -1;
      if (l >= 0 && links.u[l] === t) links.score[l] = Math.max(links.score[l] ?? 0, score);
      else {
        linkOf[other] = n;
        [links.u[n], links.v[n], links.score[n]] = [t, other, score];
        n++;
      }
    }
  return { u: links.u.subarray(0, n), v: links.v.subarray(0, n), score: links.score.subarray(0, n) };
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
  const find = groupTexts(textArticles, textLinks(alignments, textOf, textArticles.length));
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
    .map(({ label, members, articles: carrying }) =>
      labelMakesClaim(articles, label)
        ? { label, members, articles: carrying }
        : { label, members, articles: carrying, noClaim: true as const },
    );
}

/** Whether the sentence `label` names makes a claim of its own (claim.ts), read in its article. */
function labelMakesClaim(articles: readonly Article[], label: SentenceRef): boolean {
  const article = articles[label.article];
  const sentence = article?.sentences[label.sentence];
  return !article || !sentence || makesClaim(article.text.slice(sentence.start, sentence.end), article.text);
}
