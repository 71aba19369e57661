import { describe, expect, it } from 'vitest';
import type { ArticleSource, CopyFamilies, SourceKind } from '../src/corpus/types.ts';
import { checkGold, type Gold, type GoldCopies } from './gold.ts';
import { scoreCopies } from './score-copies.ts';

const articles = ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt'].map((file) => ({ file }));

/** Families as the pipeline gives them, from each family's members (original first) and each member's kind. */
function found(families: [number, SourceKind][][]): CopyFamilies {
  const sources: ArticleSource[] = articles.map(() => ({
    kind: 'independent',
    of: null,
    share: 0,
    family: null,
    evidence: null,
  }));
  families.forEach((members, f) =>
    members.forEach(
      ([i, kind]) =>
        (sources[i] = { kind, of: members[0]?.[0] ?? null, share: 1, family: f, evidence: null }),
    ),
  );
  return {
    shared: [],
    articles: sources,
    families: families.map((members) => ({
      original: members[0]?.[0] ?? 0,
      members: members.map(([i]) => i),
      basis: 'fullest',
      credit: null,
    })),
  };
}

const FLOORS = { 'copy families: precision (pairs)': { at: 'least', share: 0.9 } } as const;

describe('scoreCopies', () => {
  const gold: GoldCopies = {
    families: [
      {
        original: null,
        members: ['a.txt', 'b.txt', 'c.txt'],
        links: [
          { file: 'b.txt', of: 'a.txt', kind: 'copy' },
          { file: 'c.txt', of: 'a.txt', kind: 'rewrite' },
        ],
      },
    ],
    unscored: [{ a: 'd.txt', b: 'e.txt', why: 'two versions of one wire story' }],
  };

  it('scores pairs put in one family, both ways, leaving out the unscored pairs', () => {
    // a, b together (right), c alone (a miss of recall twice), d and e together (unscored).
    const [precision, recall] = scoreCopies(
      found([
        [
          [0, 'original'],
          [1, 'copy'],
        ],
        [
          [3, 'original'],
          [4, 'copy'],
        ],
      ]),
      articles,
      gold,
      FLOORS,
    );
    expect(precision).toMatchObject({ hit: 1, of: 1, floor: { at: 'least', share: 0.9 } });
    expect(recall).toMatchObject({ hit: 1, of: 3, floor: null });
    expect(recall?.misses).toHaveLength(2);
  });

  it('counts a pair the gold does not join against precision', () => {
    const [precision] = scoreCopies(
      found([
        [
          [0, 'original'],
          [3, 'copy'],
        ],
      ]),
      articles,
      gold,
      FLOORS,
    );
    expect(precision).toMatchObject({ hit: 0, of: 1 });
  });

  it('labels a link by whichever of its two is not the original, and counts a link split apart as wrong', () => {
    // The pipeline takes b for the original: the link b → a is still labelled by a's kind.
    const [, , labels] = scoreCopies(
      found([
        [
          [1, 'original'],
          [0, 'copy'],
          [2, 'copy'],
        ],
      ]),
      articles,
      gold,
      FLOORS,
    );
    expect(labels).toMatchObject({ hit: 1, of: 2 });
    expect(labels?.misses).toEqual(['c.txt rewrite of a.txt: labelled copy']);

    const [, , apart] = scoreCopies(found([]), articles, gold, FLOORS);
    expect(apart).toMatchObject({ hit: 0, of: 2 });
  });
});

describe('checkGold on copy families', () => {
  const article = { titles: ['A title'], published: null, reference: '2025-01-27', dates: [], quotes: [] };
  const texts = new Map(articles.map(({ file }) => [file, 'Some text.']));
  const goldWith = (copies: GoldCopies): Gold => ({
    corpus: 'test',
    folder: '.',
    articles: Object.fromEntries(articles.map(({ file }) => [file, article])),
    quoteGroups: [],
    pairs: [],
    negatives: [],
    events: [],
    copies,
  });

  it('accepts families whose links join their members, and finds the faults of others', () => {
    const good = {
      original: 'a.txt',
      members: ['a.txt', 'b.txt'],
      links: [{ file: 'b.txt', of: 'a.txt', kind: 'copy' as const }],
    };
    expect(checkGold(goldWith({ families: [good], unscored: [] }), texts)).toEqual([]);
    const problems = checkGold(
      goldWith({
        families: [
          good,
          {
            original: 'c.txt',
            members: ['b.txt', 'x.txt'],
            links: [{ file: 'b.txt', of: 'd.txt', kind: 'copy' }],
          },
        ],
        unscored: [{ a: 'e.txt', b: 'e.txt', why: 'itself' }],
      }),
      texts,
    );
    expect(problems).toEqual([
      'test: b.txt: in two copy families',
      'test: x.txt: copy family 1 names no article of the folder',
      'test: c.txt: the original of copy family 1 is not one of its members',
      'test: b.txt: its link to d.txt is not between two members of copy family 1',
      'test: e.txt: an unscored pair pairs an article with itself',
    ]);
  });
});
