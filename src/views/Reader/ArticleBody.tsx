// The article's body as its author structured it: paragraphs, h2 headings, lists and credited pull quotes.
import { Fragment, type ReactNode } from 'react';
import type { BodyItem, Piece } from './layout.ts';
import type { QuoteSpan } from './quoteMarks.ts';
import type { DateSpan } from './dateMarks.ts';
import { PassageAction, Pieces, type PassageFocus } from './Pieces.tsx';
import type { ValueMark } from '../Disagreements/model.ts';

interface Props {
  body: readonly BodyItem[];
  passage: PassageFocus | null;
  /** How a block's text renders: the reader's sentence spans unless a view (compare) brings its own. */
  renderPieces?: (pieces: readonly Piece[]) => ReactNode;
  /** The article's quotes, marked in the reader's sentence spans. */
  quotes?: readonly QuoteSpan[];
  /** The article's dates, marked in the reader's sentence spans. */
  dates?: readonly DateSpan[];
  /** The values other reports give differently, marked in the reader's sentence spans. */
  values?: readonly ValueMark[];
}

export function ArticleBody({ body, passage, renderPieces, quotes, dates, values }: Props) {
  const show =
    renderPieces ??
    ((pieces: readonly Piece[]) => (
      <Pieces pieces={pieces} passage={passage} quotes={quotes} dates={dates} values={values} />
    ));
  return (
    <div className="article-body">
      {body.map((item) => {
        if (item.type === 'list') {
          return (
            <ul key={item.items[0]?.paragraph}>
              {item.items.map((block) => (
                <li key={block.paragraph}>
                  {show(block.pieces)}
                  <PassageAction pieces={block.pieces} passage={passage} />
                </li>
              ))}
            </ul>
          );
        }
        if (item.type === 'quote') {
          return (
            <Fragment key={item.quote.paragraph}>
              <figure className="pull-quote">
                <blockquote>
                  <p>{show(item.quote.pieces)}</p>
                </blockquote>
                <figcaption>{show(item.credit.pieces)}</figcaption>
              </figure>
              <PassageAction pieces={[...item.quote.pieces, ...item.credit.pieces]} passage={passage} />
            </Fragment>
          );
        }
        const { block } = item;
        const content = show(block.pieces);
        return (
          <Fragment key={block.paragraph}>
            {block.kind === 'heading' ? (
              <h2>{content}</h2>
            ) : (
              <p className={block.kind === 'attribution' ? 'credit' : undefined}>{content}</p>
            )}
            <PassageAction pieces={block.pieces} passage={passage} />
          </Fragment>
        );
      })}
    </div>
  );
}
