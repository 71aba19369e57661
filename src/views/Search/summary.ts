// The results' summary line: the exact matches counted, and the close ones (words spelled differently, listed after
// them) said apart, so that the count never passes a near spelling off as the word.
import { countOf } from '../../app/format.ts';
import type { Count } from '../../search/engine.ts';

const closeMatches = (n: number) => countOf(n, 'close match', 'close matches');

/** "28 passages in 5 articles, and 1 close match below"; for close matches alone, "2 close matches in 1 article, none exact". */
export function countsText(exact: Count, close: Count): string {
  if (exact.passages === 0)
    return `${closeMatches(close.passages)} in ${countOf(close.articles, 'article')}, none exact`;
  const found = `${countOf(exact.passages, 'passage')} in ${countOf(exact.articles, 'article')}`;
  return close.passages === 0 ? found : `${found}, and ${closeMatches(close.passages)} below`;
}
