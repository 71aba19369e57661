// The `/` key searches from anywhere, except while the reader is typing in a text field.
import { useEffect, useEffectEvent } from 'react';

/** What `acceptsText` needs of an element: its tag, its input type, and whether it is editable. */
export interface FocusTarget {
  tagName: string;
  type?: string;
  isContentEditable?: boolean;
}

const TEXT_INPUTS = new Set(['', 'text', 'search', 'email', 'url', 'tel', 'password', 'number']);

/** True when a keystroke on this element types a character: text inputs, text areas, editable content. */
export function acceptsText(element: FocusTarget | null): boolean {
  if (element === null) return false;
  if (element.isContentEditable === true || element.tagName === 'TEXTAREA') return true;
  return element.tagName === 'INPUT' && TEXT_INPUTS.has((element.type ?? '').toLowerCase());
}

/** Calls `onSlash` when `/` is pressed (without Ctrl, Alt or Meta) outside a text field, instead of typing it. */
export function useSlashKey(onSlash: () => void): void {
  const handle = useEffectEvent(onSlash);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.altKey || event.metaKey || event.defaultPrevented)
        return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (acceptsText(target)) return;
      event.preventDefault();
      handle();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, []);
}
