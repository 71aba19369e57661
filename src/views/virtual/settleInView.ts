// Bringing a row of a virtual list to the top of the screen, and keeping it there: the list scrolled by estimated
// heights, and the rows around it, measured a frame or more after they render, move it (seen 180 ms after it first
// landed).

/** Scrolls `element` to the top of the screen, then puts it back there in each of the next `frames` frames. */
export function settleInView(element: Element, frames: number): void {
  element.scrollIntoView({ block: 'start' });
  const check = (left: number) => {
    if (left === 0) return;
    requestAnimationFrame(() => {
      if (!element.isConnected) return;
      const margin = parseFloat(getComputedStyle(element).scrollMarginTop) || 0;
      if (Math.abs(element.getBoundingClientRect().top - margin) > 1)
        element.scrollIntoView({ block: 'start' });
      check(left - 1);
    });
  };
  check(frames);
}
