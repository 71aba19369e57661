// Similarity: how alike two sentences' weighted keys are, as alignment scores a candidate pair.

/** The fewest keys two sentences must share to align, unless they quote the same words. */
export const MIN_SHARED = 2;
/**
 * How far a shared quote closes the gap to a perfect score: quoting the same words is strong evidence, but only
 * when the sentences' own words already agree this much. A short phrase can be quoted to say different things
 * ("the 'mother of all outages'" as a headline's label and as a trader's remark about markets).
 */
const QUOTE_BONUS = 0.5;
const QUOTE_FLOOR = 0.15;
/**
 * What a score is multiplied by when both sentences state quantities and share none: "fell 13 %" and "fell
 * 17 %", "$600 billion" and "$800 billion" are different facts however alike their words.
 */
export const NUMBER_CONFLICT = 0.5;
/**
 * How far apart two figures may be and still agree: news rounds, so "$589 billion" and "close to $600 billion",
 * "$5.6 million" and "under $6 million" are one figure; "13 %" and "17 %" are two.
 */
export const FIGURE_TOLERANCE = 0.1;

/** Whether two number keys name the same figure: equal, or single values within `FIGURE_TOLERANCE` of each other. */
function sameFigure(x: string, y: string): boolean {
  if (x === y) return true;
  const [a, b] = [Number(x), Number(y)];
  if (!Number.isFinite(a) || !Number.isFinite(b) || a <= 0 || b <= 0) return false;
  return Math.abs(a - b) <= FIGURE_TOLERANCE * Math.max(a, b);
}

/** Both state quantities and share none: "fell 13 %" and "fell 17 %" tell different facts. */
export function numbersDiffer(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && b.length > 0 && !a.some((x) => b.some((y) => sameFigure(x, y)));
}

/** Both are mostly quotations, and of different speakers: what one says is not what the other says. */
export const speakersDiffer = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  a.size > 0 && b.size > 0 && ![...a].some((x) => b.has(x));

/** One text as `packTexts` takes it. */
export interface TextVector {
  /** Its keys of non-zero weight, as numbers, in the text's own order: the order a score sums them in. */
  keys: readonly number[];
  /** Each key's weight. */
  weights: readonly number[];
  /** Whether each key is a content word and not one of its names: what the text says of them. */
  plain: readonly boolean[];
  /** The length of its weights' vector. */
  norm: number;
  /** The quantities it states, as number keys. */
  numbers: readonly string[];
  /** Who speaks in it, when most of it is one quotation: the speaker's last word, lower case. */
  speakers: ReadonlySet<string>;
}

/**
 * Texts as `scorer` compares them: text `t`'s keys, weights and plain flags at `start[t]` up to `start[t + 1]` of
 * the flat arrays. Flat, because scoring a large corpus reads millions of pairs in no useful order, and one text's
 * keys in one place are read at the cost of a few cache lines, not of the many objects a list per text would be.
 */
export interface WeightedTexts {
  start: Int32Array;
  keys: Int32Array;
  weights: Float64Array;
  /** 1 where the key is plain (see `TextVector`), 0 where not. */
  plain: Uint8Array;
  norms: Float64Array;
  numbers: readonly (readonly string[])[];
  speakers: readonly ReadonlySet<string>[];
  /** One more than the greatest key. */
  keyCount: number;
}

const NO_NUMBERS: readonly string[] = [];
const NO_SPEAKERS: ReadonlySet<string> = new Set();

/** The texts in the flat layout of `WeightedTexts`; texts without numbers or speakers share one empty value. */
export function packTexts(texts: readonly TextVector[]): WeightedTexts {
  const start = new Int32Array(texts.length + 1);
  texts.forEach((t, i) => (start[i + 1] = (start[i] ?? 0) + t.keys.length));
  const size = start[texts.length] ?? 0;
  const [keys, weights, plain] = [new Int32Array(size), new Float64Array(size), new Uint8Array(size)];
  let keyCount = 0;
  texts.forEach((t, i) => {
    const at = start[i] ?? 0;
    keys.set(t.keys, at);
    weights.set(t.weights, at);
    plain.set(
      t.plain.map((p) => (p ? 1 : 0)),
      at,
    );
    for (const k of t.keys) keyCount = Math.max(keyCount, k + 1);
  });
  return {
    start,
    keys,
    weights,
    plain,
    norms: Float64Array.from(texts, (t) => t.norm),
    numbers: texts.map((t) => (t.numbers.length > 0 ? t.numbers : NO_NUMBERS)),
    speakers: texts.map((t) => (t.speakers.size > 0 ? t.speakers : NO_SPEAKERS)),
    keyCount,
  };
}

/**
 * Cosine of texts `u` and `v`'s weighted keys, cut by `NUMBER_CONFLICT` when their quantities differ, and raised
 * towards 1 when the two quote the same words and their words agree past `QUOTE_FLOOR`. 0 when they quote nothing
 * alike and share fewer than `MIN_SHARED` keys, since one shared word says little however rare it is ("The
 * stakes?"), or share names and figures but no other word: the same people and companies are in many claims ("Trump
 * said on Monday…" and "Lutnick, Trump's nominee, said…"). 0 too for two quotations of different people in different
 * words: Microsoft's "an issue affecting Windows devices due to … a third-party software platform" is not United's "a
 * third party software outage is impacting computer systems".
 */
export type Similarity = (u: number, v: number, shareQuote: boolean) => number;

/**
 * The `Similarity` of `texts`. The one of each pair with more keys is spread over a table indexed by key, and the
 * other's keys looked up in it in their own order, so the sum (and the score, to the last bit) does not depend on
 * how keys are numbered. The table keeps the last text spread: a text compared with many others is spread once.
 */
export function scorer(texts: WeightedTexts): Similarity {
  const { start, keys, weights, plain, norms, numbers, speakers } = texts;
  // A key's weight in the spread text, 0 when it has none (no key is kept with weight 0); and whether it is plain.
  const weightOf = new Float64Array(texts.keyCount);
  const plainOf = new Uint8Array(texts.keyCount);
  let spread = -1;
  const spreadOut = (t: number) => {
    for (let i = start[spread] ?? 0, end = start[spread + 1] ?? 0; i < end; i++) weightOf[keys[i] ?? 0] = 0;
    for (let i = start[t] ?? 0, end = start[t + 1] ?? 0; i < end; i++) {
      const k = keys[i] ?? 0;
      weightOf[k] = weights[i] ?? 0;
      plainOf[k] = plain[i] ?? 0;
    }
    spread = t;
  };
  const size = (t: number) => (start[t + 1] ?? 0) - (start[t] ?? 0);
  return (u, v, shareQuote) => {
    let dot = 0;
    let shared = 0;
    let said = 0;
    const small = size(u) <= size(v) ? u : v;
    const large = small === u ? v : u;
    if (spread !== large) spreadOut(large);
    for (let i = start[small] ?? 0, end = start[small + 1] ?? 0; i < end; i++) {
      const k = keys[i] ?? 0;
      const other = weightOf[k] ?? 0;
      if (other === 0) continue;
      dot += (weights[i] ?? 0) * other;
      shared++;
      if (plain[i] === 1 && plainOf[k] === 1) said++;
    }
    const [su = NO_SPEAKERS, sv = NO_SPEAKERS] = [speakers[u], speakers[v]];
    if ((shared < MIN_SHARED || said === 0 || speakersDiffer(su, sv)) && !shareQuote) return 0;
    const [nu = 0, nv = 0] = [norms[u], norms[v]];
    let cosine = nu > 0 && nv > 0 ? dot / (nu * nv) : 0;
    if (numbersDiffer(numbers[u] ?? NO_NUMBERS, numbers[v] ?? NO_NUMBERS)) cosine *= NUMBER_CONFLICT;
    return withQuoteBonus(cosine, shareQuote);
  };
}

/** A cosine raised by `QUOTE_BONUS` when the two quote the same words and agree past `QUOTE_FLOOR`; never lowered. */
const withQuoteBonus = (cosine: number, shareQuote: boolean) =>
  shareQuote && cosine >= QUOTE_FLOOR ? cosine + (1 - cosine) * QUOTE_BONUS : cosine;

/**
 * How far over its overlap `scoreCeiling` reckons: the same products summed in another order may differ in the last
 * bits (a few hundred times 2⁻⁵³ of the sum at most, for a few hundred keys), never by a billionth.
 */
const SUM_MARGIN = 1e-9;

/**
 * The most texts `u` and `v` can score, given `overlap`, the sum of the products of their shared keys' weights in
 * any order: the cosine's numerator, as a key has one weight in every text. A score is that cosine, or less (figures
 * that differ, the guards that give 0), or raised by `withQuoteBonus`, under which a higher cosine never scores
 * lower. Alignment scores a candidate only when this reaches the threshold: most share a rare word or two and a
 * few common ones, and fall far short.
 */
export function scoreCeiling(
  texts: WeightedTexts,
  u: number,
  v: number,
  overlap: number,
  shareQuote: boolean,
): number {
  const norms = (texts.norms[u] ?? 0) * (texts.norms[v] ?? 0);
  return norms > 0 ? withQuoteBonus((overlap * (1 + SUM_MARGIN)) / norms, shareQuote) : 0;
}
