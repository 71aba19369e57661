// Names the browser tab (and history entry) after the view being shown.
import { useEffect } from 'react';
import { isolateText } from './bidi.ts';

/** The tab's text: the view's title, isolated, since it may be an article's, and a string holds no `<bdi>`. */
export function documentTitle(title: string): string {
  return title === '' ? 'Parallax' : `${isolateText(title)} · Parallax`;
}

export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = documentTitle(title);
  }, [title]);
}
