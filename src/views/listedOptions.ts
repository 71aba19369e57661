// Which options a long list of choices shows (the search filters, the compare pickers): all of a short list; of a
// long one (1,000 articles from 200 outlets), the chosen ones and the first few that match what the reader typed
// to find one, so the list stays usable and the page small.
import { foldForSearch } from '../corpus/client.ts';

/** Options listed, beyond the checked ones, when a group is long. */
export const LISTED = 10;

export interface Option {
  value: string;
  label: string;
  note?: string;
}

export interface Listed {
  options: Option[];
  /** The options matching the text to find (all, when there is none): how many could be listed. */
  matching: number;
}

/** Whether an option's label or note holds every word of `find`, folded as search folds (all do, for no word). */
export function optionMatcher(find: string): (option: Option) => boolean {
  const words = foldForSearch(find).split(/\s+/).filter(Boolean);
  return (option) => {
    const haystack = foldForSearch(`${option.label}\n${option.note ?? ''}`);
    return words.every((word) => haystack.includes(word));
  };
}

/** The checked options, in list order, then up to `limit` unchecked ones whose label or note holds every word. */
export function listedOptions(
  options: readonly Option[],
  selected: readonly string[],
  find: string,
  limit = LISTED,
): Listed {
  if (options.length <= limit) return { options: [...options], matching: options.length };
  const matches = optionMatcher(find);
  const checked = new Set(selected);
  const listed = options.filter((option) => checked.has(option.value));
  let matching = 0;
  for (const option of options) {
    if (!matches(option)) continue;
    matching++;
    if (!checked.has(option.value) && listed.length - checked.size < limit) listed.push(option);
  }
  return { options: listed, matching };
}
