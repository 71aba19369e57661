// Two articles compared on a narrow screen, in one scroll: which article is which, then each numbered passage of the
// first followed by its partner in the second, each labelled with its outlet (but those hidden as the same in both),
// then what only one of them says.
import { Fragment, type ReactNode } from 'react';
import type { Article } from '../../corpus/types.ts';
import { PublishedDate } from '../../app/PublishedDate.tsx';
import { outletName } from '../../app/format.ts';
import { href } from '../../app/routes.ts';
import { Untrusted } from '../../app/Untrusted.tsx';
import { balanceBidi } from '../../app/bidi.ts';
import type { Side } from './links.ts';
import { clusters, paragraphRuns, type Cluster } from './clusters.ts';
import { ComparePieces, passageId, type ColumnContext } from './ComparePieces.tsx';

const SIDE_NAME: Record<Side, string> = { a: 'First article', b: 'Second article' };

interface Props {
  articles: Record<Side, Article>;
  ctx: Record<Side, ColumnContext>;
}

/** A sentence's text, as the piece ComparePieces renders (linked and numbered when it has a partner). */
function sentencePiece(article: Article, sentence: number) {
  const range = article.sentences[sentence];
  return {
    text: range ? article.text.slice(range.start, range.end) : '',
    start: range?.start ?? 0,
    sentence,
  };
}

export function PairList({ articles, ctx }: Props) {
  const pairs = clusters(ctx.a.links, ctx.b.links);
  const shown = pairs.filter((pair) => !ctx.a.hidden.has(pair.badge));
  // Two articles of one outlet are told apart by their side.
  const sameOutlet = ctx.a.outlet === ctx.b.outlet;
  const from = (side: Side): ReactNode => (
    <>
      <Untrusted>{ctx[side].outlet}</Untrusted>
      {sameOutlet && `, ${SIDE_NAME[side].toLowerCase()}`}
    </>
  );
  // A group named for its outlet, so a screen reader says whose words follow.
  const passages = (pair: Cluster, side: Side) => (
    <div
      className="pair-side"
      data-side={side}
      role="group"
      aria-labelledby={`pair-${String(pair.badge)}-${side}`}
    >
      <p id={`pair-${String(pair.badge)}-${side}`} className="pair-from">
        {from(side)}
      </p>
      <p className="pair-text">
        {pair[side].map((sentence, i) => (
          <Fragment key={sentence}>
            {i > 0 && ' '}
            <ComparePieces pieces={[sentencePiece(articles[side], sentence)]} ctx={ctx[side]} />
          </Fragment>
        ))}
      </p>
    </div>
  );
  return (
    <div className="pair-view">
      <ArticleHead side="a" article={articles.a} />
      <ArticleHead side="b" article={articles.b} />
      <section className="pair-section" aria-labelledby="pairs-both">
        <h2 id="pairs-both">Said in both</h2>
        {pairs.length === 0 ? (
          <p className="muted">The two articles have no passage in common.</p>
        ) : shown.length === 0 ? (
          <p className="muted">Every passage they share reads the same in both, and is hidden.</p>
        ) : (
          <ol className="pairs">
            {shown.map((pair) => (
              <li key={pair.badge} className="pair" data-pair>
                {passages(pair, 'a')}
                {passages(pair, 'b')}
              </li>
            ))}
          </ol>
        )}
      </section>
      {(['a', 'b'] as const).map((side) => (
        <section key={side} className="pair-section" aria-labelledby={`pairs-only-${side}`}>
          <h2 id={`pairs-only-${side}`}>Only in {from(side)}</h2>
          {ctx[side].links.only.length === 0 ? (
            <p className="muted">Nothing: all it says, the other article says too.</p>
          ) : (
            <ul className="pair-only" data-side={side}>
              {paragraphRuns(articles[side], ctx[side].links.only).map((run) => (
                <li key={run[0]}>
                  {run.map((sentence, i) => (
                    <Fragment key={sentence}>
                      {i > 0 && ' '}
                      <span id={passageId(side, sentence)}>
                        {balanceBidi(sentencePiece(articles[side], sentence).text)}
                      </span>
                    </Fragment>
                  ))}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}

function ArticleHead({ side, article }: { side: Side; article: Article }) {
  const titleId = `cmp-${side}-title`;
  return (
    <section className="card pair-head" data-side={side} aria-labelledby={titleId}>
      <p className="kicker">
        {SIDE_NAME[side]} · <Untrusted>{outletName(article)}</Untrusted> · <PublishedDate article={article} />
      </p>
      <h2 id={titleId}>
        <Untrusted>{article.title}</Untrusted>
      </h2>
      <p className="compare-open">
        <a href={href.article(article.id)}>Open in the reader</a>
      </p>
    </section>
  );
}
