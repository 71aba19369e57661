// Search results grouped by fact: the matching passages gathered by the story element each tells, and an element's
// members with each copy folded under the article it copies. Pure, and linear in what it is given: the results of
// a common word at 10,000 articles are hundreds of thousands of passages.
import type { ArticleSource, SentenceRef, StoryElement } from '../../corpus/types.ts';

/** What grouping reads of a matching passage: where it is. */
interface Located {
  article: number;
  sentence: number;
}

/** What grouping reads of a page of results: each article's matching passages, in the engine's order. */
interface HitsOf<Hit extends Located> {
  close: boolean;
  hits: readonly Hit[];
}

/** The story element each passage tells, by article and sentence, or -1 for none. */
export interface ElementIndex {
  elementOf: (article: number, sentence: number) => number;
}

/**
 * An index from passage to element, built once per corpus: one number per sentence of the corpus, so a lookup is
 * a subtraction and a read, whatever the size of the elements. An element told by one article alone is left out:
 * there is no other wording to show, so its passages stay hits of their own.
 */
export function indexElements(
  sentencesPerArticle: readonly number[],
  elements: readonly Pick<StoryElement, 'members' | 'articles'>[],
): ElementIndex {
  const first = new Int32Array(sentencesPerArticle.length + 1);
  sentencesPerArticle.forEach((n, article) => {
    first[article + 1] = (first[article] ?? 0) + n;
  });
  const of = new Int32Array(first[sentencesPerArticle.length] ?? 0).fill(-1);
  elements.forEach((element, e) => {
    if (element.articles.length < 2) return;
    for (const { article, sentence } of element.members) {
      const start = first[article];
      if (start !== undefined && sentence < (sentencesPerArticle[article] ?? 0)) of[start + sentence] = e;
    }
  });
  return {
    elementOf: (article, sentence) => {
      const start = first[article];
      if (start === undefined || sentence < 0 || sentence >= (sentencesPerArticle[article] ?? 0)) return -1;
      return of[start + sentence] ?? -1;
    },
  };
}

/**
 * One hit of the grouped results: a fact with its matching passages, or one article's passages that tell no fact
 * another article tells, kept together as the search by article shows them.
 */
export type FactHit<Hit extends Located> =
  | { kind: 'fact'; element: number; hits: Hit[]; close: boolean }
  | { kind: 'article'; article: number; hits: Hit[]; close: boolean };

/**
 * The matching passages grouped by the element each tells, in match order: a fact stands where its first matching
 * passage would, and gathers the later ones; an article's other passages stand where the first of them would. More
 * results (the next page of articles) only add hits at the end or passages to facts already there, so nothing
 * shown moves. `close`: whether the hit came first from close matches.
 */
export function groupByFact<Hit extends Located>(
  groups: readonly HitsOf<Hit>[],
  index: ElementIndex,
): FactHit<Hit>[] {
  const grouped: FactHit<Hit>[] = [];
  const facts = new Map<number, Hit[]>();
  for (const { close, hits } of groups) {
    let alone: Hit[] | null = null;
    for (const hit of hits) {
      const element = index.elementOf(hit.article, hit.sentence);
      if (element === -1) {
        if (alone) alone.push(hit);
        else {
          alone = [hit];
          grouped.push({ kind: 'article', article: hit.article, hits: alone, close });
        }
        continue;
      }
      const found = facts.get(element);
      if (found) found.push(hit);
      else {
        const started = [hit];
        facts.set(element, started);
        grouped.push({ kind: 'fact', element, hits: started, close });
      }
    }
  }
  return grouped;
}

/** One way a fact is worded: a member sentence, and the members of articles that copy it, folded under it. */
export interface Wording {
  member: SentenceRef;
  copies: SentenceRef[];
}

/** What folding reads of an article's place among the sources. */
type Source = Pick<ArticleSource, 'kind' | 'of'>;

/**
 * The members as wordings, in the order given, each copy folded under the member of the article it copies: the
 * article named by its `of`, or, when that one does not tell this fact, the first up the line of copies that does.
 * A rewrite words the fact its own way, so it stays a wording of its own; so does a copy whose source does not
 * tell the fact. A copy folds under the first member its source has here; a copy of a copy, under the wording its
 * source folds under.
 */
export function foldCopies(members: readonly SentenceRef[], sources: readonly Source[]): Wording[] {
  const firstOf = new Map<number, number>();
  members.forEach((member, i) => {
    if (!firstOf.has(member.article)) firstOf.set(member.article, i);
  });
  /** Index of the member this article's copy folds under, or -1. */
  const foldedUnder = (article: number): number => {
    let at = article;
    // A line of copies has no loop, but a bad part must not hang the page: no line is longer than the articles.
    for (let step = 0; step <= sources.length; step++) {
      const source = sources[at];
      if (source?.kind !== 'copy' || source.of === null || source.of === article) return -1;
      const under = firstOf.get(source.of);
      if (under !== undefined) return under;
      at = source.of;
    }
    return -1;
  };
  /** The member whose wording this one's folds under, up the line (a copy of a copy): itself when none. */
  const rootOf = (i: number): number => {
    const seen = new Set([i]);
    let at = i;
    for (;;) {
      const up = foldedUnder(members[at]?.article ?? -1);
      // A loop of copies (bad data) folds none of them.
      if (up === -1) return at;
      if (seen.has(up)) return i;
      seen.add(up);
      at = up;
    }
  };
  const wordings = new Map<number, Wording>();
  const folded: { under: number; member: SentenceRef }[] = [];
  members.forEach((member, i) => {
    const under = rootOf(i);
    if (under === i) wordings.set(i, { member, copies: [] });
    else folded.push({ under, member });
  });
  for (const { under, member } of folded) wordings.get(under)?.copies.push(member);
  // In the members' order: the map was filled in it.
  return [...wordings.values()];
}
