// Align: sentences of different articles that say the same thing, found through an index of shared rare features.
import { fold } from './fold.ts';
import { passages } from './search-index.ts';
import type { AlignedPair, Article, Corpus, QuoteGroup } from './types.ts';
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
/** The fewest keys two sentences must share to align, unless they quote the same words. */
const MIN_SHARED = 2;
/** Keys held by more than this share of sentences find no candidates (they still count in the score)... */
const COMMON_SHARE = 0.05;
/**
 * ...within these bounds: a corpus of up to `MIN_CAP` texts uses every key (a key in more sentences than that
 * tells none apart in any corpus); the fixed ceiling keeps the work at most `MAX_CAP` candidates per key, so it
 * grows linearly with the corpus.
 */
export const MIN_CAP = 200;
export const MAX_CAP = 400;

/** Headlines, headings and credit lines label other text rather than tell the story, so they are not aligned. */
export function alignable(article: Article, sentence: number): boolean {
  const s = article.sentences[sentence];
  const kind = s && article.paragraphs[s.paragraph]?.kind;
  return kind === 'paragraph' || kind === 'list-item';
}

/** The document-frequency ceiling for index keys, for `count` distinct sentences. */
export const keyCap = (count: number) =>
  Math.min(MAX_CAP, Math.max(MIN_CAP, Math.ceil(count * COMMON_SHARE)));

/** How many numbers two ascending lists share, counted up to `enough`. */
function sharedCount(a: readonly number[], b: readonly number[], enough: number): number {
  let count = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length && count < enough;) {
    const [x, y] = [a[i] ?? 0, b[j] ?? 0];
    if (x === y) count++;
    if (x <= y) i++;
    if (y <= x) j++;
  }
  return count;
}

/**
 * For each item, the later items sharing at least `min` of its keys, through an inverted index. Keys held by more
 * than `cap` items find no candidates, so the work is at most `cap` times the number of keys, never items squared;
 * but they still count towards `min`, checked on each candidate's short list of them.
 */
export function candidatePairs(keys: readonly (readonly string[])[], cap: number, min = 1): number[][] {
  const postings = new Map<string, number[]>();
  keys.forEach((itemKeys, item) => {
    for (const key of itemKeys) {
      const list = postings.get(key) ?? [];
      if (list[list.length - 1] !== item) list.push(item);
      postings.set(key, list);
    }
  });
  const commonId = new Map<string, number>();
  for (const [key, list] of postings) if (list.length > cap) commonId.set(key, commonId.size);
  const common = keys.map((itemKeys) =>
    [...new Set(itemKeys.flatMap((key) => commonId.get(key) ?? []))].sort((x, y) => x - y),
  );
  const seenBy = new Int32Array(keys.length).fill(-1);
  const shared = new Int32Array(keys.length);
  return keys.map((itemKeys, item) => {
    const touched: number[] = [];
    for (const key of itemKeys) {
      const list = postings.get(key);
      if (!list || list.length > cap) continue;
      for (const other of list) {
        if (other <= item) continue;
        if (seenBy[other] !== item) {
          seenBy[other] = item;
          shared[other] = 0;
          touched.push(other);
        }
        shared[other] = (shared[other] ?? 0) + 1;
      }
    }
    const mine = common[item] ?? [];
    return touched.filter((other) => {
      const count = shared[other] ?? 0;
      return count >= min || count + sharedCount(mine, common[other] ?? [], min - count) >= min;
    });
  });
}

/** One distinct sentence text, with every passage that has it. */
interface Text {
  passages: number[];
  keys: string[];
  /** The quantities it states, as number keys (see `numberKey`). */
  numbers: string[];
  /** Its content-word keys that are not also one of its names ("Trump" is both): what it says of them. */
  plain: Set<string>;
  /** Quote groups its passages quote from that more than one article carries. */
  groups: Set<number>;
  /** Who speaks in it, when most of it is one quotation: the speaker's last word, lower case. */
  speakers: Set<string>;
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
      const features = sentenceFeatures(raw);
      features.names.forEach((n) => capitalised.add(n));
      const blank: Text = {
        passages: [],
        keys: [],
        numbers: [],
        plain: new Set(),
        groups: new Set(),
        speakers: new Set(),
      };
      entry = { text: blank, features };
      textOf.set(folded, entry);
    }
    const { text } = entry;
    text.passages.push(passage);
    groups.forEach((g) => text.groups.add(g));
    speakers.forEach((name) => text.speakers.add(name));
  });
  // Texts numbered in the order of their folded words, not of the files: ties between partners, broken by text
  // number, then fall the same way whatever the files are called.
  const sorted = [...textOf].sort(([x], [y]) => (x < y ? -1 : 1)).map(([, entry]) => entry);
  const texts = sorted.map(({ text }) => text);
  sorted.forEach(({ text, features: f }) => {
    // A capitalised first word is a name only where the corpus capitalises it mid-sentence too.
    const names = f.initial !== null && capitalised.has(f.initial) ? [...f.names, f.initial] : f.names;
    text.numbers = [...new Set(f.numbers)];
    const nameStems = new Set(names.map((n) => stemmer(n)));
    text.plain = new Set(f.words.filter((w) => !nameStems.has(w)).map((w) => `w:${w}`));
    text.keys = [
      ...new Set([
        ...f.words.map((w) => `w:${w}`),
        ...names.map((n) => `e:${n}`),
        ...f.numbers.map((n) => `n:${n}`),
        ...[...text.groups].map((g) => `q:${g}`),
      ]),
    ];
  });
  return { texts, passageArticle, passageGroups };
}

const KIND_WEIGHT: Record<string, number> = { w: 1, e: NAME_WEIGHT, n: NUMBER_WEIGHT, q: 0 };

/** Each text's keys weighted by rarity (IDF over distinct texts) and kind, with the vector's length. */
function weigh(texts: readonly Text[]): Weighted[] {
  const df = new Map<string, number>();
  for (const t of texts) for (const k of t.keys) df.set(k, (df.get(k) ?? 0) + 1);
  return texts.map((t) => {
    const weights = new Map<string, number>();
    let norm = 0;
    for (const k of t.keys) {
      const w = Math.log(1 + texts.length / (df.get(k) ?? 1)) * (KIND_WEIGHT[k.charAt(0)] ?? 1);
      if (w === 0) continue;
      weights.set(k, w);
      norm += w * w;
    }
    return { weights, norm: Math.sqrt(norm), numbers: t.numbers, plain: t.plain, speakers: t.speakers };
  });
}

/**
 * One text as `similarity` compares it: its weighted keys, their vector's length, its quantities, and its keys
 * that are content words and not names.
 */
export interface Weighted {
  weights: Map<string, number>;
  norm: number;
  numbers: readonly string[];
  plain: ReadonlySet<string>;
  speakers: ReadonlySet<string>;
}

/** Both are mostly quotations, and of different speakers: what one says is not what the other says. */
export const speakersDiffer = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  a.size > 0 && b.size > 0 && ![...a].some((x) => b.has(x));

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

/**
 * Cosine of the weighted keys, cut by `NUMBER_CONFLICT` when their quantities differ, and raised towards 1 when
 * the two quote the same words and their words agree past `QUOTE_FLOOR`. 0 when they quote nothing alike and
 * share fewer than `MIN_SHARED` keys, since one shared word says little however rare it is ("The stakes?"), or
 * share names and figures but no other word: the same people and companies are in many claims ("Trump said on
 * Monday…" and "Lutnick, Trump's nominee, said…"). 0 too for two quotations of different people in different words:
 * Microsoft's "an issue affecting Windows devices due to … a third-party software platform" is not United's "a third
 * party software outage is impacting computer systems".
 */
export function similarity(u: Weighted, v: Weighted, shareQuote: boolean): number {
  let dot = 0;
  let shared = 0;
  let said = 0;
  const [small, large] = u.weights.size <= v.weights.size ? [u, v] : [v, u];
  for (const [k, w] of small.weights) {
    const other = large.weights.get(k);
    if (other === undefined) continue;
    dot += w * other;
    shared++;
    if (u.plain.has(k) && v.plain.has(k)) said++;
  }
  if ((shared < MIN_SHARED || said === 0 || speakersDiffer(u.speakers, v.speakers)) && !shareQuote) return 0;
  let cosine = u.norm > 0 && v.norm > 0 ? dot / (u.norm * v.norm) : 0;
  if (numbersDiffer(u.numbers, v.numbers)) cosine *= NUMBER_CONFLICT;
  return shareQuote && cosine >= QUOTE_FLOOR ? cosine + (1 - cosine) * QUOTE_BONUS : cosine;
}

const intersects = (a: ReadonlySet<number>, b: ReadonlySet<number>) => [...a].some((x) => b.has(x));

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
  const { texts, passageArticle, passageGroups } = distinctTexts(articles, quoteGroups);
  const weighted = weigh(texts);

  const ranked: { text: number; score: number }[][] = texts.map((t, i) =>
    t.passages.length > 1 ? [{ text: i, score: 1 }] : [],
  );
  // Pairs sharing fewer than MIN_SHARED keys score 0 unless they quote the same words, and a shared quote is a
  // shared `q:` key too, so only pairs sharing MIN_SHARED keys are scored: far fewer calls on news-like text.
  candidatePairs(
    texts.map((t) => t.keys),
    keyCap(texts.length),
    MIN_SHARED,
  ).forEach((others, u) => {
    const tu = texts[u];
    const wu = weighted[u];
    if (!tu || !wu) return;
    for (const v of others) {
      const tv = texts[v];
      const wv = weighted[v];
      if (!tv || !wv) continue;
      const score = similarity(wu, wv, intersects(tu.groups, tv.groups));
      if (score < threshold) continue;
      ranked[u]?.push({ text: v, score });
      ranked[v]?.push({ text: u, score });
    }
  });
  for (const list of ranked) list.sort((x, y) => y.score - x.score || x.text - y.text);

  // Each text's passages by article: a text repeated through one article (or a wire story through many) is
  // walked once per article, never passage by passage against each other.
  const byArticle = texts.map((text) => {
    const groups = new Map<number, number[]>();
    for (const passage of text.passages) {
      const article = passageArticle[passage] ?? -1;
      const list = groups.get(article);
      if (list) list.push(passage);
      else groups.set(article, [passage]);
    }
    // In article-id order, not file order: which partners fill the last places is then the same under renaming.
    return new Map(
      [...groups].sort(([x], [y]) => ((articles[x]?.id ?? '') < (articles[y]?.id ?? '') ? -1 : 1)),
    );
  });
  const kept = new Map<number, number>();
  const total = passageArticle.length;
  texts.forEach((text, u) => {
    for (const passage of text.passages) {
      const article = passageArticle[passage];
      const best = new Map<number, { score: number; count: number }>();
      let picked = 0;
      choose: for (const { text: v, score } of ranked[u] ?? []) {
        for (const [otherArticle, others] of byArticle[v] ?? []) {
          if (otherArticle === article) continue;
          for (const other of others) {
            const first = best.get(otherArticle);
            if (first && (first.count > 1 || score < first.score * SECOND_PARTNER)) break;
            best.set(otherArticle, { score: first?.score ?? score, count: (first?.count ?? 0) + 1 });
            const [a, b] = passage < other ? [passage, other] : [other, passage];
            kept.set(a * total + b, score);
            if (++picked >= maxPartners) break choose;
          }
        }
      }
    }
  });

  return [...kept.keys()]
    .sort((x, y) => x - y)
    .map((key) => {
      const a = Math.floor(key / total);
      const b = key % total;
      const shared = passageGroups.get(a)?.find((g) => passageGroups.get(b)?.includes(g));
      return { a, b, score: round(kept.get(key) ?? 0), quoteGroup: shared ?? null };
    });
}

/** Three decimals: the JSON stays small and the view shows no more. */
const round = (score: number) => Math.round(score * 1000) / 1000;

/** Two articles' alignment, by sentence index within each article. */
export interface PairView {
  /** Aligned sentences, ordered by `a`, then `b`. */
  pairs: { a: number; b: number; score: number; quoteGroup: number | null }[];
  /** Alignable sentences of each article with no partner in the other: what only that article says. */
  onlyA: number[];
  onlyB: number[];
}

/**
 * Links, in place, the sentences two articles share word for word that the stored pairs leave apart: a sentence
 * repeated across more articles than `MAX_PARTNERS` (a wire story) keeps pairs with only some of them.
 */
function addIdentical(a: Article, b: Article, pairs: PairView['pairs']): void {
  const paired = new Set(pairs.map((p) => p.a));
  const inB = new Map<string, number>();
  b.sentences.forEach((sentence, s) => {
    const key = fold(b.text.slice(sentence.start, sentence.end)).trim();
    if (alignable(b, s) && !inB.has(key)) inB.set(key, s);
  });
  a.sentences.forEach((sentence, s) => {
    if (paired.has(s) || !alignable(a, s)) return;
    const match = inB.get(fold(a.text.slice(sentence.start, sentence.end)).trim());
    if (match !== undefined) pairs.push({ a: s, b: match, score: 1, quoteGroup: null });
  });
}

/** The aligned pairs between articles `a` and `b` of the corpus, and what each has that the other lacks. */
export function pairView(corpus: Pick<Corpus, 'articles' | 'alignments'>, a: number, b: number): PairView {
  const first = (article: number) =>
    corpus.articles.slice(0, article).reduce((sum, x) => sum + x.sentences.length, 0);
  const articleA = corpus.articles[a];
  const articleB = corpus.articles[b];
  if (!articleA || !articleB || a === b) return { pairs: [], onlyA: [], onlyB: [] };
  const [startA, startB] = [first(a), first(b)];
  const inA = (p: number) => p >= startA && p < startA + articleA.sentences.length;
  const inB = (p: number) => p >= startB && p < startB + articleB.sentences.length;
  const pairs: PairView['pairs'] = [];
  for (const pair of corpus.alignments) {
    const { score, quoteGroup } = pair;
    if (inA(pair.a) && inB(pair.b)) pairs.push({ a: pair.a - startA, b: pair.b - startB, score, quoteGroup });
    else if (inA(pair.b) && inB(pair.a))
      pairs.push({ a: pair.b - startA, b: pair.a - startB, score, quoteGroup });
  }
  addIdentical(articleA, articleB, pairs);
  pairs.sort((x, y) => x.a - y.a || x.b - y.b);
  const pairedA = new Set(pairs.map((p) => p.a));
  const pairedB = new Set(pairs.map((p) => p.b));
  const only = (article: Article, paired: Set<number>) =>
    article.sentences.flatMap((_, s) => (alignable(article, s) && !paired.has(s) ? [s] : []));
  return { pairs, onlyA: only(articleA, pairedA), onlyB: only(articleB, pairedB) };
}
