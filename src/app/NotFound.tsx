// A helpful dead end: what was not found, and the way back to all articles.
import type { ReactNode } from 'react';
import { useDocumentTitle } from './useDocumentTitle.ts';
import { href } from './routes.ts';

/** `back`: the way out, where all articles (of the corpus the URL names) is not one. */
export function NotFound({
  title,
  children,
  back,
}: {
  title: string;
  children: ReactNode;
  back?: ReactNode;
}) {
  useDocumentTitle(title);
  return (
    <div className="dead-end">
      <h1 tabIndex={-1}>{title}</h1>
      <p>{children}</p>
      <p>{back ?? <a href={href.articles()}>← All articles</a>}</p>
    </div>
  );
}
