// How wide a caption of the chart's axis is drawn, measured in the font the page gives it: a guess of so many pixels
// a character cuts captions short in a wide bold font, or wastes room in a narrow one.
import { useLayoutEffect, useState, type RefObject } from 'react';

type Measure = (text: string) => number;

/**
 * A function from text to its drawn width in pixels (with the element's left padding and a pixel or two to spare),
 * in the font of the first element `selector` finds inside `ref`; `undefined` until that has rendered. Measured
 * again whenever `key` changes (the font size follows the screen's width).
 */
export function useTextMeasure(
  ref: RefObject<HTMLElement | null>,
  selector: string,
  key: unknown,
): Measure | undefined {
  const [measure, setMeasure] = useState<{ of: Measure } | undefined>(undefined);
  useLayoutEffect(() => {
    const probe = ref.current?.querySelector(selector);
    const context = document.createElement('canvas').getContext('2d');
    if (!probe || !context) return;
    const style = getComputedStyle(probe);
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const padding = (parseFloat(style.paddingLeft) || 0) + 2;
    setMeasure({ of: (text) => Math.ceil(context.measureText(text).width + padding) });
  }, [ref, selector, key]);
  return measure?.of;
}
