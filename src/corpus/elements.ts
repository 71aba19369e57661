// Story elements: aligned sentences grouped across all articles into one claim or fact each, and the sentences no
// other article tells as elements of one source.
import { alignable } from './align.ts';
import { disjointSets } from './disjoint-sets.ts';
import { passages } from './search-index.ts';
import type { AlignedPair, Article, SentenceRef, StoryElement } from './types.ts';

/**
 * Story elements from the aligned pairs. Pairs join their clusters best score first, and only while no article
 * would then tell the element twice: the pair chain "A ≈ B ≈ C" joins A and C through B only when each article
 * gives one sentence, which stops chains of loose pairs from swallowing a whole story into one element. Every
 * alignable sentence left alone is an element of one source. Elements carried by the most articles come first,
 * then by their first sentence in corpus order.
 */
export function storyElements(
  articles: readonly Article[],
  alignments: readonly AlignedPair[],
): StoryElement[] {
  const refs = passages(articles);
  const sets = disjointSets(refs.length);
  const find = sets.find;
  // Per cluster root: the articles its members come from.
  const articlesOf = new Map<number, Set<number>>();
  const articleSet = (root: number) => articlesOf.get(root) ?? new Set([refs[root]?.article ?? -1]);

  const byScore = [...alignments].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  for (const { a, b } of byScore) {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) continue;
    const [sa, sb] = [articleSet(ra), articleSet(rb)];
    if ([...sa].some((article) => sb.has(article))) continue;
    sets.union(ra, rb);
    articlesOf.delete(ra);
    articlesOf.delete(rb);
    articlesOf.set(find(ra), new Set([...sa, ...sb]));
  }

  const degree = new Map<number, number>();
  const strength = new Map<number, number>();
  for (const { a, b, score } of alignments) {
    if (find(a) !== find(b)) continue;
    for (const p of [a, b]) {
      degree.set(p, (degree.get(p) ?? 0) + 1);
      strength.set(p, (strength.get(p) ?? 0) + score);
    }
  }

  const members = new Map<number, number[]>();
  refs.forEach(({ article, sentence }, passage) => {
    const a = articles[article];
    if (!a || !alignable(a, sentence)) return;
    const root = find(passage);
    const list = members.get(root);
    if (list) list.push(passage);
    else members.set(root, [passage]);
  });

  const ref = (passage: number): SentenceRef => {
    const { article, sentence } = refs[passage] ?? { article: 0, sentence: 0 };
    return { article, sentence };
  };
  // The label: the member aligned with the most others, then with the highest summed score, then the earliest.
  const representative = (list: readonly number[]) =>
    list.reduce((best, p) => {
      const dp = degree.get(p) ?? 0;
      const db = degree.get(best) ?? 0;
      if (dp !== db) return dp > db ? p : best;
      return (strength.get(p) ?? 0) > (strength.get(best) ?? 0) ? p : best;
    });

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
