// Engine: passages matching a query, ranked and grouped by article, over `SearchData` alone (no DOM, no article
// objects), so that it runs the same in a Web Worker (search.worker.ts) and on the page (search.ts).
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Range } from '../corpus/types.ts';
import { substringDistance } from './approximate.ts';
import { extendedCandidates, type Postings } from './extended-candidates.ts';
import { alternativeScores } from './extended-syntax.ts';
import { termMatches } from './highlight.ts';
import { maxErrors, parseQuery, THRESHOLD, type Query, type Term } from './query.ts';
import type { SearchData } from './search-data.ts';
import { nearWords, wordGrams, type NearWords } from './word-grams.ts';

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
  /** 0 (exact) to 1: the share of a term's characters that differ, averaged over the terms it holds. */
  score: number;
}

export interface EngineGroup {
  article: number;
  hits: EngineHit[];
}

export interface EngineResult {
  query: Query;
  /** Matching passages in all. */
  total: number;
  /** Articles holding a matching passage, in all. */
  articles: number;
  /** The first of those articles (as many as asked for), best first, each with all its matching passages, best first. */
  groups: EngineGroup[];
}

export interface Engine {
  /** The query's matches; `groups` caps the articles returned with their passages (the counts are always whole). */
  search(text: string, filters?: SearchFilters, groups?: number): EngineResult;
  /** What to highlight in a passage for a query: sorted, merged ranges of its article's text. */
  marker(query: Query): (passage: number) => Range[];
}

// Text and queries are folded (lower case already), so Fuse need not lower-case them again. Ranges are worked out
// per passage shown (`marker`), so the searches that rank need no match indices. Words near a term are scored as Fuse
// scores them with these options, without Fuse (`nearWords`, word-grams.ts).
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
  ranks: Float64Array;
}

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
  const ranks = new Float64Array(passageCount);

  const cache = new Map<string, Scored>();
  let cached = 0;

  /** The one index word equal to `word` (a one-letter word matches only itself), by binary search. */
  function exactWord(word: string): NearWords {
    let low = 0;
    let high = data.words.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((data.words[mid] ?? '') < word) low = mid + 1;
      else high = mid;
    }
    const found = data.words[low] === word;
    return { ids: Int32Array.of(...(found ? [low] : [])), scores: Float64Array.of(...(found ? [0] : [])) };
  }

  /** Passages holding a word near `word`, each with the closest word's score. */
  function passagesNear(word: string): Scored {
    const hit = cache.get(word);
    if (hit) return hit;
    const near = word.length < 2 ? exactWord(word) : nearWords(grams, word, maxErrors(word));
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
   * ("$5.58", "7-10", a quoted phrase) is then checked in the passage text itself.
   */
  function termPassages(term: Term): Scored {
    let found: Scored | null = null;
    for (const word of term.words)
      found = found === null ? passagesNear(word) : intersect(found, passagesNear(word));
    if (found === null) return { passages: new Int32Array(0), scores: new Float64Array(0) };
    if (term.words.length === 1 && term.words[0] === term.text) return found;
    const passages: number[] = [];
    const scores: number[] = [];
    const distance = term.maxErrors > 0 ? substringDistance(term.text) : null;
    found.passages.forEach((p, i) => {
      const text = texts[p] ?? '';
      if (
        text.includes(term.text) ||
        (distance?.(text, term.maxErrors, true) ?? Infinity) <= term.maxErrors
      ) {
        passages.push(p);
        scores.push(found.scores[i] ?? 1);
      }
    });
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

  /** Ranks the passages holding the query's terms: phrase first, then more terms held, then closeness, then shorter. */
  function plain(query: Extract<Query, { kind: 'plain' }>, allowed: Uint8Array | null): Ranked {
    // A term found nowhere ("militray" while "dom" is typed) adds nothing to any passage.
    const lists = query.terms.map(termPassages).filter((l) => l.passages.length > 0);
    let held: Held = { passages: new Int32Array(0), sums: new Float64Array(0), terms: new Uint8Array(0) };
    for (const list of lists) held = united(held, allowed === null ? list : allowedOnly(list, allowed));
    const { passages, sums, terms } = held;
    const { phrase } = query;
    const all = query.terms.length;
    for (let i = 0; i < passages.length; i++) {
      const p = passages[i] ?? 0;
      const count = terms[i] ?? 0;
      const isPhrase = phrase !== null && count === all && (texts[p] ?? '').includes(phrase);
      phrases[i] = isPhrase ? 1 : 0;
      ranks[i] =
        (isPhrase ? 0 : 1) * 1000 +
        (all - count) * 10 +
        ((sums[i] ?? 0) / count) * 2 -
        (norms[p] ?? 0) * 0.01;
    }
    return {
      ...held,
      phrases: phrases.subarray(0, passages.length),
      ranks: ranks.subarray(0, passages.length),
    };
  }

  /** The passages of a list whose articles the filters allow. */
  function allowedOnly({ passages, scores }: Scored, allowed: Uint8Array): Scored {
    const keep = (p: number) => allowed[articleOf[p] ?? 0] === 1;
    return { passages: passages.filter(keep), scores: scores.filter((_, i) => keep(passages[i] ?? 0)) };
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

  /** Fuse's extended search over the passages that could match (see extended-candidates.ts) that the filters allow. */
  function withOperators(query: Extract<Query, { kind: 'extended' }>, allowed: Uint8Array | null): Ranked {
    const candidates = extendedCandidates(index, query.fuse);
    const alternatives = alternativeScores(query.fuse);
    let n = 0;
    const consider = (p: number) => {
      if (allowed !== null && allowed[articleOf[p] ?? 0] === 0) return;
      const text = texts[p] ?? '';
      // The first alternative that matches gives the score; one whose candidates leave the passage out cannot.
      let score: number | null = null;
      for (let i = 0; i < alternatives.length && score === null; i++) {
        const possible = candidates.alternatives[i];
        if (possible === null || possible?.[p] === 1) score = alternatives[i]?.(text) ?? null;
      }
      if (score === null) return;
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
      ranks: scores,
    };
  }

  /**
   * Groups the ranked passages by article, best first, the first `limit` articles with their hits. The passages are
   * ascending, so an article's are side by side: each article is a run of them.
   */
  function grouped(ranked: Ranked, limit: number): { articles: number; groups: EngineGroup[] } {
    const { passages, ranks } = ranked;
    const before = (i: number, j: number) => (ranks[i] ?? 0) - (ranks[j] ?? 0) || i - j;
    const runs: number[] = [];
    const bests: number[] = [];
    for (let i = 0; i < passages.length;) {
      const end = firstPassage[(articleOf[passages[i] ?? 0] ?? 0) + 1] ?? 0;
      let best = i;
      runs.push(i);
      // A later passage comes first only by a lower rank.
      for (i++; i < passages.length && (passages[i] ?? 0) < end; i++)
        if ((ranks[i] ?? 0) < (ranks[best] ?? 0)) best = i;
      bests.push(best);
    }
    runs.push(passages.length);
    const first = firstArticles(
      bests.map((_, r) => r),
      limit,
      (r, s) => before(bests[r] ?? 0, bests[s] ?? 0),
    );
    const groups = first.map((r) => {
      const hits: number[] = [];
      for (let i = runs[r] ?? 0; i < (runs[r + 1] ?? 0); i++) hits.push(i);
      const article = articleOf[passages[runs[r] ?? 0] ?? 0] ?? 0;
      return { article, hits: hits.sort(before).map((i) => engineHit(ranked, i, article)) };
    });
    return { articles: bests.length, groups };
  }

  const engineHit = (ranked: Ranked, i: number, a: number): EngineHit => ({
    passage: ranked.passages[i] ?? 0,
    article: a,
    sentence: (ranked.passages[i] ?? 0) - (firstPassage[a] ?? 0),
    phrase: ranked.phrases[i] === 1,
    termsMatched: ranked.terms[i] ?? 0,
    // The mean of its terms' scores, as ranked.
    score: (ranked.sums[i] ?? 0) / (ranked.terms[i] ?? 1),
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
    return (p) => {
      const folded = texts[p] ?? '';
      const marks: (readonly [number, number])[] = query.terms.flatMap((t) => termMatches(t, folded));
      const at = query.phrase === null ? -1 : folded.indexOf(query.phrase);
      if (at !== -1 && query.phrase !== null) marks.push([at, at + query.phrase.length - 1]);
      return merge(marks, position(p));
    };
  }

  return {
    search(text, filters = {}, limit = Infinity) {
      const query = parseQuery(text);
      if (query.kind === 'empty') return { query, total: 0, articles: 0, groups: [] };
      const allowed = allowedArticles(filters);
      const ranked = query.kind === 'plain' ? plain(query, allowed) : withOperators(query, allowed);
      return { query, total: ranked.passages.length, ...grouped(ranked, limit) };
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
