// Approximate containment: whether a text holds a pattern within some edits, answered bit-parallel (Myers, 1999),
// for the engine's check of terms that are more than one word ("2026-2027", a quoted phrase) in every passage that
// holds their words: the highlighter's table (highlight.ts) works out where, which costs the pattern's length more.

/** Whether some substring of `text` is within `maxErrors` edits of `pattern` (at most 32 units long). */
export function containsApproximately(pattern: string, text: string, maxErrors: number): boolean {
  const m = pattern.length;
  if (m === 0) return true;
  if (m > 32) throw new RangeError('containsApproximately: a pattern of at most 32 units');
  const peq = new Map<number, number>();
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(i);
    peq.set(c, (peq.get(c) ?? 0) | (1 << i));
  }
  const high = 1 << (m - 1);
  // Vertical deltas of the last column, as bit vectors: +1 everywhere at first (row i costs i against nothing).
  let pv = m === 32 ? -1 : (1 << m) - 1;
  let mv = 0;
  let score = m;
  if (score <= maxErrors) return true;
  for (let j = 0; j < text.length; j++) {
    const eq = peq.get(text.charCodeAt(j)) ?? 0;
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & high) score++;
    else if (mh & high) score--;
    if (score <= maxErrors) return true;
    // A match may start anywhere in the text: row 0 stays 0, so nothing is shifted in.
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
  }
  return false;
}
