// One matching passage as a link into the reader: the matches marked, the sentences around it muted and short.
import type { Article } from '../../corpus/types.ts';
import type { PassageHit } from '../../search/search.ts';
import { contextOf, excerpt, segments } from './passage.ts';
import { Highlighted } from './Highlighted.tsx';
import { Untrusted } from '../../app/Untrusted.tsx';

/** Characters of a passage shown at most: a sentence longer than this is cut around its first match. */
const MAX_PASSAGE = 360;

export function HitLink({ article, hit, to }: { article: Article; hit: PassageHit; to: string }) {
  const sentence = article.sentences[hit.sentence];
  if (!sentence) return null;
  const shown = excerpt(article.text, sentence.start, sentence.end, hit.ranges, MAX_PASSAGE);
  const cutStart = shown.start > sentence.start;
  const cutEnd = shown.end < sentence.end;
  const { before, after } = contextOf(article, hit.sentence);
  return (
    <a className="hit" href={to} data-hit="">
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
