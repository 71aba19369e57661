// The reader (`#/article/<id>`): one article with its facts, and the passage in `?p=` scrolled to and marked.
import { useEffect, useMemo } from 'react';
import type { Article, Corpus } from '../../corpus/types.ts';
import type { HashLocationApi } from '../../app/useHashLocation.ts';
import { useDocumentTitle } from '../../app/useDocumentTitle.ts';
import { NotFound } from '../../app/NotFound.tsx';
import { href } from '../../app/routes.ts';
import { findArticle, layoutArticle, parsePassage, sentenceId } from './layout.ts';
import { ArticleHeader } from './ArticleHeader.tsx';
import { ArticleBody } from './ArticleBody.tsx';

interface Props {
  corpus: Corpus;
  id: string;
  location: HashLocationApi;
}

export function ReaderView({ corpus, id, location }: Props) {
  const article = findArticle(corpus.articles, id);
  if (article === null) {
    return (
      <NotFound title="Article not found">
        There is no article with the id <q>{id}</q> in this corpus. It may have been renamed or removed.
      </NotFound>
    );
  }
  return <Reader article={article} passageParam={location.query.p} />;
}

function Reader({ article, passageParam }: { article: Article; passageParam: string | undefined }) {
  useDocumentTitle(article.title);
  const layout = useMemo(() => layoutArticle(article), [article]);
  const passage = parsePassage(passageParam, article.sentences.length);

  useEffect(() => {
    if (passage === null) return;
    const element = document.getElementById(sentenceId(passage));
    element?.scrollIntoView({ block: 'center' });
    element?.focus({ preventScroll: true });
  }, [article, passage]);

  return (
    <article className="reader">
      <a className="back-link" href={href.articles()}>
        ← All articles
      </a>
      <ArticleHeader article={article} layout={layout} passage={passage} />
      {passageParam !== undefined && passage === null && (
        <p className="notice" role="status">
          This article has no passage {passageParam}; showing it from the top.
        </p>
      )}
      <ArticleBody body={layout.body} passage={passage} />
    </article>
  );
}
