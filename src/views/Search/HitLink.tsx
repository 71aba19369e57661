// One matching passage as a link into the reader: the matches marked, the sentences around it muted and short.
import type { ReactNode } from 'react';
import type { Article } from '../../corpus/types.ts';
import type { PassageHit } from '../../search/search.ts';
import { contextOf, excerpt, segments } from './passage.ts';
import { Highlighted } from './Highlighted.tsx';
import { Untrusted } from '../../app/Untrusted.tsx';

/** Characters of a passage shown at most: a sentence longer than this is cut around its first match. */
const MAX_PASSAGE = 360;

interface Props {
  article: Article;
  /** The passage, and its matches (none for a passage shown that did not match). */
  hit: Pick<PassageHit, 'sentence' | 'ranges'>;
  to: string;
  /** Shown first in the link: what the passage is named by where the article's title is not in view (its outlet). */
  label?: ReactNode;
  /** Whether the sentences around it show: not where many passages tell one fact, each its own way. */
  context?: boolean;
}

export function HitLink({ article, hit, to, label, context = true }: Props) {
  const sentence = article.sentences[hit.sentence];
  if (!sentence) return null;
  const shown = excerpt(article.text, sentence.start, sentence.end, hit.ranges, MAX_PASSAGE);
  const cutStart = shown.start > sentence.start;
  const cutEnd = shown.end < sentence.end;
  const { before, after } = context ? contextOf(article, hit.sentence) : { before: null, after: null };
  return (
    <a className="hit" href={to} data-hit="">
      {label}
      {before !== null && !cutStart && (
        <span className="hit-context">
          <Untrusted>{before}</Untrusted>{' '}
        </span>
      )}
      <span className="hit-passage">
        {cutStart && '…'}
        <Untrusted>
          <Highlighted segments={segments(article.text, shown.start, shown.end, hit.ranges)} />
        </Untrusted>
        {cutEnd && '…'}
      </span>
      {after !== null && !cutEnd && (
        <span className="hit-context">
          {' '}
          <Untrusted>{after}</Untrusted>
        </span>
      )}
    </a>
  );
}
