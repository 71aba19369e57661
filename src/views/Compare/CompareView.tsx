// The compare view (`#/compare?a=<id>&b=<id>`): two articles side by side, or why they cannot be shown.
import type { ViewProps } from '../../app/view-props.ts';
import { Fragment } from 'react';

import { useDocumentTitle } from '../../app/useDocumentTitle.ts';
import { NotFound } from '../../app/NotFound.tsx';
import { href } from '../../app/routes.ts';
import { Untrusted } from '../../app/Untrusted.tsx';
import { selectArticles, swapPatch } from './state.ts';
import { ArticlePickers } from './ArticlePickers.tsx';
import { Comparison } from './Comparison.tsx';
import './compare.css';

export default function CompareView({ corpus, location }: ViewProps<'articles' | 'alignments'>) {
  useDocumentTitle('Compare');
  const selection = selectArticles(corpus.articles, location.query);
  if (selection.kind === 'unknown') {
    return (
      <NotFound title="Article not found">
        This corpus has no article with the id{' '}
        {selection.ids.map((id, i) => (
          <Fragment key={i}>
            {i > 0 && ' or '}“<Untrusted>{id}</Untrusted>”
          </Fragment>
        ))}
        . It may have been renamed or removed: <a href={href.compare()}>compare two other articles</a>.
      </NotFound>
    );
  }
  if (selection.kind === 'too-few') {
    return (
      <div className="dead-end">
        <h1 tabIndex={-1}>Compare</h1>
        <p>
          Comparing needs two articles, and this corpus has fewer: add .txt files to its folder and rebuild.
        </p>
      </div>
    );
  }
  const { a, b } = selection;
  const { setQuery } = location;
  return (
    <div className="compare">
      <h1 className="view-title" tabIndex={-1}>
        Compare
      </h1>
      <ArticlePickers
        articles={corpus.articles}
        a={a}
        b={b}
        onPick={(side, id) => {
          setQuery(
            side === 'a'
              ? { a: id, b: corpus.articles[b]?.id ?? null }
              : { a: corpus.articles[a]?.id ?? null, b: id },
          );
        }}
        onSwap={() => {
          setQuery(swapPatch(corpus.articles, a, b));
        }}
      />
      {a === b ? (
        <p className="notice" role="status">
          Both sides show the same article. Choose another one for either side to see what they share.
        </p>
      ) : (
        <Comparison key={`${String(a)}:${String(b)}`} corpus={corpus} a={a} b={b} />
      )}
    </div>
  );
}
