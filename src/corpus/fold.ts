// Fold: text as search compares it — lower case, no diacritics, straight quotes, plain dashes — one unit for one;
// and, for the search index and queries, the same without the invisible characters that can sit inside a word.

const SINGLE_QUOTES = /[‘’‚‛′`´]/;
const DOUBLE_QUOTES = /[“”„‟″«»]/;
const DASHES = /[‐‑‒–—―−]/;

/** The folded form of one UTF-16 code unit: always exactly one code unit. */
function foldUnit(unit: string): string {
  const code = unit.charCodeAt(0);
  if (code >= 0xd800 && code <= 0xdfff) return unit; // half of an astral character: kept as it is
  if (SINGLE_QUOTES.test(unit)) return "'";
  if (DOUBLE_QUOTES.test(unit)) return '"';
  if (DASHES.test(unit)) return '-';
  if (unit === '…') return '.';
  if (/\s/u.test(unit)) return ' ';
  const base = unit.normalize('NFD').charAt(0).toLowerCase().charAt(0);
  // The base may itself fold further: Greek oxia (U+1FFD) decomposes to an acute accent, a single quote here.
  return base === '' || base === unit ? unit : foldUnit(base);
}

/** Each code unit's folded code unit, worked out the first time it is met (-1 until then). */
const foldedCode = new Int32Array(0x10000).fill(-1);

function foldCode(code: number): number {
  let folded = foldedCode[code] ?? -1;
  if (folded < 0) {
    folded = foldUnit(String.fromCharCode(code)).charCodeAt(0);
    foldedCode[code] = folded;
  }
  return folded;
}

/**
 * `text` folded for matching. The result has exactly `text.length` code units, so an index into it is the same
 * index into `text`: matches found in folded text are ranges of the original, with no mapping table. Runs that
 * folding leaves as they are (most of a text: all but its capitals and typography) are copied whole.
 */
export function fold(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = foldCode(code);
    if (folded === code) continue;
    out += text.slice(from, i) + String.fromCharCode(folded);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
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
