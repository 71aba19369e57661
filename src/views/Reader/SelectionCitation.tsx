// Any passage of the article cited: select some of its words, and a bar offers to copy the citation of the passage
// they are in, or to link to it. (The passage a link marks, `?p=`, has its own button, beside it.)
import { useEffect, useState, type RefObject } from 'react';
import type { Article } from '../../corpus/types.ts';
import { href } from '../../app/routes.ts';
import { CopyCitation } from '../CopyCitation.tsx';

/** The sentence of the article that holds the start of the page's selection, or null. */
function selectedSentence(article: HTMLElement): number | null {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.anchorNode === null) return null;
  const node = selection.anchorNode;
  const element = node instanceof Element ? node : node.parentElement;
  const sentence = element?.closest('[id^="s-"]');
  if (!sentence || !article.contains(sentence)) return null;
  const index = Number(sentence.id.slice(2));
  return Number.isInteger(index) ? index : null;
}

export function SelectionCitation({
  within,
  article,
  marked,
}: {
  within: RefObject<HTMLElement | null>;
  article: Article;
  /** The passage the URL marks, which has its own button. */
  marked: number | null;
}) {
  const [sentence, setSentence] = useState<number | null>(null);
  useEffect(() => {
    const changed = () => {
      setSentence(within.current ? selectedSentence(within.current) : null);
    };
    document.addEventListener('selectionchange', changed);
    return () => {
      document.removeEventListener('selectionchange', changed);
    };
  }, [within]);
  const range = sentence === null ? undefined : article.sentences[sentence];
  if (sentence === null || sentence === marked || range === undefined) return null;
  return (
    <div className="selection-citation" role="region" aria-label="Selected passage">
      <span aria-hidden="true">Selected passage: </span>
      <CopyCitation
        text={article.text.slice(range.start, range.end)}
        article={article}
        sentence={sentence}
        label="Copy citation of the selected passage"
      />{' '}
      · <a href={href.article(article.id, { p: String(sentence) })}>Link to this passage</a>
    </div>
  );
}
