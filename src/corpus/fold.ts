// Fold: text as search compares it — lower case, no diacritics, straight quotes, plain dashes — one unit for one.

const SINGLE_QUOTES = /[‘’‚‛′`´]/;
const DOUBLE_QUOTES = /[“”„‟″«»]/;
const DASHES = /[‐‑‒–—―−]/;

const cache = new Map<string, string>();

/** The folded form of one UTF-16 code unit: always exactly one code unit. */
function foldUnit(unit: string): string {
  const cached = cache.get(unit);
  if (cached !== undefined) return cached;
  const code = unit.charCodeAt(0);
  let folded: string;
  if (code >= 0xd800 && code <= 0xdfff)
    folded = unit; // half of an astral character: kept as it is
  else if (SINGLE_QUOTES.test(unit)) folded = "'";
  else if (DOUBLE_QUOTES.test(unit)) folded = '"';
  else if (DASHES.test(unit)) folded = '-';
  else if (unit === '…') folded = '.';
  else if (/\s/u.test(unit)) folded = ' ';
  else {
    const base = unit.normalize('NFD').charAt(0).toLowerCase().charAt(0);
    folded = base === '' ? unit : base;
  }
  cache.set(unit, folded);
  return folded;
}

/**
 * `text` folded for matching. The result has exactly `text.length` code units, so an index into it is the same
 * index into `text`: matches found in folded text are ranges of the original, with no mapping table.
 */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldUnit(text.charAt(i));
  return out;
}
