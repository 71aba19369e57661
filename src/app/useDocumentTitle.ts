// Names the browser tab (and history entry) after the view shown. Set once the view has painted: Chromium takes about a millisecond to set a
// title (it goes to the browser's own process), and the search view's title changes with every key typed.
import { useEffect } from 'react';
import { isolateText } from './bidi.ts';
import { afterPaint } from './afterPaint.ts';

/** The tab's text: the view's title, isolated, since it may be an article's, and a string holds no `<bdi>`. */
export function documentTitle(title: string): string {
  return title === '' ? 'Parallax' : `${isolateText(title)} · Parallax`;
}

export function useDocumentTitle(title: string): void {
  useEffect(
    () =>
      afterPaint(() => {
        document.title = documentTitle(title);
      }),
    [title],
  );
}
