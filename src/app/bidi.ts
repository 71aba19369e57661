// Text from the corpus (or a shared URL) kept from reordering the app's own text around it: an unterminated U+202E
// in an outlet would otherwise show the date after it as "5202 naJ 92". An element isolates it in `<bdi>`
// (Untrusted.tsx); text cut among marks (matches, quotes, dates) is balanced piece by piece; a string, which holds no
// element (the document title, an `<option>`, a tooltip, a sentence built around a name), is isolated with FSI … PDI.

/** Embeddings and overrides (LRE, RLE, PDF, LRO, RLO) and isolates (LRI, RLI, FSI, PDI). */
const CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;
/** What can move the text around it: those controls, right-to-left marks, and right-to-left scripts. */
const REORDERS =
  /[\u202a-\u202e\u2066-\u2069\u061c\u200f\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|\ud802|\ud803|\ud83a|\ud83b/;

const PDF = '\u202c';
const PDI = '\u2069';
const FSI = '\u2068';
/** LRE, RLE, LRO, RLO: each closed by a PDF. */
const EMBEDDINGS = '\u202a\u202b\u202d\u202e';
/** LRI, RLI, FSI: each closed by a PDI. */
const ISOLATES = '\u2066\u2067\u2068';

/** `text` without its stray closers, and the closers for what it leaves open, innermost first. */
function scan(text: string): { kept: string; closers: string } {
  const open: string[] = [];
  let kept = '';
  for (const char of text) {
    if (char === PDF) {
      if (open[open.length - 1] !== PDF) continue;
      open.pop();
    } else if (char === PDI) {
      if (!open.includes(PDI)) continue;
      while (open.pop() !== PDI);
    } else if (EMBEDDINGS.includes(char)) open.push(PDF);
    else if (ISOLATES.includes(char)) open.push(PDI);
    kept += char;
  }
  return { kept, closers: open.reverse().join('') };
}

/**
 * `text` without the closers that have nothing of its own to close: inside a `<bdi>`, a stray PDI would close the
 * isolate the browser puts around the element. What the text leaves open, the `<bdi>` ends. Text without controls
 * is returned as it is.
 */
export function withoutStrayClosers(text: string): string {
  return CONTROLS.test(text) ? scan(text).kept : text;
}

/**
 * `text` with its directional controls balanced, for text with no `<bdi>` of its own: stray closers dropped, and
 * whatever it leaves open closed at its end.
 */
export function balanceBidi(text: string): string {
  if (!CONTROLS.test(text)) return text;
  const { kept, closers } = scan(text);
  return kept + closers;
}

/**
 * `text` as an isolate, for a string that will sit among the app's own words: between FSI and PDI, its controls
 * balanced. Text that cannot reorder anything (no controls, no right-to-left letters) is returned as it is, so
 * plain English titles and tooltips stay byte for byte what the corpus says.
 */
export function isolateText(text: string): string {
  return REORDERS.test(text) ? `${FSI}${balanceBidi(text)}${PDI}` : text;
}
