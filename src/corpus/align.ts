// Align: sentences of different articles that say the same thing. (Being built: issue 4.)
import type { AlignedPair, Article, QuoteGroup } from './types.ts';

export function alignArticles(
  articles: readonly Article[],
  quoteGroups: readonly QuoteGroup[],
): AlignedPair[] {
  void articles;
  void quoteGroups;
  return [];
}
