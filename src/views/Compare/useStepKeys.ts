// The compare view's `n` and `p` keys: next and previous difference, from anywhere in the page but a text field
// (a picker takes letters), and never with Ctrl, Alt or Meta, which belong to the browser.
import { useEffect, useEffectEvent } from 'react';
import { acceptsText } from '../../app/shortcut.ts';

const STEPS: Readonly<Record<string, 1 | -1>> = { n: 1, p: -1 };

export function useStepKeys(onStep: (step: 1 | -1) => void): void {
  const handle = useEffectEvent(onStep);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const step = STEPS[event.key];
      if (step === undefined || event.ctrlKey || event.altKey || event.metaKey || event.defaultPrevented)
        return;
      if (acceptsText(event.target instanceof HTMLElement ? event.target : null)) return;
      event.preventDefault();
      handle(step);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, []);
}
