// Align: sentences of different articles that say the same thing, found through an index of shared rare features.
import { alignable } from './alignable.ts';
import { candidatePairs } from './candidate-pairs.ts';
import { fold } from './fold.ts';
import { passages } from './passages.ts';
import { remembered } from './remembered.ts';
import { MIN_SHARED, packTexts, scoreCeiling, scorer, type WeightedTexts } from './similarity.ts';
import type { AlignedPair, Article, QuoteGroup } from './types.ts';
import { stemmer } from 'stemmer';
import { surnameOf } from './speaker-names.ts';
import { sentenceFeatures, type SentenceFeatures } from './words.ts';

export interface AlignOptions {
  /** The lowest similarity kept as a pair. */
  threshold?: number;
  /** The most partners one sentence picks, over all other articles. */
  maxPartners?: number;
}

/**
 * Chosen on the evaluation gold (`npm run eval`): tuned on deepseek-jan-2025, where it gives the most recall at
 * the best precision, and checked on the seeds and crowdstrike-outage-july-2024. `npm run bench` prints
 * precision and recall on src/corpus/fixtures/alignment-gold.json around it.
 */
export const ALIGN_THRESHOLD = 0.19;
/**
 * A sentence picks at most this many partners. Enough for every article of a corpus of a dozen or so to pair
 * with every other; beyond that, a sentence told identically by hundreds of articles (a syndicated wire, or
 * the synthetic bench corpora) would otherwise make pairs by the square of their number.
 */
export const MAX_PARTNERS = 16;
/** A second partner in the same article only when nearly as good as the first: one sentence may say what two do. */
const SECOND_PARTNER = 0.8;
/** How much more a shared number or name counts than a shared content word of the same rarity. */
const NUMBER_WEIGHT = 1.5;
const NAME_WEIGHT = 1;
/** Keys held by more than this share of sentences find no candidates (they still count in the score)... */
const COMMON_SHARE = 0.05;
/**
 * ...within these bounds: a corpus of up to `MIN_CAP` distinct sentences uses every key (a key in more sentences
 * than that tells none apart in any corpus); the fixed ceiling keeps the work at most `MAX_CAP` candidates per key,
 * so it grows linearly with the corpus.
 */
export const MIN_CAP = 200;
export const MAX_CAP = 400;

/** The document-frequency ceiling for index keys, for `count` distinct sentences. */
export const keyCap = (count: number) =>
  Math.min(MAX_CAP, Math.max(MIN_CAP, Math.ceil(count * COMMON_SHARE)));

/** One distinct sentence text, with every passage that has it. */
interface Text {
  passages: number[];
  /** Its keys as numbers (see `keyTable`), in the order its words come, then its names, numbers and quotes. */
  keys: number[];
  /** Whether each of `keys` is a content word and not also one of its names ("Trump" is both): what it says of them. */
  plain: boolean[];
  /** The quantities it states, as number keys (see `numberKey`). */
  numbers: string[];
  /**
   * Quote groups its passages quote from that more than one article carries, and who speaks in it when most of it
   * is one quotation (the speaker's last word, lower case): sets made only for the few texts that have any.
   */
  groups?: Set<number>;
  speakers?: Set<string>;
}

/** An article's quotes by the sentence holding them, read once: an article of many quoted sentences is common. */
function quotesBySentence(article: Article): Map<number, Article['quotes']> {
  const bySentence = new Map<number, Article['quotes']>();
  for (const quote of article.quotes) {
    const list = bySentence.get(quote.sentence);
    if (list) list.push(quote);
    else bySentence.set(quote.sentence, [quote]);
  }
  return bySentence;
}

/** Kinds of key: stemmed content word, named thing, number, quote group. */
type Kind = 'w' | 'e' | 'n' | 'q';
const KIND_WEIGHT: Record<Kind, number> = { w: 1, e: NAME_WEIGHT, n: NUMBER_WEIGHT, q: 0 };

/**
 * Keys numbered as first met, with each one's weight for its kind: numbers index arrays, where strings would be
 * hashed and compared at each of the millions of lookups that scoring a large corpus makes. A table for each kind,
 * so that looking a word up makes no new string of kind and word.
 */
function keyTable() {
  const tables: Record<Kind, Map<string | number, number>> = {
    w: new Map(),
    e: new Map(),
    n: new Map(),
    q: new Map(),
  };
  const kindWeights: number[] = [];
  const idOf = (kind: Kind, key: string | number) => {
    const table = tables[kind];
    let id = table.get(key);
    if (id === undefined) {
      id = kindWeights.length;
      table.set(key, id);
      kindWeights.push(KIND_WEIGHT[kind]);
    }
    return id;
  };
  return { idOf, kindWeights };
}

/** The distinct texts of the alignable sentences (identical sentences are compared once), with their keys. */
function distinctTexts(articles: readonly Article[], quoteGroups: readonly QuoteGroup[]) {
  const textOf = new Map<string, { text: Text; features: SentenceFeatures }>();
  const passageArticle: number[] = [];
  const passageGroups = new Map<number, number[]>();
  // Whether more than one article quotes from each group, worked out once per group: a group quoted by every
  // article of a large corpus would otherwise be walked once for each of its quotes, the corpus squared.
  const shared = quoteGroups.map((group) => new Set(group.occurrences.map((o) => o.article)).size > 1);
  const sharedGroup = (g: number) => shared[g] ?? false;
  const capitalised = new Set<string>();
  const quotesOf = articles.map(quotesBySentence);
  // A corpus says its words many times over, and a stem takes many regexps.
  const stem = remembered(stemmer);
  passages(articles).forEach(({ article, sentence }, passage) => {
    passageArticle.push(article);
    const a = articles[article];
    const s = a?.sentences[sentence];
    if (!a || !s || !alignable(a, sentence)) return;
    const raw = a.text.slice(s.start, s.end);
    const quotes = quotesOf[article]?.get(sentence) ?? [];
    const groups = quotes.filter((q) => sharedGroup(q.group)).map((q) => q.group);
    const speakers = quotes.flatMap((q) =>
      q.speaker !== null && (q.end - q.start) * 2 >= s.end - s.start ? [surnameOf(q.speaker)] : [],
    );
    if (groups.length > 0) passageGroups.set(passage, groups);
    const folded = fold(raw).trim();
    let entry = textOf.get(folded);
    if (!entry) {
      const features = sentenceFeatures(raw, stem);
      features.names.forEach((n) => capitalised.add(n));
      entry = { text: { passages: [], keys: [], plain: [], numbers: [] }, features };
      textOf.set(folded, entry);
    }
    const { text } = entry;
    text.passages.push(passage);
    for (const g of groups) (text.groups ??= new Set()).add(g);
    for (const name of speakers) (text.speakers ??= new Set()).add(name);
  });
  // Texts numbered in the order of their folded words, not of the files: ties between partners, broken by text
  // number, then fall the same way whatever the files are called.
  const sorted = [...textOf].sort(([x], [y]) => (x < y ? -1 : 1)).map(([, entry]) => entry);
  const texts = sorted.map(({ text }) => text);
  const { idOf, kindWeights } = keyTable();
  // The text that last took each key: a text takes each of its keys once, where first met, with no set per text.
  const takenBy: number[] = [];
  sorted.forEach(({ text, features: f }, t) => {
    // A capitalised first word is a name only where the corpus capitalises it mid-sentence too.
    const names = f.initial !== null && capitalised.has(f.initial) ? [...f.names, f.initial] : f.names;
    text.numbers = [...new Set(f.numbers)];
    const nameStems = new Set(names.map(stem));
    const take = (key: number, plain: boolean) => {
      if (takenBy[key] === t) return;
      takenBy[key] = t;
      text.keys.push(key);
      text.plain.push(plain);
    };
    for (const w of f.words) take(idOf('w', w), !nameStems.has(w));
    for (const n of names) take(idOf('e', n), false);
    for (const n of f.numbers) take(idOf('n', n), false);
    for (const g of text.groups ?? []) take(idOf('q', g), false);
  });
  return { texts, passageArticle, passageGroups, kindWeights };
}

/** Each key's weight: its rarity (IDF over distinct texts) times its kind's. A key has one weight in every text. */
function keyWeights(texts: readonly Text[], kindWeights: readonly number[]): Float64Array {
  const df = new Int32Array(kindWeights.length);
  for (const t of texts) for (const k of t.keys) df[k] = (df[k] ?? 0) + 1;
  return Float64Array.from(kindWeights, (kind, k) => Math.log(1 + texts.length / (df[k] ?? 1)) * kind);
}

const NO_SPEAKERS: ReadonlySet<string> = new Set();

/** Each text's keys with their weights, those of weight 0 left out, and the vector's length. */
function weigh(texts: readonly Text[], weightOf: Float64Array): WeightedTexts {
  return packTexts(
    texts.map((t) => {
      const keys: number[] = [];
      const weights: number[] = [];
      const plain: boolean[] = [];
      let norm = 0;
      t.keys.forEach((k, i) => {
        const w = weightOf[k] ?? 0;
        if (w === 0) return;
        keys.push(k);
        weights.push(w);
        plain.push(t.plain[i] ?? false);
        norm += w * w;
      });
      return {
        keys,
        weights,
        plain,
        norm: Math.sqrt(norm),
        numbers: t.numbers,
        speakers: t.speakers ?? NO_SPEAKERS,
      };
    }),
  );
}

/** Whether two sets share a member: a loop, where spreading `a` would allocate an array for each of millions of pairs. */
function intersects(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

const NO_GROUPS: ReadonlySet<number> = new Set();

/** Pairs as parallel lists of numbers: millions of them, where an object each would take some three times the memory. */
interface PairLists {
  first: number[];
  second: number[];
  score: number[];
}

/**
 * The pairs of texts that score at least `threshold`. Pairs sharing fewer than MIN_SHARED keys score 0 unless they
 * quote the same words, and a shared quote is a shared `q:` key too, so only pairs sharing MIN_SHARED keys are
 * candidates; and only the candidates whose `scoreCeiling` reaches the threshold are scored: a quarter of them at
 * 1,000 news-like articles.
 */
function scoredPairs(
  texts: readonly Text[],
  weightOf: Float64Array,
  weighted: WeightedTexts,
  threshold: number,
): PairLists {
  const similarity = scorer(weighted);
  // Each text's quote groups, those of most texts one shared empty set: read for every pair, so kept close at hand.
  const groupsOf = texts.map((t) => t.groups ?? NO_GROUPS);
  const keys = texts.map((t) => t.keys);
  // Each key's weight times itself, as the score's dot product multiplies it: the candidates' overlaps are its sums.
  const squares = weightOf.map((w) => w * w);
  const found: PairLists = { first: [], second: [], score: [] };
  const cap = keyCap(texts.length);
  for (const [u, others, overlaps] of candidatePairs(keys, weightOf.length, cap, MIN_SHARED, squares)) {
    const groups = groupsOf[u] ?? NO_GROUPS;
    others.forEach((v, i) => {
      const shareQuote = intersects(groups, groupsOf[v] ?? NO_GROUPS);
      if (scoreCeiling(weighted, u, v, overlaps[i] ?? 0, shareQuote) < threshold) return;
      const score = similarity(u, v, shareQuote);
      if (score < threshold) return;
      found.first.push(u);
      found.second.push(v);
      found.score.push(score);
    });
  }
  return found;
}

/**
 * Each text's partners, best first (by score, then text number), a text of several passages among its own at score
 * 1 (its copies in other articles): text `t`'s at `start[t]` up to `start[t + 1]` of `partner` and `score`.
 */
function rankPartners(texts: readonly Text[], pairs: PairLists) {
  const start = new Int32Array(texts.length + 1);
  const count = (t: number) => (start[t + 1] = (start[t + 1] ?? 0) + 1);
  texts.forEach((t, i) => t.passages.length > 1 && count(i));
  pairs.first.forEach((u, i) => {
    count(u);
    count(pairs.second[i] ?? 0);
  });
  for (let t = 0; t < texts.length; t++) start[t + 1] = (start[t + 1] ?? 0) + (start[t] ?? 0);
  const size = start[texts.length] ?? 0;
  const [partner, score] = [new Int32Array(size), new Float64Array(size)];
  const next = start.slice(0, texts.length);
  const add = (t: number, other: number, value: number) => {
    const at = next[t] ?? 0;
    next[t] = at + 1;
    partner[at] = other;
    score[at] = value;
  };
  texts.forEach((t, i) => t.passages.length > 1 && add(i, i, 1));
  pairs.first.forEach((u, i) => {
    const [v = 0, value = 0] = [pairs.second[i], pairs.score[i]];
    add(u, v, value);
    add(v, u, value);
  });
  // Two typed arrays are not sorted together: their positions are, each text's apart, then read out in that order.
  const order = new Int32Array(size);
  for (let i = 0; i < size; i++) order[i] = i;
  const better = (x: number, y: number) =>
    (score[y] ?? 0) - (score[x] ?? 0) || (partner[x] ?? 0) - (partner[y] ?? 0);
  for (let t = 0; t < texts.length; t++) order.subarray(start[t], start[t + 1]).sort(better);
  return {
    start,
    partner: order.map((i) => partner[i] ?? 0),
    score: Float64Array.from(order, (i) => score[i] ?? 0),
  };
}

/**
 * Each passage's partners, from its text's: for each other article, the best passage there and a second nearly as
 * good, at most `maxPartners` in all; each pair under its first passage. A pair may be kept from both its passages,
 * always at the one score of their two texts.
 */
function choosePartners(
  articles: readonly Article[],
  texts: readonly Text[],
  passageArticle: readonly number[],
  ranked: ReturnType<typeof rankPartners>,
  maxPartners: number,
): PairLists {
  // Each text's passages article by article, in article-id order, not file order: which partners fill the last
  // places is then the same under renaming. A text repeated through one article (or a wire story through many) is
  // walked as one list of passages, never passage by passage against each other.
  const idOrder = articles
    .map((_, i) => i)
    .sort((x, y) => ((articles[x]?.id ?? '') < (articles[y]?.id ?? '') ? -1 : 1));
  const idRank = new Int32Array(articles.length);
  idOrder.forEach((article, rank) => (idRank[article] = rank));
  const rankOf = (passage: number) => idRank[passageArticle[passage] ?? 0] ?? 0;
  const passagesOf = texts.map(({ passages }) =>
    passages.length > 1 ? [...passages].sort((x, y) => rankOf(x) - rankOf(y) || x - y) : passages,
  );
  // For the passage being partnered, the score of its first partner in each article and how many it has there.
  const kept: PairLists = { first: [], second: [], score: [] };
  const bestFor = new Int32Array(articles.length).fill(-1);
  const bestScore = new Float64Array(articles.length);
  const bestCount = new Int32Array(articles.length);
  texts.forEach((text, u) => {
    for (const passage of text.passages) {
      const article = passageArticle[passage];
      let picked = 0;
      choose: for (let r = ranked.start[u] ?? 0, end = ranked.start[u + 1] ?? 0; r < end; r++) {
        const score = ranked.score[r] ?? 0;
        for (const other of passagesOf[ranked.partner[r] ?? 0] ?? []) {
          const otherArticle = passageArticle[other] ?? 0;
          if (otherArticle === article) continue;
          if (bestFor[otherArticle] === passage) {
            // A second partner there only when nearly as good as the first, never a third (nor, then, any of the
            // article's later passages).
            const [count = 0, first = 0] = [bestCount[otherArticle], bestScore[otherArticle]];
            if (count > 1 || score < first * SECOND_PARTNER) continue;
            bestCount[otherArticle] = 2;
          } else {
            bestFor[otherArticle] = passage;
            bestScore[otherArticle] = score;
            bestCount[otherArticle] = 1;
          }
          kept.first.push(Math.min(passage, other));
          kept.second.push(Math.max(passage, other));
          kept.score.push(score);
          if (++picked >= maxPartners) break choose;
        }
      }
    }
  });
  return kept;
}

/**
 * The positions of `pairs` ordered by first, then second passage, each pair once: by a count of each first
 * passage's pairs and a sort of each one's few, not a sort of them all.
 */
function inOrder(pairs: PairLists, passageCount: number): number[] {
  const from = new Int32Array(passageCount + 1);
  for (const a of pairs.first) from[a + 1] = (from[a + 1] ?? 0) + 1;
  for (let a = 0; a < passageCount; a++) from[a + 1] = (from[a + 1] ?? 0) + (from[a] ?? 0);
  const next = from.slice(0, passageCount);
  const byFirst = new Int32Array(pairs.first.length);
  pairs.first.forEach((a, i) => {
    const at = next[a] ?? 0;
    next[a] = at + 1;
    byFirst[at] = i;
  });
  const secondOf = (i: number) => pairs.second[i] ?? 0;
  const order: number[] = [];
  for (let a = 0; a < passageCount; a++) {
    let previous = -1;
    for (const i of byFirst.subarray(from[a], from[a + 1]).sort((x, y) => secondOf(x) - secondOf(y))) {
      if (secondOf(i) !== previous) order.push(i);
      previous = secondOf(i);
    }
  }
  return order;
}

/**
 * Aligned sentence pairs across all articles: for each sentence and each other article, its best partner above
 * the threshold (and a second one nearly as good), at most `maxPartners` in all; ordered by `a`, then `b`.
 */
export function alignArticles(
  articles: readonly Article[],
  quoteGroups: readonly QuoteGroup[],
  options: AlignOptions = {},
): AlignedPair[] {
  const threshold = options.threshold ?? ALIGN_THRESHOLD;
  const maxPartners = options.maxPartners ?? MAX_PARTNERS;
  const { texts, passageArticle, passageGroups, kindWeights } = distinctTexts(articles, quoteGroups);
  const weightOf = keyWeights(texts, kindWeights);
  const ranked = rankPartners(texts, scoredPairs(texts, weightOf, weigh(texts, weightOf), threshold));
  const kept = choosePartners(articles, texts, passageArticle, ranked, maxPartners);
  return inOrder(kept, passageArticle.length).map((i) => {
    const [a = 0, b = 0, score = 0] = [kept.first[i], kept.second[i], kept.score[i]];
    const shared = passageGroups.get(a)?.find((g) => passageGroups.get(b)?.includes(g));
    return { a, b, score: round(score), quoteGroup: shared ?? null };
  });
}

/** Three decimals: the JSON stays small and the view shows no more. */
const round = (score: number) => Math.round(score * 1000) / 1000;
