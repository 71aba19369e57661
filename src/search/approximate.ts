// Approximate containment: how few edits turn a pattern into some substring of a text, answered bit-parallel
// (Myers, 1999). The engine asks it of every passage holding the words of a term that is more than one word
// ("2026-2027", a quoted phrase), and of candidate passages for a fuzzy operand of the extended syntax (Fuse's score
// is that distance): the highlighter's table (highlight.ts) works out where, which costs the pattern's length more.

/**
 * `pattern` (at most 32 units) compiled once for many texts: the least edits (insertions, deletions,
 * substitutions) that turn it into a substring of `text` if that is at most `maxErrors`, else `maxErrors + 1`. With
 * `first`, the first count within `maxErrors` found is answered at once, which is enough to tell whether there is one.
 */
export function substringDistance(
  pattern: string,
): (text: string, maxErrors: number, first?: boolean) => number {
  const m = pattern.length;
  if (m > 32) throw new RangeError('substringDistance: a pattern of at most 32 units');
  // Where each unit is in the pattern, as bits: a table for ASCII, which folded text nearly always is, a map beyond.
  const ascii = new Int32Array(128);
  const other = new Map<number, number>();
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(i);
    if (c < 128) ascii[c] = (ascii[c] ?? 0) | (1 << i);
    else other.set(c, (other.get(c) ?? 0) | (1 << i));
  }
  const high = 1 << (m - 1);
  const all = m === 32 ? -1 : (1 << m) - 1;
  return (text, maxErrors, first = false) => {
    let best = m;
    if (best <= maxErrors && (first || best === 0)) return best;
    // Vertical deltas of the last column, as bit vectors: +1 everywhere at first (row i costs i against nothing).
    let pv = all;
    let mv = 0;
    let score = m;
    for (let j = 0; j < text.length; j++) {
      const c = text.charCodeAt(j);
      const eq = c < 128 ? (ascii[c] ?? 0) : (other.get(c) ?? 0);
      const xv = eq | mv;
      const xh = (((eq & pv) + pv) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      if (ph & high) score++;
      else if (mh & high) score--;
      if (score < best) {
        best = score;
        if (best === 0 || (first && best <= maxErrors)) return best;
      }
      // A match may start anywhere in the text: row 0 stays 0, so nothing is shifted in.
      ph <<= 1;
      mh <<= 1;
      pv = mh | ~(xv | ph);
      mv = ph & xv;
    }
    return Math.min(best, maxErrors + 1);
  };
}

/** Whether some substring of `text` is within `maxErrors` edits of `pattern` (at most 32 units long). */
export function containsApproximately(pattern: string, text: string, maxErrors: number): boolean {
  if (pattern.length === 0) return true;
  return substringDistance(pattern)(text, maxErrors, true) <= maxErrors;
}
