// Elements: aligned sentences grouped across all articles into story elements. (Being built: issue 4.)
import type { AlignedPair, Article, StoryElement } from './types.ts';

export function storyElements(
  articles: readonly Article[],
  alignments: readonly AlignedPair[],
): StoryElement[] {
  void articles;
  void alignments;
  return [];
}
