// One article of a comparison, in its own structure (the reader's layout and body), its sentences linked.
import { useMemo } from 'react';
import type { Article } from '../../corpus/types.ts';
import { PublishedDate } from '../../app/PublishedDate.tsx';
import { outletName } from '../../app/format.ts';
import { href } from '../../app/routes.ts';
import { Untrusted } from '../../app/Untrusted.tsx';
import { layoutArticle, type Piece } from '../Reader/layout.ts';
import { ArticleBody } from '../Reader/ArticleBody.tsx';
import { ComparePieces, type ColumnContext } from './ComparePieces.tsx';

export function CompareColumn({ article, ctx }: { article: Article; ctx: ColumnContext }) {
  const layout = useMemo(() => layoutArticle(article), [article]);
  const render = (pieces: readonly Piece[]) => <ComparePieces pieces={pieces} ctx={ctx} />;
  const titleId = `cmp-${ctx.side}-title`;
  return (
    <section
      className="card compare-pane"
      data-column
      data-place-scroll={`compare-${ctx.side}`}
      aria-labelledby={titleId}
      tabIndex={0}
    >
      <header className="compare-head">
        <p className="kicker">
          <Untrusted>{outletName(article)}</Untrusted> · <PublishedDate article={article} />
        </p>
        <h2 id={titleId}>
          {layout.title ? render(layout.title.pieces) : <Untrusted>{article.title}</Untrusted>}
        </h2>
        {layout.deks.map((dek) => (
          <p key={dek.paragraph} className="dek">
            {render(dek.pieces)}
          </p>
        ))}
        <p className="compare-open">
          <a href={href.article(article.id)}>Open in the reader</a>
        </p>
      </header>
      <ArticleBody body={layout.body} passage={null} renderPieces={render} />
      <span id={`cmp-${ctx.side}-only`} hidden>
        Only in <Untrusted>{ctx.outlet}</Untrusted>
      </span>
    </section>
  );
}
