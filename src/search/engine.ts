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

/** Passages with a score each, as parallel arrays (a common word's passages are a third of the corpus). */
interface Scored {
  passages: Int32Array;
  scores: Float64Array;
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

  // Per-passage and per-article scratch, reused by every search and left as found: typed arrays, not Maps of
  // objects, since a common word matches a third of all passages and the collector would then stall typing.
  const levels = new Uint8Array(passageCount);
  const touched = new Int32Array(passageCount);
  const sums = new Float64Array(passageCount);
  const counts = new Uint8Array(passageCount);
  const ranks = new Float64Array(passageCount);
  const phrases = new Uint8Array(passageCount);
  const articleBest = new Int32Array(articleCount).fill(-1);

  const cache = new Map<string, Scored>();
  let cached = 0;

  /**
   * The first `n` passages of `touched` in ascending order, so that the passes after read the per-passage arrays in
   * order: at 10,000 articles they hold 400,000 passages each, and visiting a third of them at random waited on
   * memory for most of a keystroke. A few are sorted; many are found by one sweep over the passages, which costs less.
   */
  function ascending(n: number, marked: (p: number) => boolean): Int32Array {
    if (n * 16 < passageCount) return touched.slice(0, n).sort();
    const out = new Int32Array(n);
    let k = 0;
    for (let p = 0; p < passageCount; p++) if (marked(p)) out[k++] = p;
    return out;
  }

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
    // A word's score is one of a few (an error count each): each passage keeps the rank of its best among them, one
    // byte, so that the marks of a common word's hundreds of thousands of passages stay in the processor's cache.
    const distinct = [...new Set(near.scores)].sort((a, b) => a - b);
    let n = 0;
    for (let w = 0; w < near.ids.length; w++) {
      const id = near.ids[w] ?? 0;
      const level = distinct.indexOf(near.scores[w] ?? 1) + 1;
      const end = data.postingStarts[id + 1] ?? 0;
      for (let i = data.postingStarts[id] ?? 0; i < end; i++) {
        const p = data.postings[i] ?? 0;
        const was = levels[p] ?? 0;
        if (was === 0) touched[n++] = p;
        if (was === 0 || level < was) levels[p] = level;
      }
    }
    const passages = ascending(n, (p) => levels[p] !== 0);
    const scores = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const p = passages[i] ?? 0;
      scores[i] = distinct[(levels[p] ?? 1) - 1] ?? 1;
      levels[p] = 0;
    }
    const found = { passages, scores };
    if (cached > CACHE_ENTRIES) {
      cache.clear();
      cached = 0;
    }
    cache.set(word, found);
    cached += n;
    return found;
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
  function plain(query: Extract<Query, { kind: 'plain' }>, allowed: Uint8Array | null): Int32Array {
    // A term found nowhere ("militray" while "dom" is typed) adds nothing to any passage.
    const lists = query.terms.map(termPassages).filter((l) => l.passages.length > 0);
    const sorted = lists.length <= 1 && allowed === null ? alone(lists[0]) : together(lists, allowed);
    const { phrase } = query;
    const terms = query.terms.length;
    for (const p of sorted) {
      const count = counts[p] ?? 0;
      const isPhrase = phrase !== null && count === terms && (texts[p] ?? '').includes(phrase);
      const score = (sums[p] ?? 0) / count;
      sums[p] = score;
      phrases[p] = isPhrase ? 1 : 0;
      ranks[p] = (isPhrase ? 0 : 1) * 1000 + (terms - count) * 10 + score * 2 - (norms[p] ?? 0) * 0.01;
    }
    return sorted;
  }

  /** The one found term's passages, unfiltered: already in order, each holding that term once (most keystrokes). */
  function alone(
    { passages, scores }: Scored = { passages: new Int32Array(0), scores: new Float64Array(0) },
  ) {
    for (let i = 0; i < passages.length; i++) {
      const p = passages[i] ?? 0;
      sums[p] = scores[i] ?? 1;
      counts[p] = 1;
    }
    return passages;
  }

  /** The passages holding any of the terms that the filters allow, with their summed scores and terms held. */
  function together(lists: readonly Scored[], allowed: Uint8Array | null): Int32Array {
    let n = 0;
    for (const { passages, scores } of lists) {
      for (let i = 0; i < passages.length; i++) {
        const p = passages[i] ?? 0;
        if (allowed !== null && allowed[articleOf[p] ?? 0] === 0) continue;
        if (counts[p] === 0) touched[n++] = p;
        sums[p] = (sums[p] ?? 0) + (scores[i] ?? 1);
        counts[p] = (counts[p] ?? 0) + 1;
      }
    }
    return ascending(n, (p) => counts[p] !== 0);
  }

  /** A passage matched by an extended query, with Fuse's score (its rank). */
  function mark(p: number, score: number) {
    sums[p] = score;
    counts[p] = 1;
    phrases[p] = 0;
    ranks[p] = score;
  }

  /** Fuse's extended search over the passages that could match (see extended-candidates.ts) that the filters allow. */
  function withOperators(
    query: Extract<Query, { kind: 'extended' }>,
    allowed: Uint8Array | null,
  ): Int32Array {
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
      mark(p, Math.pow(score, norms[p] ?? 1));
      touched[n++] = p;
    };
    if (candidates.passages === null) for (let p = 0; p < passageCount; p++) consider(p);
    else candidates.passages.forEach(consider);
    return touched.slice(0, n);
  }

  const before = (p: number, q: number) => (ranks[p] ?? 0) - (ranks[q] ?? 0) || p - q;

  /** Groups the ranked passages by article, best first, the first `limit` articles with their hits; resets scratch. */
  function grouped(touched: Int32Array, limit: number): { articles: number; groups: EngineGroup[] } {
    const articles: number[] = [];
    for (const p of touched) {
      const a = articleOf[p] ?? 0;
      const b = articleBest[a] ?? -1;
      if (b === -1) articles.push(a);
      if (b === -1 || before(p, b) < 0) articleBest[a] = p;
    }
    const bestOf = (a: number) => articleBest[a] ?? 0;
    const first = firstArticles(articles, limit, (a, b) => before(bestOf(a), bestOf(b)));
    const groups = first.map((a) => {
      const hits: number[] = [];
      for (let p = firstPassage[a] ?? 0; p < (firstPassage[a + 1] ?? 0); p++)
        if (counts[p] !== 0) hits.push(p);
      return { article: a, hits: hits.sort(before).map((p) => engineHit(p, a)) };
    });
    for (const a of articles) articleBest[a] = -1;
    for (const p of touched) {
      counts[p] = 0;
      sums[p] = 0;
    }
    return { articles: articles.length, groups };
  }

  const engineHit = (p: number, a: number): EngineHit => ({
    passage: p,
    article: a,
    sentence: p - (firstPassage[a] ?? 0),
    phrase: phrases[p] === 1,
    termsMatched: counts[p] ?? 0,
    score: sums[p] ?? 1,
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
      const touched = query.kind === 'plain' ? plain(query, allowed) : withOperators(query, allowed);
      return { query, total: touched.length, ...grouped(touched, limit) };
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
