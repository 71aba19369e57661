// Scoring copy families: the pipeline's families against the gold's, as precision and recall over pairs of articles
// put in one family, and the copy-or-rewrite label of each gold link. Pure: the families and the gold in, the figures
// (with every miss, for --details) out.
import type { CopyFamilies } from '../src/corpus/types.ts';
import type { Article } from '../src/corpus/types.ts';
import type { GoldCopies } from './gold.ts';
import type { Figure, Floor } from './score.ts';

type Unfloored = Omit<Figure, 'floor'>;

const key = (x: string, y: string) => (x < y ? `${x} ${y}` : `${y} ${x}`);

/** Every unordered pair of a list, once. */
function pairsOf<T>(list: readonly T[]): [T, T][] {
  return list.flatMap((x, i) => list.slice(i + 1).map((y): [T, T] => [x, y]));
}

/**
 * The figures for one corpus: pairs the pipeline puts in one family that the gold does too (precision), pairs the
 * gold puts in one family that the pipeline does too (recall), both leaving out the gold's unscored pairs; and, for
 * each gold link, whether the pipeline, with the two in one family, labels it as the gold does. The label is that
 * of whichever of the two is not its family's original (the pipeline may pick the other as the original).
 */
export function scoreCopies(
  found: CopyFamilies,
  articles: readonly Pick<Article, 'file'>[],
  gold: GoldCopies,
  floors: Readonly<Record<string, Floor | null>>,
): Figure[] {
  const fileOf = (i: number) => articles[i]?.file ?? String(i);
  const indexOf = new Map(articles.map((a, i) => [a.file, i]));
  const unscored = new Set(gold.unscored.map(({ a, b }) => key(a, b)));
  const goldFamilyOf = new Map<string, number>();
  gold.families.forEach((family, f) => family.members.forEach((file) => goldFamilyOf.set(file, f)));

  const precision: Unfloored = { name: 'copy families: precision (pairs)', hit: 0, of: 0, misses: [] };
  for (const family of found.families) {
    for (const [x, y] of pairsOf(family.members.map(fileOf))) {
      if (unscored.has(key(x, y))) continue;
      precision.of++;
      const f = goldFamilyOf.get(x);
      if (f !== undefined && f === goldFamilyOf.get(y)) precision.hit++;
      else precision.misses.push(`${x} / ${y}: in one family, but not in the gold`);
    }
  }

  const recall: Unfloored = { name: 'copy families: recall (pairs)', hit: 0, of: 0, misses: [] };
  const familyOf = (file: string) => {
    const i = indexOf.get(file);
    return i === undefined ? null : (found.articles[i]?.family ?? null);
  };
  for (const family of gold.families) {
    for (const [x, y] of pairsOf(family.members)) {
      recall.of++;
      const f = familyOf(x);
      if (f !== null && f === familyOf(y)) recall.hit++;
      else recall.misses.push(`${x} / ${y}: families ${String(f)} and ${String(familyOf(y))}`);
    }
  }

  const labels: Unfloored = {
    name: 'copy families: copy or rewrite labels right',
    hit: 0,
    of: 0,
    misses: [],
  };
  for (const family of gold.families) {
    for (const link of family.links) {
      labels.of++;
      const [x, y] = [indexOf.get(link.file), indexOf.get(link.of)];
      const [sx, sy] = [
        x === undefined ? undefined : found.articles[x],
        y === undefined ? undefined : found.articles[y],
      ];
      const family = sx?.family ?? null;
      const together = sx !== undefined && sy !== undefined && family !== null && family === sy.family;
      const label = !together ? 'none' : sx.kind !== 'original' ? sx.kind : sy.kind;
      if (label === link.kind) labels.hit++;
      else labels.misses.push(`${link.file} ${link.kind} of ${link.of}: labelled ${label}`);
    }
  }
  return [precision, recall, labels].map((figure) => ({ ...figure, floor: floors[figure.name] ?? null }));
}
