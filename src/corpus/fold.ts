// Fold: text as search compares it — lower case, no diacritics, straight quotes, plain dashes — one unit for one;
// and, for the search index and queries, the same without the invisible characters that can sit inside a word.

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

/**
 * Characters with no width that may sit inside a word: soft hyphen, zero-width space, non-joiner and joiner, word
 * joiner, and the byte-order mark as a zero-width no-break space.
 */
const INVISIBLE = '\u00ad\u200b\u200c\u200d\u2060\ufeff';

/**
 * `text` folded for search: as `fold`, with the invisible characters left out, so `Nvi\u200Bdia` is the word
 * `nvidia` and `Lut\u00ADnick` is `lutnick`. No one-for-one mapping could do it: whatever an invisible character
 * became would either split the word or be a letter of it. So its indexes are not the text's: `searchOffsets` maps
 * them back.
 */
export function foldForSearch(text: string): string {
  return fold(
    searchOffsets(text)
      .map((i) => text.charAt(i))
      .join(''),
  );
}

/** For each index of `foldForSearch(text)`, the index in `text` of the unit it was folded from. */
export function searchOffsets(text: string): number[] {
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) if (!INVISIBLE.includes(text.charAt(i))) offsets.push(i);
  return offsets;
}
