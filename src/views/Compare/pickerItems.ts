// What an article picker lists: the articles in the order given (closest to the other side's first, when it has
// one), less the other side's own, those whose title or outlet holds every word typed, and only the first few of
// a long corpus, so the list stays quick to render and to read. And what an option is to the other side's article,
// when it is a copy or rewrite of it.
import type { Article, CopyFamilies } from '../../corpus/types.ts';
import { optionMatcher, type Option } from '../listedOptions.ts';
import { relationText } from '../Sources/sources.ts';

export interface PickerItems {
  /** Indexes into the options, in the order listed. */
  items: number[];
  /** How many articles match what was typed (all of them, when nothing was): how many could be listed. */
  matching: number;
}

export function pickerItems(
  options: readonly Option[],
  order: readonly number[],
  exclude: number | null,
  find: string,
  limit: number,
): PickerItems {
  const matches = optionMatcher(find);
  const items: number[] = [];
  let matching = 0;
  for (const index of order) {
    const option = options[index];
    if (index === exclude || !option || !matches(option)) continue;
    matching++;
    if (items.length < limit) items.push(index);
  }
  return { items, matching };
}

/**
 * What an option is to the other side's article, when one comes from the other's family line: `copy of dawn.com,
 * 94 % word for word` when it is a copy or rewrite of that article or of its family's original, `the likely
 * original of its copies` when it is that original; else `null`.
 */
export function relationToOther(
  option: number,
  other: number | null,
  sources: CopyFamilies | null,
  articles: readonly Pick<Article, 'outlet'>[],
): string | null {
  if (sources === null || other === null) return null;
  const mine = sources.articles[option];
  const family = mine?.family ?? null;
  if (!mine || family === null || sources.articles[other]?.family !== family) return null;
  const original = sources.families[family]?.original;
  if (option === original) return 'likely original of the other article';
  if (mine.of === other || mine.of === original) return relationText(mine, articles);
  return null;
}
