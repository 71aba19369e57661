// Engine: passages matching a query, ranked and grouped by article, over `SearchData` alone (no DOM, no article
// objects), so that it runs the same in a Web Worker (search.worker.ts) and on the page (search.ts).
import Fuse, { type IFuseOptions } from 'fuse.js';
import { WORD } from '../corpus/client.ts';
import type { Range } from '../corpus/types.ts';
import { extendedCandidates, type Postings } from './extended-candidates.ts';
import { alternativeScores } from './extended-syntax.ts';
import { termMatches, wordRuns, wordsAmong } from './highlight.ts';
import { parseQuery, THRESHOLD, type Query, type Term } from './query.ts';
import type { SearchData } from './search-data.ts';
import { wordGrams } from './word-grams.ts';
import { matchWords, prefixRange, type WordMatches } from './word-match.ts';

export interface SearchFilters {
  /** Article ids to search in; empty or absent: all. */
  articles?: readonly string[];
  /** Outlets to search in; empty or absent: all. */
  outlets?: readonly string[];
}

/** A matching passage, as plain numbers: it crosses `postMessage` as it is. */
export interface EngineHit {
  /** The passage number (see `SearchIndex`), its article's number, and its sentence's number in that article. */
  passage: number;
  article: number;
  sentence: number;
  /** Holds the whole query as typed (folded), as one phrase. */
  phrase: boolean;
  /** How many of the query's terms it holds. */
  termsMatched: number;
  /**
   * The terms' scores, averaged over the terms it holds: 0 for the word typed, 0.001 for a word it begins or an
   * inflection of it, 1 and the share of letters that differ for a close spelling.
   */
  score: number;
  /** Holds a term only as a close spelling (see word-match.ts): shown after the exact matches. */
  close: boolean;
}

/** One article's matching passages of one kind: exact, or close. */
export interface EngineGroup {
  article: number;
  close: boolean;
  hits: EngineHit[];
}

/** Passages, and the articles holding them. */
export interface Count {
  passages: number;
  articles: number;
}

export interface EngineResult {
  query: Query;
  /** Matching passages in all. */
  total: number;
  /** Articles holding a matching passage, in all. */
  articles: number;
  /** The exact matches and the close ones: an article holding both is a group of each. */
  exact: Count;
  close: Count;
  /**
   * The query as searched when a word of it is in no passage and a close spelling was taken for it ("lutnik" →
   * "lutnick"), folded; `null` when every word was searched as typed.
   */
  meant: string | null;
  /** The first groups (as many as asked for), exact ones first, best first, each with its passages, best first. */
  groups: EngineGroup[];
  /** Each article's matching passages with no filter: what choosing it, or its outlet, would give. */
  perArticle: Int32Array;
}

export interface Engine {
  /** The query's matches; `groups` caps the articles returned with their passages (the counts are always whole). */
  search(text: string, filters?: SearchFilters, groups?: number): EngineResult;
  /** What to highlight in a passage for a query: sorted, merged ranges of its article's text. */
  marker(query: Query): (passage: number) => Range[];
}

// Text and queries are folded (lower case already), so Fuse need not lower-case them again. Ranges are worked out
// per passage shown (`marker`), so the searches that rank need no match indices. Only the extended syntax is Fuse's:
// plain words match as word-match.ts says.
export const FUSE_OPTIONS: IFuseOptions<string> = {
  includeScore: true,
  ignoreLocation: true,
  isCaseSensitive: true,
  threshold: THRESHOLD,
  minMatchCharLength: 2,
};
export const EXTENDED: IFuseOptions<string> = { ...FUSE_OPTIONS, useExtendedSearch: true };

/** Passages, ascending, with a score each, as parallel arrays (a common word's passages are a third of the corpus). */
interface Scored {
  passages: Int32Array;
  scores: Float64Array;
}

/** Passages, ascending, each with its terms' scores summed and the terms it holds. */
interface Held {
  passages: Int32Array;
  sums: Float64Array;
  terms: Uint8Array;
}

/** Matching passages, as held, with what else `EngineHit` says of each, and their ranks. */
interface Ranked extends Held {
  phrases: Uint8Array;
  closes: Uint8Array;
  ranks: Float64Array;
}

/** A term's score at and above which it is held only as a close spelling (see `EngineHit.score`). */
const CLOSE = 1;

/** Typed words whose matches are kept, at most: enough for a typed query and its prefixes. */
const MATCH_ENTRIES = 1_000;

/** Whether a term is one word of the index, as typed: not a phrase, nor a word with a sign ("$5", "u.s."). */
const isWord = (term: Term) => term.words.length === 1 && term.words[0] === term.text;

/** Cached passages of words, at most this many entries in all: enough for a typed query and its prefixes. */
const CACHE_ENTRIES = 4_000_000;

export function createEngine(data: SearchData): Engine {
  const { texts, norms, firstPassage, starts, offsets } = data;
  const passageCount = texts.length;
  const articleCount = firstPassage.length - 1;
  const articleOf = new Int32Array(passageCount);
  for (let a = 0; a < articleCount; a++) articleOf.fill(a, firstPassage[a], firstPassage[a + 1]);
  const grams = wordGrams(data.words);
  const index: Postings = {
    grams,
    texts,
    postingStarts: data.postingStarts,
    postings: data.postings,
    passages: passageCount,
  };

  // Per-passage scratch, reused by every search: typed arrays, not Maps of objects, since a common word matches a
  // third of all passages and the collector would then stall typing. `marks` holds a bit per passage for each score
  // level of a word's near words (see `passagesNear`), zero between searches; `ones` the terms held by passages of
  // one term; the others the passages a search finds and ranks, until the next one.
  const blocks = (passageCount + 31) >>> 5;
  let marks = new Int32Array(0);
  const ones = new Uint8Array(passageCount).fill(1);
  const found = new Int32Array(passageCount);
  const foundScores = new Float64Array(passageCount);
  const counts = new Uint8Array(passageCount);
  const phrases = new Uint8Array(passageCount);
  const closes = new Uint8Array(passageCount);
  const ranks = new Float64Array(passageCount);
  const perArticle = new Int32Array(articleCount);

  const cache = new Map<string, Scored>();
  let cached = 0;

  /** The words a typed word matches (word-match.ts), and the sets of them to mark, kept for the next keystrokes. */
  const matches = new Map<string, { words: WordMatches; exact: Set<string>; close: Set<string> }>();
  const passagesOf = (id: number) => (data.postingStarts[id + 1] ?? 0) - (data.postingStarts[id] ?? 0);
  function matchesOf(word: string) {
    let found = matches.get(word);
    if (found === undefined) {
      // A one-letter word, only ever part of a longer term ("$5.58"), matches itself alone: its prefixes are half
      // the vocabulary, and the term is then looked for in the passage text.
      const [from, to] = prefixRange(data.words, word);
      const words: WordMatches =
        word.length < 2
          ? {
              exact: Int32Array.of(...(data.words[from] === word && from < to ? [from] : [])),
              close: new Int32Array(0),
              errors: new Int32Array(0),
              meant: null,
            }
          : matchWords(grams, word, passagesOf);
      const spelled = (ids: Int32Array) => new Set(Array.from(ids, (id) => data.words[id] ?? ''));
      found = { words, exact: spelled(words.exact), close: spelled(words.close) };
      if (matches.size >= MATCH_ENTRIES) matches.clear();
      matches.set(word, found);
    }
    return found;
  }

  /** The query with each word in no passage replaced by the close spelling taken for it; `null` if none was. */
  function meantQuery(query: Extract<Query, { kind: 'plain' }>): string | null {
    let respelled = false;
    const texts = query.terms.map((t) =>
      t.text.replace(WORD, (word) => {
        const { meant } = matchesOf(word).words;
        respelled ||= meant !== null;
        return meant ?? word;
      }),
    );
    return respelled ? texts.join(' ') : null;
  }

  /** Passages holding a word `word` matches, each with the best score of the words it holds (see `EngineHit`). */
  function passagesNear(word: string): Scored {
    const hit = cache.get(word);
    if (hit) return hit;
    const { words: m } = matchesOf(word);
    const meant = m.meant ?? word;
    const near = {
      ids: Int32Array.from([...m.exact, ...m.close]),
      scores: Float64Array.from([
        ...Array.from(m.exact, (id) => (data.words[id] === meant ? 0 : 0.001)),
        ...Array.from(m.errors, (errors) => CLOSE + errors / word.length),
      ]),
    };
    // A word's score is one of a few (an error count each): its passages are marked in that level's bits, so that the
    // marks of a common word's half a million postings stay in the processor's cache, and one sweep over the bits
    // reads the passages out in order, each with its best level, where sorting them or sweeping a byte per passage
    // took most of a keystroke at 10,000 articles.
    const distinct = [...new Set(near.scores)].sort((a, b) => a - b);
    if (marks.length < distinct.length * blocks) marks = new Int32Array(distinct.length * blocks);
    for (let w = 0; w < near.ids.length; w++) {
      const id = near.ids[w] ?? 0;
      const at = distinct.indexOf(near.scores[w] ?? 1) * blocks;
      const end = data.postingStarts[id + 1] ?? 0;
      for (let i = data.postingStarts[id] ?? 0; i < end; i++) {
        const p = data.postings[i] ?? 0;
        const k = at + (p >>> 5);
        marks[k] = (marks[k] ?? 0) | (1 << (p & 31));
      }
    }
    let n = 0;
    for (let b = 0; b < blocks; b++) {
      let any = 0;
      for (let l = 0; l < distinct.length; l++) any |= marks[l * blocks + b] ?? 0;
      for (; any !== 0; any &= any - 1) {
        const bit = any & -any;
        let l = 0;
        while (((marks[l * blocks + b] ?? bit) & bit) === 0) l++;
        found[n] = (b << 5) | (31 - Math.clz32(bit));
        foundScores[n++] = distinct[l] ?? 1;
      }
      for (let l = 0; l < distinct.length; l++) marks[l * blocks + b] = 0;
    }
    const result = { passages: found.slice(0, n), scores: foundScores.slice(0, n) };
    if (cached > CACHE_ENTRIES) {
      cache.clear();
      cached = 0;
    }
    cache.set(word, result);
    cached += n;
    return result;
  }

  /** Passages in both, scored by the mean of their two scores: both lists are ascending, so one walk merges them. */
  function intersect(a: Scored, b: Scored): Scored {
    const passages = new Int32Array(Math.min(a.passages.length, b.passages.length));
    const scores = new Float64Array(passages.length);
    let n = 0;
    for (let i = 0, j = 0; i < a.passages.length && j < b.passages.length;) {
      const p = a.passages[i] ?? 0;
      const q = b.passages[j] ?? 0;
      if (p < q) i++;
      else if (q < p) j++;
      else {
        passages[n] = p;
        scores[n++] = ((a.scores[i++] ?? 1) + (b.scores[j++] ?? 1)) / 2;
      }
    }
    return { passages: passages.slice(0, n), scores: scores.slice(0, n) };
  }

  /**
   * Passages holding a term: every word of it near a word of theirs. A term that is more than one bare word
   * ("$5.58", "7-10", a quoted phrase) is then looked for in the passage text itself: an exact match if it is there
   * as typed or its words are side by side, a close one if some of them are close spellings.
   */
  function termPassages(term: Term): Scored {
    let found: Scored | null = null;
    for (const word of term.words)
      found = found === null ? passagesNear(word) : intersect(found, passagesNear(word));
    if (found === null) return { passages: new Int32Array(0), scores: new Float64Array(0) };
    if (isWord(term)) return found;
    const passages: number[] = [];
    const scores: number[] = [];
    const words = term.words.map(matchesOf);
    for (const p of found.passages) {
      const text = texts[p] ?? '';
      if (text.includes(term.text)) {
        passages.push(p);
        scores.push(0);
        continue;
      }
      // Its words side by side, each as it matches alone: scored by the share of them spelled differently.
      const runs = wordRuns(text, words);
      if (runs.length === 0) continue;
      const close = Math.min(...runs.map(([, , n]) => n));
      passages.push(p);
      scores.push(close === 0 ? 0.001 : CLOSE + close / term.words.length);
    }
    return { passages: Int32Array.from(passages), scores: Float64Array.from(scores) };
  }

  let lastFilters = '';
  let lastAllowed: Uint8Array | null = null;
  /** Articles the filters let through, one byte each; `null` for all. Kept for the next keystroke. */
  function allowedArticles(filters: SearchFilters): Uint8Array | null {
    const key = JSON.stringify([filters.articles ?? [], filters.outlets ?? []]);
    if (key === lastFilters) return lastAllowed;
    const ids = new Set(filters.articles ?? []);
    const outlets = new Set(filters.outlets ?? []);
    lastFilters = key;
    lastAllowed = null;
    if (ids.size > 0 || outlets.size > 0) {
      lastAllowed = Uint8Array.from(data.ids, (id, a) =>
        (ids.size === 0 || ids.has(id)) && (outlets.size === 0 || outlets.has(data.outlets[a] ?? '')) ? 1 : 0,
      );
    }
    return lastAllowed;
  }

  /**
   * Ranks the passages holding the query's terms: exact matches before close ones (see word-match.ts), then the
   * phrase, then more terms held, then closeness, then shorter.
   */
  function plain(query: Extract<Query, { kind: 'plain' }>, allowed: Uint8Array | null): Ranked {
    // A term found nowhere ("militray" while "dom" is typed) adds nothing to any passage.
    const lists = query.terms.map(termPassages).filter((l) => l.passages.length > 0);
    let held: Held = { passages: new Int32Array(0), sums: new Float64Array(0), terms: new Uint8Array(0) };
    for (const list of lists) held = united(held, list);
    countPerArticle(held.passages);
    if (allowed !== null) held = allowedOnly(held, allowed);
    const { passages, sums, terms } = held;
    const { phrase } = query;
    const all = query.terms.length;
    for (let i = 0; i < passages.length; i++) {
      const p = passages[i] ?? 0;
      const count = terms[i] ?? 0;
      const isPhrase = phrase !== null && count === all && (texts[p] ?? '').includes(phrase);
      // Exact scores are at most 0.001 a term, a close one at least 1: the sum tells whether any term is close.
      const isClose = (sums[i] ?? 0) >= CLOSE;
      phrases[i] = isPhrase ? 1 : 0;
      closes[i] = isClose ? 1 : 0;
      ranks[i] =
        (isClose ? 1 : 0) * 10_000 +
        (isPhrase ? 0 : 1) * 1000 +
        (all - count) * 10 +
        ((sums[i] ?? 0) / count) * 2 -
        (norms[p] ?? 0) * 0.01;
    }
    return {
      ...held,
      phrases: phrases.subarray(0, passages.length),
      closes: closes.subarray(0, passages.length),
      ranks: ranks.subarray(0, passages.length),
    };
  }

  /** Each article's matching passages, into `perArticle`, before the filters apply. */
  function countPerArticle(passages: Int32Array) {
    perArticle.fill(0);
    for (const p of passages) {
      const a = articleOf[p] ?? 0;
      perArticle[a] = (perArticle[a] ?? 0) + 1;
    }
  }

  /** The passages held whose articles the filters allow. */
  function allowedOnly({ passages, sums, terms }: Held, allowed: Uint8Array): Held {
    const keep = (_: number, i: number) => allowed[articleOf[passages[i] ?? 0] ?? 0] === 1;
    return { passages: passages.filter(keep), sums: sums.filter(keep), terms: terms.filter(keep) };
  }

  /**
   * The passages held so far or in one more term's list: both ascending, so one walk merges them, in order, where
   * marking them among all passages took a sweep over all of them. The first list is taken as it is (most keystrokes),
   * the others merged into the scratch, unless what is held is there already (from a third term on).
   */
  function united(held: Held, { passages, scores }: Scored): Held {
    if (held.passages.length === 0)
      return { passages, sums: scores, terms: ones.subarray(0, passages.length) };
    const size = held.passages.length + passages.length;
    const out: Held =
      held.passages.buffer === found.buffer
        ? { passages: new Int32Array(size), sums: new Float64Array(size), terms: new Uint8Array(size) }
        : { passages: found, sums: foundScores, terms: counts };
    let n = 0;
    let i = 0;
    let j = 0;
    while (i < held.passages.length || j < passages.length) {
      const p = i < held.passages.length ? (held.passages[i] ?? 0) : passageCount;
      const q = j < passages.length ? (passages[j] ?? 0) : passageCount;
      let sum = 0;
      let count = 0;
      if (p <= q) {
        sum = held.sums[i] ?? 0;
        count = held.terms[i++] ?? 0;
      }
      if (q <= p) {
        sum += scores[j++] ?? 1;
        count++;
      }
      out.passages[n] = Math.min(p, q);
      out.sums[n] = sum;
      out.terms[n++] = count;
    }
    return {
      passages: out.passages.subarray(0, n),
      sums: out.sums.subarray(0, n),
      terms: out.terms.subarray(0, n),
    };
  }

  /**
   * Fuse's extended search over the passages that could match (see extended-candidates.ts), each counted for its
   * article, those the filters allow kept. Fuse's own fuzzy matching: every match counts as exact.
   */
  function withOperators(query: Extract<Query, { kind: 'extended' }>, allowed: Uint8Array | null): Ranked {
    const candidates = extendedCandidates(index, query.fuse);
    const alternatives = alternativeScores(query.fuse);
    let n = 0;
    perArticle.fill(0);
    const consider = (p: number) => {
      const text = texts[p] ?? '';
      // The first alternative that matches gives the score; one whose candidates leave the passage out cannot.
      let score: number | null = null;
      for (let i = 0; i < alternatives.length && score === null; i++) {
        const possible = candidates.alternatives[i];
        if (possible === null || possible?.[p] === 1) score = alternatives[i]?.(text) ?? null;
      }
      if (score === null) return;
      const article = articleOf[p] ?? 0;
      perArticle[article] = (perArticle[article] ?? 0) + 1;
      if (allowed !== null && allowed[article] === 0) return;
      // As Fuse: the score raised to the passage's field-length norm; it orders by score, then by position in the
      // list, which is passage order: so do the ranks.
      found[n] = p;
      foundScores[n++] = Math.pow(score, norms[p] ?? 1);
    };
    if (candidates.passages === null) for (let p = 0; p < passageCount; p++) consider(p);
    else candidates.passages.forEach(consider);
    const scores = foundScores.subarray(0, n);
    return {
      passages: found.subarray(0, n),
      sums: scores,
      terms: ones.subarray(0, n),
      phrases: phrases.fill(0, 0, n).subarray(0, n),
      closes: closes.fill(0, 0, n).subarray(0, n),
      ranks: scores,
    };
  }

  /**
   * Groups the ranked passages by article and kind (exact, close), best first, the first `limit` groups with their
   * hits. The passages are ascending, so an article's are side by side: each article is a run of them, and each kind
   * of it the run's passages of that kind. Close passages rank after every exact one, so their groups come last.
   */
  function grouped(
    ranked: Ranked,
    limit: number,
  ): Omit<EngineResult, 'query' | 'total' | 'meant' | 'perArticle'> {
    const { passages, ranks, closes: close } = ranked;
    const before = (i: number, j: number) => (ranks[i] ?? 0) - (ranks[j] ?? 0) || i - j;
    // Per group: where its article's run starts and ends, its kind, and its best passage.
    const runs: number[] = [];
    const ends: number[] = [];
    const kinds: number[] = [];
    const bests: number[] = [];
    let articles = 0;
    const exact = { passages: 0, articles: 0 };
    const closeCount = { passages: 0, articles: 0 };
    for (let i = 0; i < passages.length;) {
      const end = firstPassage[(articleOf[passages[i] ?? 0] ?? 0) + 1] ?? 0;
      const from = i;
      const best = [-1, -1];
      // A later passage comes first only by a lower rank.
      for (; i < passages.length && (passages[i] ?? 0) < end; i++) {
        const kind = close[i] ?? 0;
        const at = best[kind] ?? -1;
        if (at === -1 || (ranks[i] ?? 0) < (ranks[at] ?? 0)) best[kind] = i;
        (kind === 1 ? closeCount : exact).passages++;
      }
      articles++;
      best.forEach((b, kind) => {
        if (b === -1) return;
        runs.push(from);
        ends.push(i);
        kinds.push(kind);
        bests.push(b);
        (kind === 1 ? closeCount : exact).articles++;
      });
    }
    const first = firstArticles(
      bests.map((_, r) => r),
      limit,
      (r, s) => before(bests[r] ?? 0, bests[s] ?? 0),
    );
    const groups = first.map((r) => {
      const hits: number[] = [];
      for (let i = runs[r] ?? 0; i < (ends[r] ?? 0); i++) if (close[i] === kinds[r]) hits.push(i);
      const article = articleOf[passages[runs[r] ?? 0] ?? 0] ?? 0;
      return {
        article,
        close: kinds[r] === 1,
        hits: hits.sort(before).map((i) => engineHit(ranked, i, article)),
      };
    });
    return { articles, exact, close: closeCount, groups };
  }

  const engineHit = (ranked: Ranked, i: number, a: number): EngineHit => ({
    passage: ranked.passages[i] ?? 0,
    article: a,
    sentence: (ranked.passages[i] ?? 0) - (firstPassage[a] ?? 0),
    phrase: ranked.phrases[i] === 1,
    termsMatched: ranked.terms[i] ?? 0,
    // The mean of its terms' scores, as ranked.
    score: (ranked.sums[i] ?? 0) / (ranked.terms[i] ?? 1),
    close: ranked.closes[i] === 1,
  });

  /** Where each unit of a passage's search text is in its article's text: the index left invisible characters out. */
  const position = (p: number) => {
    const start = starts[p] ?? 0;
    const at = offsets[p];
    const length = (texts[p] ?? '').length;
    return (i: number) => (i < 0 || i >= length ? undefined : (at ? (at[i] ?? 0) : i) + start);
  };

  function marker(query: Query): (passage: number) => Range[] {
    if (query.kind === 'empty') return () => [];
    if (query.kind === 'extended') {
      return (p) => {
        const [result] = new Fuse([texts[p] ?? ''], { ...EXTENDED, includeMatches: true }).search(query.fuse);
        return merge(
          result?.matches?.flatMap((m) => m.indices.map(([s, e]) => [s, e] as const)) ?? [],
          position(p),
        );
      };
    }
    // A word typed is marked where a word it matches is, whole, and nowhere else: its exact matches, or where a
    // passage has none, its close ones (a passage counts as exact for the word if it has one, see `passagesNear`).
    // A longer term is marked where it is found.
    const marks = query.terms.map((t) => {
      if (!isWord(t)) {
        const words = t.words.map(matchesOf);
        return (folded: string): (readonly [number, number])[] => {
          const found = termMatches(t, folded);
          if (found.length > 0) return found;
          const runs = wordRuns(folded, words);
          const exact = runs.filter(([, , close]) => close === 0);
          return (exact.length > 0 ? exact : runs).map(([s, e]) => [s, e] as const);
        };
      }
      const { exact, close } = matchesOf(t.text);
      return (folded: string) => {
        const found = wordsAmong(folded, exact);
        return found.length > 0 ? found : wordsAmong(folded, close);
      };
    });
    return (p) => {
      const folded = texts[p] ?? '';
      const found: (readonly [number, number])[] = marks.flatMap((mark) => mark(folded));
      const at = query.phrase === null ? -1 : folded.indexOf(query.phrase);
      if (at !== -1 && query.phrase !== null) found.push([at, at + query.phrase.length - 1]);
      return merge(found, position(p));
    };
  }

  return {
    search(text, filters = {}, limit = Infinity) {
      const query = parseQuery(text);
      if (query.kind === 'empty') {
        const none = { passages: 0, articles: 0 };
        return {
          query,
          total: 0,
          articles: 0,
          exact: none,
          close: none,
          meant: null,
          groups: [],
          perArticle: new Int32Array(articleCount),
        };
      }
      const allowed = allowedArticles(filters);
      const ranked = query.kind === 'plain' ? plain(query, allowed) : withOperators(query, allowed);
      return {
        query,
        total: ranked.passages.length,
        meant: query.kind === 'plain' ? meantQuery(query) : null,
        perArticle: perArticle.slice(),
        ...grouped(ranked, limit),
      };
    },
    marker,
  };
}

/**
 * The first `limit` of `items` in `order`, sorted. A page of twenty articles out of thousands is kept in a short
 * sorted list as they go by rather than sorting them all, which took most of a keystroke at 10,000 articles.
 */
export function firstArticles(
  items: readonly number[],
  limit: number,
  order: (a: number, b: number) => number,
): number[] {
  if (limit >= items.length) return [...items].sort(order);
  const kept: number[] = [];
  for (const item of items) {
    const last = kept[kept.length - 1];
    if (kept.length === limit && last !== undefined && order(item, last) >= 0) continue;
    let at = kept.length;
    while (at > 0 && order(item, kept[at - 1] ?? 0) < 0) at--;
    kept.splice(at, 0, item);
    if (kept.length > limit) kept.pop();
  }
  return kept;
}

/** Inclusive `[start, end]` pairs of a passage's search text as sorted, merged article ranges. */
function merge(
  pairs: readonly (readonly [number, number])[],
  at: (i: number) => number | undefined,
): Range[] {
  const sorted = pairs
    .flatMap(([s, e]) => {
      const start = at(s);
      const last = at(e);
      return start === undefined || last === undefined ? [] : [{ start, end: last + 1 }];
    })
    .sort((a, b) => a.start - b.start);
  const merged: Range[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push(r);
  }
  return merged;
}
