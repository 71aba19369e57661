// One side of a disagreement: its outlet and date, and its sentence as a link to that passage in the reader, the
// value that differs marked in it.
import type { Article, DisagreementSide } from '../../corpus/types.ts';
import { href } from '../../app/routes.ts';
import { outletName } from '../../app/format.ts';
import { PublishedDate } from '../../app/PublishedDate.tsx';
import { Untrusted } from '../../app/Untrusted.tsx';
import { balanceBidi } from '../../app/bidi.ts';
import type { ValueTag } from './model.ts';

interface Props {
  article: Article;
  side: DisagreementSide;
  tag: ValueTag;
}

export function SidePassage({ article, side, tag }: Props) {
  const range = article.sentences[side.sentence];
  if (!range) return null;
  const text = (from: number, to: number) => balanceBidi(article.text.slice(from, to).replace(/\s+/g, ' '));
  const marked = side.start >= range.start && side.end <= range.end;
  return (
    <>
      <p className="dis-source">
        <strong>
          <Untrusted>{outletName(article)}</Untrusted>
        </strong>{' '}
        · <PublishedDate article={article} />
      </p>
      <a className="dis-passage" href={href.article(article.id, { p: String(side.sentence) })}>
        <Untrusted>
          {marked ? (
            <>
              {text(range.start, side.start)}
              <mark className="value-mark" data-tag={tag}>
                {text(side.start, side.end)}
              </mark>
              {text(side.end, range.end)}
            </>
          ) : (
            text(range.start, range.end)
          )}
        </Untrusted>
      </a>
    </>
  );
}
