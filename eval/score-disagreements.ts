// Scoring disagreements on the facts: the pipeline's disagreements against the gold's, as precision and recall, and
// whether each one found is told apart from an update as the gold tells it. Pure: the disagreements, the articles
// and the gold in, the figures (with every miss, for --details) out; score.ts adds each figure's floor.
import type { Disagreement } from '../src/corpus/types.ts';
import type { Article } from '../src/corpus/types.ts';
import { locate, type GoldDisagreement, type GoldRef } from './gold.ts';
import type { Figure } from './score.ts';

type Unfloored = Omit<Figure, 'floor'>;

/** Where a passage is: article index and sentence index, as one key. */
const at = (article: number, sentence: number) => `${String(article)}:${String(sentence)}`;

/**
 * Whether a disagreement found is the gold one: a side in a sentence of the gold's `a` and the other in one of its
 * `b` (either way round); for a gold one with `a` only, its one side in a sentence of `a`.
 */
function matches(found: Disagreement, a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const keys = found.sides.map((s) => at(s.article, s.sentence));
  const [x, y] = keys;
  if (b.size === 0) return keys.length === 1 && x !== undefined && a.has(x);
  if (x === undefined || y === undefined) return false;
  return (a.has(x) && b.has(y)) || (a.has(y) && b.has(x));
}

/**
 * The figures for one corpus: disagreements found that match a gold one (precision), gold ones matched by at least
 * one found (recall), and, of the found ones that match, those whose update flag is the gold's.
 */
export function scoreDisagreements(
  found: readonly Disagreement[],
  articles: readonly Pick<Article, 'file' | 'text' | 'sentences'>[],
  gold: readonly GoldDisagreement[],
): Unfloored[] {
  const indexOf = new Map(articles.map((a, i) => [a.file, i]));
  const sentencesOf = (refs: readonly GoldRef[]) =>
    new Set(
      refs.flatMap((ref) => {
        const i = indexOf.get(ref.file);
        const article = i === undefined ? undefined : articles[i];
        const range = article === undefined ? 'missing' : locate(article.text, ref);
        if (i === undefined || article === undefined || typeof range === 'string') return [];
        const s = article.sentences.findIndex((x) => x.start <= range.start && range.start < x.end);
        return s === -1 ? [] : [at(i, s)];
      }),
    );
  const golds = gold.map((g) => ({ gold: g, a: sentencesOf(g.a), b: sentencesOf(g.b) }));
  const show = (d: Disagreement) =>
    `${d.kind}${d.update ? ' (update)' : ''}: ${d.sides
      .map((s) => `${articles[s.article]?.file ?? String(s.article)} ${JSON.stringify(s.value)}`)
      .join(' / ')}`;
  const describe = (g: GoldDisagreement) =>
    `${g.kind}${g.update ? ' (update)' : ''}: ${[g.a, g.b]
      .filter((refs) => refs.length > 0)
      .map((refs) => refs.map((r) => `${r.file} ${JSON.stringify(r.text)}`).join(', '))
      .join(' / ')}`;

  const precision: Unfloored = { name: 'disagreements: precision', hit: 0, of: 0, misses: [] };
  const updates: Unfloored = { name: 'disagreements: update or not, right', hit: 0, of: 0, misses: [] };
  const matched = new Set<number>();
  for (const d of found) {
    precision.of++;
    const g = golds.findIndex(({ a, b }) => matches(d, a, b));
    if (g === -1) {
      precision.misses.push(`${show(d)}: not in the gold`);
      continue;
    }
    precision.hit++;
    matched.add(g);
    const expected = golds[g]?.gold.update ?? false;
    updates.of++;
    if (d.update === expected) updates.hit++;
    else updates.misses.push(`${show(d)}: the gold says ${expected ? 'an update' : 'a disagreement'}`);
  }

  const recall: Unfloored = { name: 'disagreements: recall', hit: 0, of: 0, misses: [] };
  golds.forEach(({ gold: g }, i) => {
    recall.of++;
    if (matched.has(i)) recall.hit++;
    else recall.misses.push(`${describe(g)}: not found`);
  });
  return [precision, recall, updates];
}
