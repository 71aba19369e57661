import { describe, expect, it } from 'vitest';
import type { ArticleSource, SentenceRef } from '../../corpus/types.ts';
import { foldCopies, groupByFact, indexElements } from './facts.ts';

const ref = (article: number, sentence: number): SentenceRef => ({ article, sentence });
/** An element of these members, carried by their articles. */
const element = (...members: SentenceRef[]) => ({
  members,
  articles: [...new Set(members.map((m) => m.article))].sort((a, b) => a - b),
});
const independent: Pick<ArticleSource, 'kind' | 'of'> = { kind: 'independent', of: null };
const copyOf = (of: number): Pick<ArticleSource, 'kind' | 'of'> => ({ kind: 'copy', of });

describe('indexElements', () => {
  // Three articles of 2, 3 and 1 sentences; element 0 is told by sentence 1 of article 0 and 2 of article 1.
  const index = indexElements([2, 3, 1], [element(ref(0, 1), ref(1, 2)), element(ref(2, 0), ref(1, 1))]);

  it('finds the element a passage tells, by article and sentence', () => {
    expect(index.elementOf(0, 1)).toBe(0);
    expect(index.elementOf(1, 2)).toBe(0);
    expect(index.elementOf(2, 0)).toBe(1);
    expect(index.elementOf(1, 1)).toBe(1);
  });

  it('leaves out an element told by one article alone', () => {
    const alone = indexElements([3], [element(ref(0, 0), ref(0, 2))]);
    expect(alone.elementOf(0, 0)).toBe(-1);
    expect(alone.elementOf(0, 2)).toBe(-1);
  });

  it('answers -1 for a passage in no element, or out of the corpus', () => {
    expect(index.elementOf(0, 0)).toBe(-1);
    expect(index.elementOf(1, 0)).toBe(-1);
    expect(index.elementOf(0, 2)).toBe(-1);
    expect(index.elementOf(3, 0)).toBe(-1);
    expect(index.elementOf(-1, 0)).toBe(-1);
  });
});

describe('groupByFact', () => {
  const index = indexElements(
    [3, 3, 3],
    [element(ref(0, 0), ref(1, 2), ref(2, 1)), element(ref(1, 0), ref(2, 2))],
  );

  it('makes one hit per fact, where its first passage matched, gathering the later ones', () => {
    const grouped = groupByFact(
      [
        { close: false, hits: [ref(1, 2), ref(1, 1), ref(1, 0)] },
        { close: false, hits: [ref(0, 0)] },
        { close: true, hits: [ref(2, 2), ref(2, 1)] },
      ],
      index,
    );
    expect(grouped).toEqual([
      { kind: 'fact', element: 0, hits: [ref(1, 2), ref(0, 0), ref(2, 1)], close: false },
      { kind: 'article', article: 1, hits: [ref(1, 1)], close: false },
      { kind: 'fact', element: 1, hits: [ref(1, 0), ref(2, 2)], close: false },
    ]);
  });

  it('keeps an article’s passages in no element together, where the first of them matched', () => {
    const grouped = groupByFact(
      [
        { close: false, hits: [ref(0, 1), ref(0, 0), ref(0, 2)] },
        { close: true, hits: [ref(0, 1)] },
      ],
      index,
    );
    expect(grouped).toEqual([
      { kind: 'article', article: 0, hits: [ref(0, 1), ref(0, 2)], close: false },
      { kind: 'fact', element: 0, hits: [ref(0, 0)], close: false },
      { kind: 'article', article: 0, hits: [ref(0, 1)], close: true },
    ]);
  });

  it('only adds at the end when more results come, so nothing shown moves', () => {
    const page = { close: false, hits: [ref(1, 2), ref(0, 1)] };
    const first = groupByFact([page], index);
    const more = groupByFact([page, { close: false, hits: [ref(2, 1), ref(2, 0)] }], index);
    expect(more.slice(0, first.length).map((hit) => hit.kind)).toEqual(first.map((hit) => hit.kind));
    expect(more).toHaveLength(first.length + 1);
  });
});

describe('foldCopies', () => {
  it('folds a copy under the member of the article it copies, keeping the members’ order', () => {
    const sources = [independent, copyOf(2), independent, copyOf(2)];
    expect(foldCopies([ref(0, 4), ref(1, 3), ref(2, 5), ref(3, 5)], sources)).toEqual([
      { member: ref(0, 4), copies: [] },
      { member: ref(2, 5), copies: [ref(1, 3), ref(3, 5)] },
    ]);
  });

  it('folds a copy of a copy under the first of the line that tells the fact', () => {
    // 0 copies 1, which copies 2: with 1 telling the fact, 0 folds with 1 under 2; without it, straight under 2.
    const sources = [copyOf(1), copyOf(2), independent];
    expect(foldCopies([ref(0, 0), ref(1, 0), ref(2, 0)], sources)).toEqual([
      { member: ref(2, 0), copies: [ref(0, 0), ref(1, 0)] },
    ]);
    expect(foldCopies([ref(0, 0), ref(2, 0)], sources)).toEqual([{ member: ref(2, 0), copies: [ref(0, 0)] }]);
  });

  it('keeps a rewrite, and a copy whose source does not tell the fact, as wordings of their own', () => {
    const sources: Pick<ArticleSource, 'kind' | 'of'>[] = [
      { kind: 'rewrite', of: 1 },
      independent,
      copyOf(3),
      independent,
    ];
    expect(foldCopies([ref(0, 0), ref(1, 0), ref(2, 0)], sources)).toEqual([
      { member: ref(0, 0), copies: [] },
      { member: ref(1, 0), copies: [] },
      { member: ref(2, 0), copies: [] },
    ]);
  });

  it('folds none of a loop of copies rather than hang or lose them', () => {
    expect(foldCopies([ref(0, 0), ref(1, 0)], [copyOf(1), copyOf(0)])).toEqual([
      { member: ref(0, 0), copies: [] },
      { member: ref(1, 0), copies: [] },
    ]);
  });
});
