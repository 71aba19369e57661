// Search: passages matching a query, ranked and grouped by article, with the ranges to highlight.
import Fuse, { type IFuseOptions } from 'fuse.js';
import { searchOffsets } from '../corpus/fold.ts';
import { passages, type PassageRef } from '../corpus/search-index.ts';
import type { Article, Corpus, Range } from '../corpus/types.ts';
import { termMatches } from './highlight.ts';
import { parseQuery, THRESHOLD, type Query, type Term } from './query.ts';

export interface SearchFilters {
  /** Article ids to search in; empty or absent: all. */
  articles?: readonly string[];
  /** Outlets to search in; empty or absent: all. */
  outlets?: readonly string[];
}

export interface PassageHit extends PassageRef {
  /** The passage number (see `SearchIndex`). */
  passage: number;
  /** What to highlight: ranges of the article's text, in order, not overlapping (worked out when first read). */
  readonly ranges: Range[];
  /** Holds the whole query as typed (folded), as one phrase. */
  phrase: boolean;
  /** How many of the query's terms it holds. */
  termsMatched: number;
  /** 0 (exact) to 1: the share of a term's characters that differ, averaged over the terms it holds. */
  score: number;
}

export interface ArticleHits {
  article: Article;
  hits: PassageHit[];
}

export interface SearchResult {
  query: Query;
  /** Articles with a matching passage, best first; each article's passages best first. */
  groups: ArticleHits[];
  /** Matching passages in all. */
  total: number;
}

// Text and queries are folded (lower case already), so Fuse need not lower-case them again.
const FUSE_OPTIONS: IFuseOptions<string> = {
  includeMatches: true,
  includeScore: true,
  ignoreLocation: true,
  isCaseSensitive: true,
  threshold: THRESHOLD,
  minMatchCharLength: 2,
};

/** Best (lowest) score per passage. */
type Scores = Map<number, number>;

function intersect(a: Scores, b: Scores): Scores {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const out: Scores = new Map();
  small.forEach((score, p) => {
    const other = large.get(p);
    if (other !== undefined) out.set(p, (score + other) / 2);
  });
  return out;
}

/**
 * A search function over one corpus; build it once, call it on every keystroke.
 *
 * Plain queries: Fuse matches each word of the query, typos and all, against the corpus's distinct words (a few
 * thousand, where passages are tens of thousands); the word index then gives the passages holding those words. A
 * term that is more than one bare word ("$5.58", "7-10", a quoted phrase) is checked in the passage text itself.
 * Queries in Fuse's extended syntax run Fuse over every passage, as Fuse defines those operators on whole text.
 */
export function createSearch(
  corpus: Pick<Corpus, 'articles' | 'search'>,
): (query: string, filters?: SearchFilters) => SearchResult {
  const refs = passages(corpus.articles);
  const texts = corpus.search.passages.records.map((r) => r.v);
  const norms = corpus.search.passages.records.map((r) => r.n);
  const words = new Fuse(
    corpus.search.words.records.map((r) => r.v),
    FUSE_OPTIONS,
    Fuse.parseIndex(corpus.search.words),
  );
  const extended = new Fuse(
    texts,
    { ...FUSE_OPTIONS, useExtendedSearch: true },
    Fuse.parseIndex(corpus.search.passages),
  );
  const wordCache = new Map<string, Scores>();

  /** Where each unit of a passage's search text is in its article's text: the index left invisible characters out. */
  function positions(passage: number): number[] {
    const ref = refs[passage];
    const article = ref && corpus.articles[ref.article];
    const sentence = ref && article?.sentences[ref.sentence];
    if (!article || !sentence) return [];
    return searchOffsets(article.text.slice(sentence.start, sentence.end)).map((i) => i + sentence.start);
  }
  const wordList = corpus.search.words.records.map((r) => r.v);

  /** The one index word equal to `word`, as a Fuse-like result, by binary search of the sorted words. */
  function exactWord(word: string): { refIndex: number; score: number }[] {
    let low = 0;
    let high = wordList.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((wordList[mid] ?? '') < word) low = mid + 1;
      else high = mid;
    }
    return wordList[low] === word ? [{ refIndex: low, score: 0 }] : [];
  }

  /** Passages holding a word near `word` (a one-letter word: that word), each with the closest word's Fuse score. */
  function passagesNear(word: string): Scores {
    const cached = wordCache.get(word);
    if (cached) return cached;
    const scores: Scores = new Map();
    const near = word.length > 1 ? words.search(word) : exactWord(word);
    for (const { refIndex, score = 1 } of near) {
      for (const p of corpus.search.postings[refIndex] ?? []) {
        const best = scores.get(p);
        if (best === undefined || score < best) scores.set(p, score);
      }
    }
    if (wordCache.size > 500) wordCache.clear();
    wordCache.set(word, scores);
    return scores;
  }

  function termPassages(term: Term): Scores {
    let found: Scores | null = null;
    for (const word of term.words)
      found = found === null ? passagesNear(word) : intersect(found, passagesNear(word));
    if (found === null) return new Map();
    const bare = term.words.length === 1 && term.words[0] === term.text;
    if (bare) return found;
    const checked: Scores = new Map();
    for (const [p, score] of found) {
      const text = texts[p] ?? '';
      if (text.includes(term.text) || (term.maxErrors > 0 && termMatches(term, text).length > 0))
        checked.set(p, score);
    }
    return checked;
  }

  function allowedPassages(filters: SearchFilters): Set<number> | null {
    const ids = new Set(filters.articles ?? []);
    const outlets = new Set(filters.outlets ?? []);
    if (ids.size === 0 && outlets.size === 0) return null;
    const allowed = new Set<number>();
    refs.forEach((ref, p) => {
      const article = corpus.articles[ref.article];
      if (!article) return;
      if (ids.size > 0 && !ids.has(article.id)) return;
      if (outlets.size > 0 && !outlets.has(article.outlet ?? '')) return;
      allowed.add(p);
    });
    return allowed;
  }

  /** A hit whose ranges are worked out only if someone reads them: most hits are counted, not shown. */
  function hit(
    passage: number,
    termsMatched: number,
    score: number,
    phrase: boolean,
    mark: Marker,
  ): PassageHit | null {
    const ref = refs[passage];
    return ref ? new Hit(ref, passage, termsMatched, score, phrase, mark) : null;
  }

  // Per-passage accumulators, reused by every search: typed arrays, not a Map of objects, since a common name
  // can match a third of all passages.
  const sums = new Float64Array(texts.length);
  const counts = new Uint8Array(texts.length);
  const ranks = new Float64Array(texts.length);

  function plain(query: Extract<Query, { kind: 'plain' }>, allowed: Set<number> | null): PassageHit[] {
    const touched: number[] = [];
    for (const scores of query.terms.map(termPassages)) {
      // forEach, not for…of: destructuring each entry of a large Map allocates, and the collector then stalls typing.
      scores.forEach((score, p) => {
        if (allowed !== null && !allowed.has(p)) return;
        if (counts[p] === 0) touched.push(p);
        sums[p] = (sums[p] ?? 0) + score;
        counts[p] = (counts[p] ?? 0) + 1;
      });
    }
    const phrase = query.phrase;
    const terms = query.terms.length;
    const mark: Marker = (p) => {
      const folded = texts[p] ?? '';
      const marks = query.terms.flatMap((t) => termMatches(t, folded));
      const at = phrase === null ? -1 : folded.indexOf(phrase);
      if (at !== -1 && phrase !== null) marks.push([at, at + phrase.length - 1]);
      return merge(marks, positions(p));
    };
    // One number orders the hits: phrase first, then more terms held, then closeness, then shorter passages.
    const hits: PassageHit[] = [];
    for (const p of touched) {
      const count = counts[p] ?? 0;
      const score = (sums[p] ?? 0) / count;
      const isPhrase = phrase !== null && count === terms && (texts[p] ?? '').includes(phrase);
      sums[p] = 0;
      counts[p] = 0;
      const h = hit(p, count, score, isPhrase, mark);
      if (!h) continue;
      ranks[p] = (isPhrase ? 0 : 1) * 1000 + (terms - count) * 10 + score * 2 - (norms[p] ?? 0) * 0.01;
      hits.push(h);
    }
    return hits.sort((a, b) => (ranks[a.passage] ?? 0) - (ranks[b.passage] ?? 0) || a.passage - b.passage);
  }

  function withOperators(
    query: Extract<Query, { kind: 'extended' }>,
    allowed: Set<number> | null,
  ): PassageHit[] {
    return extended.search(query.fuse).flatMap((r) => {
      if (allowed !== null && !allowed.has(r.refIndex)) return [];
      const indices = r.matches?.flatMap((m) => m.indices.map(([s, e]): [number, number] => [s, e])) ?? [];
      return hit(r.refIndex, 1, r.score ?? 1, false, (p) => merge(indices, positions(p))) ?? [];
    });
  }

  return function search(text: string, filters: SearchFilters = {}): SearchResult {
    const query = parseQuery(text);
    if (query.kind === 'empty') return { query, groups: [], total: 0 };
    const allowed = allowedPassages(filters);
    const hits = query.kind === 'plain' ? plain(query, allowed) : withOperators(query, allowed);
    const groups = new Map<number, PassageHit[]>();
    for (const h of hits) {
      const list = groups.get(h.article);
      if (list) list.push(h);
      else groups.set(h.article, [h]);
    }
    return {
      query,
      total: hits.length,
      groups: [...groups].flatMap(([index, list]) => {
        const article = corpus.articles[index];
        return article ? [{ article, hits: list }] : [];
      }),
    };
  };
}

/** The ranges to highlight in one passage, by its number. */
type Marker = (passage: number) => Range[];

class Hit implements PassageHit {
  readonly article: number;
  readonly sentence: number;
  #ranges: Range[] | undefined;
  constructor(
    ref: PassageRef,
    readonly passage: number,
    readonly termsMatched: number,
    readonly score: number,
    readonly phrase: boolean,
    /** The query's marker, with the passages' folded texts and starts: one for all the hits of a search. */
    private readonly mark: Marker,
  ) {
    this.article = ref.article;
    this.sentence = ref.sentence;
  }
  get ranges(): Range[] {
    this.#ranges ??= this.mark(this.passage);
    return this.#ranges;
  }
}

/** Inclusive `[start, end]` pairs in a passage's search text as sorted, merged article ranges (see `positions`). */
function merge(pairs: [number, number][], at: readonly number[]): Range[] {
  const sorted = pairs
    .flatMap(([s, e]) => {
      const start = at[s];
      const last = at[e];
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
