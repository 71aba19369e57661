// Example queries for the empty search: the names the corpus uses most, found in its text, never known in advance.
import type { Article, ParagraphKind } from '../../corpus/types.ts';

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/** Running text only: headlines and headings capitalise every word. */
const RUNNING: readonly ParagraphKind[] = ['paragraph', 'list-item', 'attribution'];
/** Characters read at most: a larger corpus is sampled, every n-th article, so the page never waits on this. */
const BUDGET = 400_000;

interface Tally {
  articles: Set<number>;
  count: number;
}

/**
 * Up to `count` names to try: words written with a capital inside a sentence and never in lower case (so `Export`
 * in `Export controls` does not count, nor an all-capitals acronym), the ones found in the most articles first,
 * and one of a family only (`China`, not `Chinese` as well).
 */
export function exampleQueries(articles: readonly Article[], count = 4, budget = BUDGET): string[] {
  const lower = new Set<string>();
  const names = new Map<string, Tally>();
  const size = articles.reduce((sum, a) => sum + a.text.length, 0);
  const step = Math.max(1, Math.ceil(size / budget));
  articles.forEach((article, index) => {
    if (index % step !== 0) return;
    for (const sentence of article.sentences) {
      if (!RUNNING.includes(article.paragraphs[sentence.paragraph]?.kind ?? 'headline')) continue;
      const words = [...article.text.slice(sentence.start, sentence.end).matchAll(WORD)].map((m) => m[0]);
      words.forEach((raw, position) => {
        const word = raw.replace(/['’]s$/u, '');
        if (!/^\p{Lu}/u.test(word)) {
          lower.add(word.toLowerCase());
          return;
        }
        if (position === 0 || word.length < 3 || !/\p{Ll}/u.test(word)) return;
        const tally = names.get(word) ?? { articles: new Set(), count: 0 };
        tally.articles.add(index);
        tally.count++;
        names.set(word, tally);
      });
    }
  });
  const chosen: string[] = [];
  const stems = new Set<string>();
  const ranked = [...names]
    .filter(([word]) => !lower.has(word.toLowerCase()))
    .sort(([a, x], [b, y]) => y.articles.size - x.articles.size || y.count - x.count || a.localeCompare(b));
  for (const [word] of ranked) {
    const stem = word.toLowerCase().slice(0, 4);
    if (chosen.length === count || stems.has(stem)) continue;
    stems.add(stem);
    chosen.push(word);
  }
  return chosen;
}
