// Where the reader is in a page, as data: how far the window and each named scroll box are scrolled, and which
// element has the focus, described so that it can be found again after its view is drawn anew. No DOM here.

/** An element to focus again: by its id, or as the nth link to an address inside main. */
export type FocusMark = { id: string } | { href: string; nth: number };

export interface Place {
  scrollY: number;
  /** Each box marked `data-place-scroll="name"`: its scrollTop. */
  boxes: Record<string, number>;
  focus: FocusMark | null;
}

export const emptyPlace = (): Place => ({ scrollY: 0, boxes: {}, focus: null });

/** What of an element can find it again: its id, else, for a link, its address and how many links to it come first. */
export function markOf(
  element: { id: string; href: string | null },
  sameHrefBefore: () => number,
): FocusMark | null {
  if (element.id !== '') return { id: element.id };
  if (element.href !== null) return { href: element.href, nth: sameHrefBefore() };
  return null;
}

/** Whether every scroll of a place has been reached (a box not on the page yet is not). */
export function reached(
  place: Place,
  now: { scrollY: number; box: (name: string) => number | undefined },
  tolerance = 1,
): boolean {
  if (Math.abs(now.scrollY - place.scrollY) > tolerance) return false;
  return Object.entries(place.boxes).every(([name, top]) => {
    const at = now.box(name);
    return at !== undefined && Math.abs(at - top) <= tolerance;
  });
}
