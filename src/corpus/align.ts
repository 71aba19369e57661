// Align: sentences of different articles that say the same thing, found through an index of shared rare features.
import { candidatePairs } from './candidate-pairs.ts';
import { fold } from './fold.ts';
import { passages } from './search-index.ts';
import { MIN_SHARED, packTexts, scorer, type WeightedTexts } from './similarity.ts';
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

/** One distinct sentence text, with every passage that has it. */
interface Text {
  passages: number[];
  /** Its keys as numbers (see `keyTable`), in the order its words come, then its names, numbers and quotes. */
  keys: number[];
  /** The quantities it states, as number keys (see `numberKey`). */
  numbers: string[];
  /** Its content-word keys that are not also one of its names ("Trump" is both): what it says of them. */
  plain: Set<number>;
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

const KIND_WEIGHT: Record<string, number> = { w: 1, e: NAME_WEIGHT, n: NUMBER_WEIGHT, q: 0 };

/**
 * Keys numbered as first met, with each one's weight for its kind: numbers index arrays, where strings would be
 * hashed and compared at each of the millions of lookups that scoring a large corpus makes.
 */
function keyTable() {
  const ids = new Map<string, number>();
  const kindWeights: number[] = [];
  const idOf = (key: string) => {
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
      kindWeights.push(KIND_WEIGHT[key.charAt(0)] ?? 1);
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
  const { idOf, kindWeights } = keyTable();
  sorted.forEach(({ text, features: f }) => {
    // A capitalised first word is a name only where the corpus capitalises it mid-sentence too.
    const names = f.initial !== null && capitalised.has(f.initial) ? [...f.names, f.initial] : f.names;
    text.numbers = [...new Set(f.numbers)];
    const nameStems = new Set(names.map((n) => stemmer(n)));
    const words = f.words.map((w) => idOf(`w:${w}`));
    text.plain = new Set(words.filter((_, i) => !nameStems.has(f.words[i] ?? '')));
    text.keys = [
      ...new Set([
        ...words,
        ...names.map((n) => idOf(`e:${n}`)),
        ...f.numbers.map((n) => idOf(`n:${n}`)),
        ...[...text.groups].map((g) => idOf(`q:${g}`)),
      ]),
    ];
  });
  return { texts, passageArticle, passageGroups, kindWeights };
}

/** Each text's keys weighted by rarity (IDF over distinct texts) and kind, with the vector's length. */
function weigh(texts: readonly Text[], kindWeights: readonly number[]): WeightedTexts {
  const df = new Int32Array(kindWeights.length);
  for (const t of texts) for (const k of t.keys) df[k] = (df[k] ?? 0) + 1;
  return packTexts(
    texts.map((t) => {
      const keys: number[] = [];
      const weights: number[] = [];
      let norm = 0;
      for (const k of t.keys) {
        const w = Math.log(1 + texts.length / (df[k] ?? 1)) * (kindWeights[k] ?? 1);
        if (w === 0) continue;
        keys.push(k);
        weights.push(w);
        norm += w * w;
      }
      const plain = keys.map((k) => t.plain.has(k));
      return { keys, weights, plain, norm: Math.sqrt(norm), numbers: t.numbers, speakers: t.speakers };
    }),
  );
}

/** Whether two sets share a member: a loop, where spreading `a` would allocate an array for each of millions of pairs. */
function intersects(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
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
  const similarity = scorer(weigh(texts, kindWeights));
  // Each text's quote groups, those of most texts one shared empty set: read for every pair, so kept close at hand.
  const noGroups: ReadonlySet<number> = new Set();
  const groupsOf = texts.map((t) => (t.groups.size > 0 ? t.groups : noGroups));

  const ranked: { text: number; score: number }[][] = texts.map((t, i) =>
    t.passages.length > 1 ? [{ text: i, score: 1 }] : [],
  );
  // Pairs sharing fewer than MIN_SHARED keys score 0 unless they quote the same words, and a shared quote is a
  // shared `q:` key too, so only pairs sharing MIN_SHARED keys are scored: far fewer calls on news-like text.
  const keys = texts.map((t) => t.keys);
  for (const [u, others] of candidatePairs(keys, kindWeights.length, keyCap(texts.length), MIN_SHARED)) {
    const groups = groupsOf[u] ?? noGroups;
    for (const v of others) {
      const score = similarity(u, v, intersects(groups, groupsOf[v] ?? noGroups));
      if (score < threshold) continue;
      ranked[u]?.push({ text: v, score });
      ranked[v]?.push({ text: u, score });
    }
  }
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
    return [...groups].sort(([x], [y]) => ((articles[x]?.id ?? '') < (articles[y]?.id ?? '') ? -1 : 1));
  });
  // The pairs kept, under their first passage: read out by passage, they come ordered by `a`, then `b`, with no
  // sort of them all. A pair may be kept from both its passages, always at the one score of their two texts.
  const partnersOf: { b: number; score: number }[][] = [];
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
            (partnersOf[a] ??= []).push({ b, score });
            if (++picked >= maxPartners) break choose;
          }
        }
      }
    }
  });

  const pairs: AlignedPair[] = [];
  partnersOf.forEach((partners, a) => {
    partners.sort((x, y) => x.b - y.b);
    partners.forEach(({ b, score }, i) => {
      if (partners[i - 1]?.b === b) return;
      const shared = passageGroups.get(a)?.find((g) => passageGroups.get(b)?.includes(g));
      pairs.push({ a, b, score: round(score), quoteGroup: shared ?? null });
    });
  });
  return pairs;
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
