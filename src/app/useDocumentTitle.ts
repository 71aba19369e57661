// Names the browser tab (and history entry) after the view being shown.
import { useEffect } from 'react';

export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title === '' ? 'Parallax' : `${title} · Parallax`;
  }, [title]);
}
