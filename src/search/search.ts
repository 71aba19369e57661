// Search: passages matching a query, ranked and grouped by article, with the exact ranges to highlight.
import Fuse, { type FuseResult, type IFuseOptions } from 'fuse.js';
import { passages, WORD_CHAR, type PassageRef } from '../corpus/search-index.ts';
import type { Article, Corpus, Range } from '../corpus/types.ts';
import { termMatches } from './highlight.ts';
import { createPrefilter } from './prefilter.ts';
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
  /** What to highlight: ranges of the article's text, in order, not overlapping. */
  ranges: Range[];
  /** Holds the whole query as typed (folded), as one phrase. */
  phrase: boolean;
  /** How many of the query's terms it holds. */
  termsMatched: number;
  /** Fuse's score, 0 (exact) to 1, averaged over the terms it holds. */
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

// Text and queries are folded (lower case already), so Fuse need not lower-case every passage on every search.
const FUSE_OPTIONS: IFuseOptions<string> = {
  includeMatches: true,
  includeScore: true,
  ignoreLocation: true,
  isCaseSensitive: true,
  threshold: THRESHOLD,
  minMatchCharLength: 2,
};

function intersect(a: ReadonlySet<number>, b: ReadonlySet<number>): Set<number> {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const out = new Set<number>();
  for (const x of small) if (large.has(x)) out.add(x);
  return out;
}

const isWordChar = (c: string) => WORD_CHAR.test(c);

/** Fuse's inclusive `[start, end]` pairs in a passage as article ranges, widened to whole words, merged. */
function toRanges(indices: readonly (readonly [number, number])[], folded: string, offset: number): Range[] {
  const widened = indices
    .map(([start, end]) => {
      let s = start;
      let e = end + 1;
      while (s > 0 && isWordChar(folded.charAt(s - 1)) && isWordChar(folded.charAt(s))) s--;
      while (e < folded.length && isWordChar(folded.charAt(e)) && isWordChar(folded.charAt(e - 1))) e++;
      return { start: s, end: e };
    })
    .sort((a, b) => a.start - b.start);
  const merged: Range[] = [];
  for (const r of widened) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged.map((r) => ({ start: r.start + offset, end: r.end + offset }));
}

interface TermHit {
  score: number;
  indices: (readonly [number, number])[];
}

/** A search function over one corpus; build it once, call it on every keystroke. */
export function createSearch(corpus: Corpus): (query: string, filters?: SearchFilters) => SearchResult {
  const refs = passages(corpus.articles);
  const { records } = corpus.search.fuse;
  const docs = records.map((r) => r.v);
  const recordOf = new Map(records.map((r) => [r.i, r]));
  const everything = new Fuse(docs, FUSE_OPTIONS, Fuse.parseIndex(corpus.search.fuse));
  const extended = new Fuse(
    docs,
    { ...FUSE_OPTIONS, useExtendedSearch: true },
    Fuse.parseIndex(corpus.search.fuse),
  );
  const prefilter = createPrefilter(corpus.search);

  /** Fuse's results for `pattern` over the given passages only (all of them when `subset` is null). */
  function fuseOver(pattern: string, subset: ReadonlySet<number> | null): FuseResult<string>[] {
    if (subset === null) return everything.search(pattern);
    const chosen = [...subset].sort((a, b) => a - b).flatMap((p) => recordOf.get(p) ?? []);
    return new Fuse(docs, FUSE_OPTIONS, Fuse.parseIndex({ keys: [], records: chosen })).search(pattern);
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

  /** The passages that may hold a term: those holding a near form of each of its words. */
  function candidates(term: Term, allowed: Set<number> | null): Set<number> | null {
    let set = allowed;
    for (const word of term.words) {
      const holding = prefilter(word, Math.floor(word.length * THRESHOLD));
      set = set === null ? new Set(holding) : intersect(set, holding);
    }
    return set;
  }

  function termHits(term: Term, allowed: Set<number> | null): Map<number, TermHit> {
    const hits = new Map<number, TermHit>();
    for (const result of fuseOver(term.text, candidates(term, allowed))) {
      const ours = termMatches(term, docs[result.refIndex] ?? '');
      const indices = ours.length > 0 ? ours : (result.matches?.flatMap((m) => m.indices) ?? []);
      hits.set(result.refIndex, { score: result.score ?? 1, indices });
    }
    return hits;
  }

  function hit(
    passage: number,
    termsMatched: number,
    score: number,
    indices: (readonly [number, number])[],
    phrase: string | null,
  ): PassageHit | null {
    const ref = refs[passage];
    const sentence = ref && corpus.articles[ref.article]?.sentences[ref.sentence];
    const folded = docs[passage];
    if (!ref || !sentence || folded === undefined) return null;
    const phraseAt = phrase === null ? -1 : folded.indexOf(phrase);
    const all =
      phraseAt === -1 || phrase === null
        ? indices
        : [...indices, [phraseAt, phraseAt + phrase.length - 1] as const];
    return {
      ...ref,
      passage,
      ranges: toRanges(all, folded, sentence.start),
      phrase: phraseAt !== -1,
      termsMatched,
      score,
    };
  }

  function plain(query: Extract<Query, { kind: 'plain' }>, allowed: Set<number> | null): PassageHit[] {
    const perTerm = query.terms.map((t) => termHits(t, allowed));
    const found = new Set(perTerm.flatMap((m) => [...m.keys()]));
    const hits: PassageHit[] = [];
    for (const passage of found) {
      const matched = perTerm.flatMap((m) => m.get(passage) ?? []);
      const score = matched.reduce((sum, h) => sum + h.score, 0) / matched.length;
      const h = hit(
        passage,
        matched.length,
        score,
        matched.flatMap((m) => m.indices),
        query.phrase,
      );
      if (h) hits.push(h);
    }
    return hits.sort(
      (a, b) =>
        Number(b.phrase) - Number(a.phrase) ||
        b.termsMatched - a.termsMatched ||
        a.score - b.score ||
        a.passage - b.passage,
    );
  }

  function withOperators(
    query: Extract<Query, { kind: 'extended' }>,
    allowed: Set<number> | null,
  ): PassageHit[] {
    return extended
      .search(query.fuse)
      .filter((r) => allowed === null || allowed.has(r.refIndex))
      .flatMap(
        (r) => hit(r.refIndex, 1, r.score ?? 1, r.matches?.flatMap((m) => m.indices) ?? [], null) ?? [],
      );
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
