// A list's first few items, and a button for the rest: one quote of a large corpus is carried by hundreds of
// articles, and a row holding them all would outweigh every other row on screen.
import { useState, type ReactNode } from 'react';
import { countOf } from '../app/format.ts';
import { ExpandToggle } from './ExpandToggle.tsx';
import { usePrinting } from './virtual/usePrinting.ts';

/** The items to show, and the button that shows all or fewer of them (null when there are no more to show). */
export function useShowAll<T>(
  items: readonly T[],
  first: number,
  noun: string,
): { shown: readonly T[]; toggle: ReactNode } {
  const [all, setAll] = useState(false);
  // On paper, where the button cannot be pressed (and is not printed), all of them.
  const printing = usePrinting();
  if (items.length <= first) return { shown: items, toggle: null };
  return {
    shown: all || printing ? items : items.slice(0, first),
    toggle: (
      <ExpandToggle open={all} onChange={setAll} className="show-all">
        {all ? 'Show fewer' : `Show all ${countOf(items.length, noun)}`}
      </ExpandToggle>
    ),
  };
}
