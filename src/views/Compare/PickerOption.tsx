// What an article picker's option says: the whole title, the outlet and date, what it shares with the other side's
// article, and whether it is a copy or rewrite of it. Memoised: the options re-render at each key typed (downshift's
// props), their words seldom change.
import { memo } from 'react';
import type { Article } from '../../corpus/types.ts';
import { countOf, outletName } from '../../app/format.ts';
import { PublishedDate } from '../../app/PublishedDate.tsx';
import { Untrusted } from '../../app/Untrusted.tsx';
import type { Shared } from './closeness.ts';
import { relationToOther } from './pickerItems.ts';
import { useSources } from '../Sources/useSources.ts';

interface Props {
  article: Article;
  /** Its index, the other side's article's, and every article: for what it is to the other (a copy of it...). */
  index: number;
  other: number | null;
  articles: readonly Article[];
  /** What it shares with the other side's article; undefined when that side has none. */
  shared: Shared | undefined;
}

export const PickerOption = memo(function PickerOption({ article, index, other, articles, shared }: Props) {
  // The families load in the background: the note appears once they are in, the list does not wait for them.
  const relation = relationToOther(index, other, useSources(other !== null), articles);
  return (
    <>
      <span className="picker-title">
        <Untrusted>{article.title}</Untrusted>
      </span>
      <span className="picker-meta">
        <Untrusted>{outletName(article)}</Untrusted> · <PublishedDate article={article} />
      </span>
      {shared && <span className="picker-meta">{inCommon(shared)}</span>}
      {relation !== null && <span className="picker-meta picker-relation">{relation}</span>}
    </>
  );
});

/** `8 passages and 2 quotes in common`. */
function inCommon({ aligned, quotes }: Shared): string {
  if (aligned === 0 && quotes === 0) return 'nothing in common';
  const parts = [
    aligned > 0 ? countOf(aligned, 'passage') : null,
    quotes > 0 ? countOf(quotes, 'quote') : null,
  ];
  return `${parts.filter(Boolean).join(' and ')} in common`;
}
