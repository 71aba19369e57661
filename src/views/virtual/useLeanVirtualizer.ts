// A TanStack virtualizer that renders again only when what is rendered changes (which rows, the spacers' sizes), not
// on every scroll event as react-virtual's own hooks do: a table rendered again on every scroll frame makes scrolling
// slow, and so does every tool that scrolls the page (axe scrolls to each element it checks).
import { useLayoutEffect, useReducer, useState } from 'react';
import { Virtualizer, type VirtualizerOptions } from '@tanstack/react-virtual';

export function useLeanVirtualizer<Scroller extends Element | Window>(
  options: VirtualizerOptions<Scroller, Element>,
): Virtualizer<Scroller, Element> {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [{ virtualizer, onChange }] = useState(() => {
    let rendered = '';
    const changed = (instance: Virtualizer<Scroller, Element>) => {
      const items = instance.getVirtualItems();
      const first = items[0];
      const last = items[items.length - 1];
      const now = [first?.index, first?.start, last?.index, last?.end, instance.getTotalSize()].join(' ');
      if (now === rendered) return;
      rendered = now;
      rerender();
    };
    return { virtualizer: new Virtualizer({ ...options, onChange: changed }), onChange: changed };
  });
  virtualizer.setOptions({ ...options, onChange });
  useLayoutEffect(() => virtualizer._didMount(), [virtualizer]);
  useLayoutEffect(() => {
    virtualizer._willUpdate();
  });
  return virtualizer;
}
