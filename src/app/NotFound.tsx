// A helpful dead end: what was not found, and the way back to all articles.
import type { ReactNode } from 'react';
import { useDocumentTitle } from './useDocumentTitle.ts';
import { href } from './routes.ts';

export function NotFound({ title, children }: { title: string; children: ReactNode }) {
  useDocumentTitle(title);
  return (
    <div className="dead-end">
      <h1 tabIndex={-1}>{title}</h1>
      <p>{children}</p>
      <p>
        <a href={href.articles()}>← All articles</a>
      </p>
    </div>
  );
}
