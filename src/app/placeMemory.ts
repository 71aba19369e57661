// Back (and Forward, and a reload) return the reader to where they were: each history entry's scroll, its named
// scroll boxes' scroll and its focus are recorded as the reader moves, and put back when the entry is returned to.
// The browser's own restoration cannot do it: it scrolls before a view has drawn its lazily loaded, worker-answered
// or virtualised content, and it knows nothing of scroll boxes or focus.
import { emptyPlace, markOf, reached, type FocusMark, type Place } from './place.ts';

const STORE = 'parallax-places';
/** Entries remembered across a reload: the most recent. */
const KEPT = 50;
/** How long a returned-to view may take to draw enough to scroll to. */
const PATIENCE_MS = 5000;

const places = new Map<string, Place>();
let traversed = false;
let started = false;

/** This history entry's key, if it has been given one. */
function keyOf(state: unknown): string | null {
  const key = (state as { place?: unknown } | null)?.place;
  return typeof key === 'string' ? key : null;
}

/** This history entry's key, given it on first use (an entry the browser or `pushState` adds has none). */
function entryKey(): string {
  const state: unknown = window.history.state;
  const key = keyOf(state);
  if (key !== null) return key;
  const made = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  window.history.replaceState({ ...(state as object | null), place: made }, '');
  return made;
}

function here(): Place {
  const key = entryKey();
  let place = places.get(key);
  if (!place) {
    place = emptyPlace();
    places.set(key, place);
  }
  return place;
}

function focusMark(element: Element): FocusMark | null {
  const href = element instanceof HTMLAnchorElement ? element.getAttribute('href') : null;
  return markOf({ id: element.id, href }, () => {
    const same = [...document.querySelectorAll('a[href]')].filter((a) => a.getAttribute('href') === href);
    return Math.max(0, same.indexOf(element));
  });
}

function findMark(mark: FocusMark): HTMLElement | null {
  if ('id' in mark) return document.getElementById(mark.id);
  const same = [...document.querySelectorAll<HTMLElement>('a[href]')].filter(
    (a) => a.getAttribute('href') === mark.href,
  );
  return same[mark.nth] ?? null;
}

const boxNamed = (name: string) =>
  [...document.querySelectorAll<HTMLElement>('[data-place-scroll]')].find(
    (box) => box.dataset.placeScroll === name,
  );

function load(): void {
  try {
    const stored = JSON.parse(sessionStorage.getItem(STORE) ?? '[]') as [string, Place][];
    for (const [key, place] of stored) places.set(key, place);
  } catch {
    // Storage refused or spoilt: nothing to return to after a reload, and nothing else lost.
  }
}

function save(): void {
  try {
    sessionStorage.setItem(STORE, JSON.stringify([...places].slice(-KEPT)));
  } catch {
    // As above.
  }
}

/** Starts recording, once: the window's scroll, each named box's, and the focus, into the entry shown. */
export function startPlaceMemory(): void {
  if (started) return;
  started = true;
  window.history.scrollRestoration = 'manual';
  load();
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  traversed = navigation?.type === 'reload' || navigation?.type === 'back_forward';
  // Chromium fires popstate for a link to a new hash too: only an entry already given a key is one returned to.
  window.addEventListener('popstate', (event) => {
    traversed = keyOf(event.state) !== null;
  });
  window.addEventListener('pagehide', save);
  window.addEventListener(
    'scroll',
    () => {
      here().scrollY = window.scrollY;
    },
    { passive: true },
  );
  document.addEventListener(
    'scroll',
    (event) => {
      const box = event.target;
      if (box instanceof HTMLElement && box.dataset.placeScroll)
        here().boxes[box.dataset.placeScroll] = box.scrollTop;
    },
    { capture: true, passive: true },
  );
  document.addEventListener('focusin', (event) => {
    if (event.target instanceof Element) here().focus = focusMark(event.target);
  });
}

/** The place to return to, when the location just shown was reached by Back, Forward or a reload; else null. */
export function takeReturnedPlace(): Place | null {
  if (!traversed) return null;
  traversed = false;
  const key = keyOf(window.history.state);
  const place = key === null ? undefined : places.get(key);
  return place ? structuredClone(place) : null;
}

/**
 * Scrolls the window and the named boxes back, frame by frame until the view has drawn enough to reach them and the
 * element that had the focus, then focuses that element (scrolled into view if the view drew it elsewhere); when
 * the view has not drawn it in time, calls `otherwise`. The reader scrolling, clicking or typing meanwhile stops it. Returns what stops it.
 */
export function returnTo(place: Place, otherwise: () => (() => void) | undefined): () => void {
  const deadline = performance.now() + PATIENCE_MS;
  let frame = 0;
  let reachedBefore = false;
  let cleanup: (() => void) | undefined;
  const inputs = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;
  const stop = () => {
    cancelAnimationFrame(frame);
    for (const input of inputs) window.removeEventListener(input, stop, true);
  };
  const finish = (element: HTMLElement | null) => {
    stop();
    if (!element) {
      cleanup = otherwise();
      return;
    }
    element.focus({ preventScroll: true });
    const box = element.getBoundingClientRect();
    if (box.bottom < 0 || box.top > window.innerHeight) element.scrollIntoView({ block: 'center' });
  };
  const step = () => {
    window.scrollTo(0, place.scrollY);
    for (const [name, top] of Object.entries(place.boxes)) {
      const box = boxNamed(name);
      if (box) box.scrollTop = top;
    }
    const now = { scrollY: window.scrollY, box: (name: string) => boxNamed(name)?.scrollTop };
    const element = place.focus && findMark(place.focus);
    // Reached in two frames running: a list that measures its rows once they are laid out (useVirtualRows) may
    // still move the page in the frame that first reached the place.
    const there = reached(place, now) && (element || !place.focus);
    if ((there && reachedBefore) || performance.now() > deadline) finish(element);
    else {
      reachedBefore = Boolean(there);
      frame = requestAnimationFrame(step);
    }
  };
  for (const input of inputs) window.addEventListener(input, stop, { capture: true, passive: true });
  step();
  return () => {
    stop();
    cleanup?.();
  };
}
