// The articles × articles matrix of shared text: a row for each article, a column for each, and in each cell the
// share of the row's words the column carries, as a number and a shade (the number says it without the colour).
import { useMemo, type CSSProperties } from 'react';
import type { Article, ArticleSource, SharedText } from '../../corpus/types.ts';
import { outletName } from '../../app/format.ts';
import { href } from '../../app/routes.ts';
import { Untrusted } from '../../app/Untrusted.tsx';
import { matrixNote, percentNumber, sharedMatrix } from './sources.ts';

interface Props {
  articles: readonly Article[];
  /** The articles drawn, in order. */
  members: readonly number[];
  shared: readonly SharedText[];
  /** Each article's class, for the note on what a row is ("copy of 3"). */
  sources: readonly ArticleSource[];
  caption: string;
}

export function SharedMatrix({ articles, members, shared, sources, caption }: Props) {
  const cells = useMemo(() => sharedMatrix(members, shared), [members, shared]);
  const numberOf = useMemo(() => new Map(members.map((m, k) => [m, k + 1])), [members]);
  return (
    // Focusable so that a keyboard can scroll a matrix wider than the screen.
    <div className="src-matrix-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table className="src-matrix">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Article</span>
            </th>
            {members.map((m, k) => (
              <th key={m} scope="col" title={articles[m]?.title}>
                <span className="visually-hidden">carried by </span>
                {String(k + 1)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {members.map((m, k) => {
            const article = articles[m];
            return (
              <tr key={m}>
                <th scope="row">
                  <span className="src-matrix-n">{String(k + 1)}</span>{' '}
                  {article && (
                    <a href={href.article(article.id)}>
                      <Untrusted>{outletName(article)}</Untrusted>
                    </a>
                  )}
                  <span className="src-note"> {matrixNote(sources[m], numberOf)}</span>
                </th>
                {cells[k]?.map((share, j) =>
                  j === k ? (
                    <td key={j} className="src-self">
                      <span aria-label="itself">–</span>
                    </td>
                  ) : (
                    <td
                      key={j}
                      className={share !== null && share >= 0.5 ? 'src-strong' : undefined}
                      style={share === null ? undefined : ({ '--share': share } as CSSProperties)}
                    >
                      {share === null ? '' : percentNumber(share)}
                    </td>
                  ),
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
