// A search's matches inside one passage of the reader, marked: the query run again, by the search worker, over
// that article alone. The passage shows unmarked until the answer comes.
import { useMemo } from 'react';
import { useCorpus } from '../../app/corpus-parts.ts';
import type { Article } from '../../corpus/types.ts';
import { segments } from './passage.ts';
import { Highlighted } from './Highlighted.tsx';
import { useSearchResult } from './useSearchResult.ts';

interface Props {
  article: Article;
  sentence: number;
  q: string;
  /** The part of the sentence to show, where it starts in the article's text. */
  text: string;
  start: number;
}

export default function PassageMatches({ article, sentence, q, text, start }: Props) {
  const corpus = useCorpus(['articles']);
  const filters = useMemo(() => ({ articles: [article.id] }), [article]);
  // One article's passages, every one marked: the passage shown may be any of them, among its exact matches or its
  // close ones (a group each).
  const { result } = useSearchResult(corpus, q, filters, Infinity);
  const ranges =
    result?.groups.flatMap((group) => group.hits).find((hit) => hit.sentence === sentence)?.ranges ?? [];
  return <Highlighted segments={segments(article.text, start, start + text.length, ranges)} />;
}
