// Whether the page is being printed: the virtual lists then render every row, since paper cannot scroll the rest in.
// Known from `beforeprint` (the browser's print command, before it lays the page out for paper) and from the print
// media query (a page emulating print, as tests do; or a browser that reports it as it prints).
import { useSyncExternalStore } from 'react';

const query = typeof window === 'undefined' ? null : window.matchMedia('print');
let betweenPrintEvents = false;

// Registered when the module loads, before any list subscribes: the flag is set before the lists read it.
if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', () => {
    betweenPrintEvents = true;
  });
  window.addEventListener('afterprint', () => {
    betweenPrintEvents = false;
  });
}

function subscribe(changed: () => void): () => void {
  query?.addEventListener('change', changed);
  window.addEventListener('beforeprint', changed);
  window.addEventListener('afterprint', changed);
  return () => {
    query?.removeEventListener('change', changed);
    window.removeEventListener('beforeprint', changed);
    window.removeEventListener('afterprint', changed);
  };
}

const printing = () => betweenPrintEvents || (query?.matches ?? false);

/**
 * True while printing. A store update renders synchronously (useSyncExternalStore), in the microtask after the
 * `beforeprint` listener, so the rows are in the page before the browser lays it out for paper.
 */
export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, printing);
}
