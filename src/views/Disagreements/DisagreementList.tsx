// A list of disagreements, of which only those near the screen render; the one a link asked for (`?d=`) brought
// into view and focused once it renders.
import { useEffect, useRef } from 'react';
import type { Article, Disagreement } from '../../corpus/types.ts';
import { useVirtualRows } from '../virtual/useVirtualRows.ts';
import { renderedRows } from '../virtual/window.ts';
import { settleInView } from '../virtual/settleInView.ts';
import { DisagreementItem, disagreementId } from './DisagreementItem.tsx';

interface Props {
  /** Indexes into `disagreements`, in the order listed. */
  rows: readonly number[];
  disagreements: readonly Disagreement[];
  articles: readonly Article[];
  chosen: number | null;
}

export function DisagreementList({ rows, disagreements, articles, chosen }: Props) {
  const { list, items, before, after, measure, scrollToIndex } = useVirtualRows<HTMLOListElement>({
    count: rows.length,
    estimate: 280,
    key: (place) => rows[place] ?? place,
  });
  // The item to focus once it renders: it may be far from those rendered.
  const focusWhenShown = useRef<number | null>(null);
  // The item asked for is gone to once, not again on each render (scrollToIndex is new each time).
  const goneTo = useRef<number | null>(null);
  const place = chosen === null ? -1 : rows.indexOf(chosen);
  useEffect(() => {
    if (chosen === null || place < 0 || goneTo.current === chosen) return;
    const shown = document.getElementById(disagreementId(chosen));
    if (shown !== null) {
      goneTo.current = chosen;
      land(shown);
      return;
    }
    focusWhenShown.current = chosen;
    // Once the list has been laid out: on the view's first render the virtualizer knows no place for it yet.
    const frame = requestAnimationFrame(() => {
      goneTo.current = chosen;
      scrollToIndex(place);
    });
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [chosen, place, scrollToIndex]);

  return (
    <ol ref={list} className="dis-list" style={{ paddingTop: before, paddingBottom: after }}>
      {renderedRows(items, rows).map(({ index: at, row: index }) => {
        const d = disagreements[index];
        if (!d) return null;
        return (
          <DisagreementItem
            key={index}
            index={index}
            disagreement={d}
            articles={articles}
            chosen={index === chosen}
            place={at}
            itemRef={(element) => {
              measure(element);
              if (element !== null && focusWhenShown.current === index) {
                focusWhenShown.current = null;
                land(element);
              }
            }}
          />
        );
      })}
    </ol>
  );
}

/** Focuses an item and brings it to the top of the screen, for half a second (see settleInView). */
function land(element: HTMLElement) {
  element.focus({ preventScroll: true });
  settleInView(element, 30);
}
