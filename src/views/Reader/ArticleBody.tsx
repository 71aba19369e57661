// The article's body as its author structured it: paragraphs, h2 headings, lists and credited pull quotes.
import type { BodyItem } from './layout.ts';
import { Pieces, type PassageFocus } from './Pieces.tsx';

export function ArticleBody({ body, passage }: { body: readonly BodyItem[]; passage: PassageFocus | null }) {
  return (
    <div className="article-body">
      {body.map((item) => {
        if (item.type === 'list') {
          return (
            <ul key={item.items[0]?.paragraph}>
              {item.items.map((block) => (
                <li key={block.paragraph}>
                  <Pieces pieces={block.pieces} passage={passage} />
                </li>
              ))}
            </ul>
          );
        }
        if (item.type === 'quote') {
          return (
            <figure key={item.quote.paragraph} className="pull-quote">
              <blockquote>
                <p>
                  <Pieces pieces={item.quote.pieces} passage={passage} />
                </p>
              </blockquote>
              <figcaption>
                <Pieces pieces={item.credit.pieces} passage={passage} />
              </figcaption>
            </figure>
          );
        }
        const { block } = item;
        const content = <Pieces pieces={block.pieces} passage={passage} />;
        if (block.kind === 'heading') return <h2 key={block.paragraph}>{content}</h2>;
        return (
          <p key={block.paragraph} className={block.kind === 'attribution' ? 'credit' : undefined}>
            {content}
          </p>
        );
      })}
    </div>
  );
}
