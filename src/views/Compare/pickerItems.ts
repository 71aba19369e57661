// What an article picker lists: the articles in the order given (closest to the other side's first, when it has
// one), less the other side's own, those whose title or outlet holds every word typed, and only the first few of
// a long corpus, so the list stays quick to render and to read.
import { optionMatcher, type Option } from '../listedOptions.ts';

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
