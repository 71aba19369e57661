// The query as searched, when a word of it was in no passage and the engine took a close spelling for it ("Lutnik"
// → "lutnick", see search/word-match.ts): spelled as the articles write it, for "Showing matches for Lutnick".
import { foldForSearch } from '../../corpus/client.ts';
import type { SearchResult } from '../../search/search.ts';

/**
 * `result.meant` with each word as a marked passage shown writes it (its first marked spelling folding to that
 * word), or folded where none does; `null` when every word was searched as typed.
 */
export function meantAsWritten(result: SearchResult): string | null {
  if (result.meant === null) return null;
  const written = new Map<string, string>();
  for (const group of result.groups)
    for (const hit of group.hits)
      for (const range of hit.ranges) {
        const text = group.article.text.slice(range.start, range.end);
        const folded = foldForSearch(text);
        if (!written.has(folded)) written.set(folded, text);
      }
  return result.meant
    .split(' ')
    .map((word) => written.get(word) ?? word)
    .join(' ');
}
