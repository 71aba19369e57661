// The compare view (`#/compare?a=<id>&b=<id>`): two articles side by side, or why they cannot be shown.
import type { ViewProps } from '../../app/view-props.ts';
import { useDocumentTitle } from '../../app/useDocumentTitle.ts';
import { Untrusted } from '../../app/Untrusted.tsx';
import { hideIdenticalPatch, hidesIdentical, idAt, selectArticles, swapPatch } from './state.ts';
import { ArticlePickers } from './ArticlePickers.tsx';
import { Comparison } from './Comparison.tsx';
import './compare.css';

const SIDE_NAME = { a: 'first article', b: 'second article' } as const;

export default function CompareView({
  corpus,
  location,
}: ViewProps<'articles' | 'alignments' | 'disagreements'>) {
  useDocumentTitle('Compare');
  const selection = selectArticles(corpus.articles, location.query);
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
      <p className="lede">
        Pick two articles to see what both say, numbered alike, and what only one of them says.
      </p>
      <ArticlePickers
        corpus={corpus}
        a={a}
        b={b}
        onPick={(side, id) => {
          setQuery(
            side === 'a' ? { a: id, b: idAt(corpus.articles, b) } : { a: idAt(corpus.articles, a), b: id },
          );
        }}
        onSwap={() => {
          setQuery(swapPatch(corpus.articles, a, b));
        }}
      />
      {selection.kind === 'unknown' ? (
        <p className="notice" role="status">
          {selection.missing.map(({ side, id }) => (
            <span key={side}>
              No article “<Untrusted>{id}</Untrusted>” for the {SIDE_NAME[side]}.{' '}
            </span>
          ))}
          {selection.missing.length > 1 ? 'They' : 'It'} may have been renamed or removed: pick{' '}
          {selection.missing.length > 1 ? 'two articles' : 'one'} above.
        </p>
      ) : selection.a === selection.b ? (
        <p className="notice" role="status">
          Both sides show the same article. Choose another one for either side to see what they share.
        </p>
      ) : (
        <Comparison
          key={`${String(a)}:${String(b)}`}
          corpus={corpus}
          a={selection.a}
          b={selection.b}
          hide={hidesIdentical(location.query)}
          onHide={(on) => {
            setQuery(hideIdenticalPatch(on));
          }}
        />
      )}
    </div>
  );
}
