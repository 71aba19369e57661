// The reader (`#/article/<id>`): one article with its facts, its quotes and dates marked, and the values other
// reports give differently (each linked to the disagreements view), and the passage in `?p=` scrolled to and marked — with the matches of `?q=` marked inside it when the reader came from a search, and a way
// back to that search.
import type { CorpusOf } from '../../app/corpus-parts.ts';
import { lazy, Suspense, useEffect, useMemo, useRef } from 'react';
import type { Article, Disagreement } from '../../corpus/types.ts';
import type { Query } from '../../app/location.ts';
import type { HashLocationApi } from '../../app/useHashLocation.ts';
import { useDocumentTitle } from '../../app/useDocumentTitle.ts';
import { NotFound } from '../../app/NotFound.tsx';
import { href } from '../../app/routes.ts';
import { Untrusted } from '../../app/Untrusted.tsx';
import { balanceBidi } from '../../app/bidi.ts';
import { searchKeys } from '../Search/state.ts';
import { findArticle, layoutArticle, parsePassage, sentenceId } from './layout.ts';
import type { PassageFocus } from './Pieces.tsx';
import { ArticleHeader } from './ArticleHeader.tsx';
import { ArticleBody } from './ArticleBody.tsx';
import { quoteSpans } from './quoteMarks.ts';
import { QuoteMarked, quoteDescriptionId } from './QuoteMarked.tsx';
import { dateSpans } from './dateMarks.ts';
import { dateDescriptionId } from './DateMarked.tsx';
import { Descriptions } from './Descriptions.tsx';
import { valueDescriptionId } from './ValueMarked.tsx';
import { valueMarks } from '../Disagreements/model.ts';
import { CopyCitation } from '../CopyCitation.tsx';
import { SelectionCitation } from './SelectionCitation.tsx';
import './reader.css';

// The search engine loads only when a search sent the reader here.
const PassageMatches = lazy(() => import('../Search/PassageMatches.tsx'));

interface Props {
  corpus: CorpusOf<'articles' | 'disagreements'>;
  id: string;
  location: HashLocationApi;
}

export default function ReaderView({ corpus, id, location }: Props) {
  const article = findArticle(corpus.articles, id);
  if (article === null) {
    return (
      <NotFound title="Article not found">
        There is no article with the id{' '}
        <q>
          <Untrusted>{id}</Untrusted>
        </q>{' '}
        in this corpus. It may have been renamed or removed.
      </NotFound>
    );
  }
  return <Reader corpus={corpus} article={article} query={location.query} />;
}

interface ReaderProps {
  corpus: CorpusOf<'articles' | 'disagreements'>;
  article: Article;
  query: Query;
}

function Reader({ corpus, article, query }: ReaderProps) {
  useDocumentTitle(article.title);
  const layout = useMemo(() => layoutArticle(article), [article]);
  const quotes = useMemo(() => quoteSpans(article), [article]);
  const dates = useMemo(() => dateSpans(article), [article]);
  const values = useMemo(() => articleValues(corpus, article), [corpus, article]);
  const passageParam = query.p;
  const passage = parsePassage(passageParam, article.sentences.length);
  const { q } = query;
  const reader = useRef<HTMLElement>(null);

  useEffect(() => {
    if (passage === null) return;
    const element = document.getElementById(sentenceId(passage));
    element?.scrollIntoView({ block: 'center' });
    element?.focus({ preventScroll: true });
  }, [article, passage]);

  const range = passage === null ? undefined : article.sentences[passage];
  const focus: PassageFocus | null =
    passage === null || range === undefined
      ? null
      : {
          sentence: passage,
          action: (
            <CopyCitation
              text={article.text.slice(range.start, range.end)}
              article={article}
              sentence={passage}
              label="Copy citation of this passage"
            />
          ),
          content: (piece) =>
            q === undefined ? (
              <QuoteMarked piece={piece} spans={quotes} dates={dates} values={values} />
            ) : (
              <Suspense fallback={balanceBidi(piece.text)}>
                <PassageMatches
                  article={article}
                  sentence={passage}
                  q={q}
                  text={piece.text}
                  start={piece.start}
                />
              </Suspense>
            ),
        };

  return (
    <article className="reader" ref={reader}>
      <p className="back-links">
        {q !== undefined && <a href={href.search(searchKeys(query))}>← Back to search</a>}
        <a href={href.articles()}>{q === undefined ? '← All articles' : 'All articles'}</a>
        <a href={href.compare({ a: article.id })}>Compare with another article</a>
      </p>
      <p className="reader-lede">
        {values.length === 0
          ? 'One article as its author set it out, with its quotes and dates marked: point at a mark, or Tab to it, to see what it refers to; select words to cite their passage.'
          : 'One article as its author set it out, with its quotes and dates marked, and boxed, the figures or days other reports give differently: point at a mark, or Tab to it, to see what it refers to; select words to cite their passage.'}
      </p>
      <ArticleHeader article={article} layout={layout} passage={focus} />
      {passageParam !== undefined && passage === null && (
        <p className="notice" role="status">
          This article has no passage {passageParam}; showing it from the top.
        </p>
      )}
      <ArticleBody body={layout.body} passage={focus} quotes={quotes} dates={dates} values={values} />
      <Descriptions spans={quotes} id={quoteDescriptionId} />
      <Descriptions spans={dates} id={dateDescriptionId} />
      <Descriptions spans={values} id={valueDescriptionId} />
      <SelectionCitation within={reader} article={article} marked={passage} />
    </article>
  );
}

/** The article's values that other reports give differently: its index is its place in the corpus. */
function articleValues(
  corpus: { articles: readonly Article[]; disagreements: readonly Disagreement[] },
  article: Article,
) {
  return valueMarks(corpus.disagreements, corpus.articles, corpus.articles.indexOf(article));
}
