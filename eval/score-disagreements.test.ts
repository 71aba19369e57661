import { describe, expect, it } from 'vitest';
import type { Disagreement, DisagreementSide } from '../src/corpus/types.ts';
import { checkGold, type GoldDisagreement } from './gold.ts';
import { scoreDisagreements } from './score-disagreements.ts';

/** Articles of one sentence a line. */
const articleOf = (file: string, lines: string[]) => {
  let at = 0;
  const sentences = lines.map((line, paragraph) => {
    const s = { start: at, end: at + line.length, paragraph };
    at += line.length + 1;
    return s;
  });
  return { file, text: lines.join('\n'), sentences };
};

const ARTICLES = [
  articleOf('a.txt', ['Acme fell 13% early on Monday.', 'The hearing was on Tuesday.']),
  articleOf('b.txt', ['Acme fell 18% on Monday.', 'The hearing was on Wednesday.']),
  articleOf('c.txt', ['It crashed on Thursday (July 19).', 'Acme fell 17% on Monday.']),
];

const side = (article: number, sentence: number, value: string): DisagreementSide => ({
  article,
  sentence,
  start: 0,
  end: 1,
  value,
});

const GOLD: GoldDisagreement[] = [
  { kind: 'percent', a: [{ file: 'a.txt', text: '13%' }], b: [{ file: 'b.txt', text: '18%' }], update: true },
  {
    kind: 'date',
    a: [{ file: 'a.txt', text: 'Tuesday' }],
    b: [{ file: 'b.txt', text: 'Wednesday' }],
    update: false,
  },
  { kind: 'weekday', a: [{ file: 'c.txt', text: 'Thursday (July 19)' }], b: [], update: false },
];

const figures = (found: Disagreement[]) =>
  Object.fromEntries(scoreDisagreements(found, ARTICLES, GOLD).map((f) => [f.name, [f.hit, f.of]]));

describe('scoreDisagreements', () => {
  it('matches a found disagreement to the gold by its sides’ sentences, either way round', () => {
    const found: Disagreement[] = [
      { kind: 'percent', sides: [side(1, 0, '18%'), side(0, 0, '13%')], update: true, pairing: 'aligned' },
      { kind: 'date', sides: [side(0, 1, 'x'), side(1, 1, 'y')], update: false, pairing: 'element' },
      { kind: 'weekday', sides: [side(2, 0, 'z')], update: false, pairing: 'calendar' },
    ];
    expect(figures(found)).toEqual({
      'disagreements: precision': [3, 3],
      'disagreements: recall': [3, 3],
      'disagreements: update or not, right': [3, 3],
    });
  });

  it('counts a found one the gold lacks against precision, a gold one not found against recall', () => {
    const found: Disagreement[] = [
      // 13 % against 17 %: not in this gold.
      { kind: 'percent', sides: [side(0, 0, '13%'), side(2, 1, '17%')], update: false, pairing: 'nearby' },
      // The gold's, but called a disagreement where the gold says update.
      { kind: 'percent', sides: [side(0, 0, '13%'), side(1, 0, '18%')], update: false, pairing: 'aligned' },
    ];
    const scored = scoreDisagreements(found, ARTICLES, GOLD);
    expect(Object.fromEntries(scored.map((f) => [f.name, [f.hit, f.of]]))).toEqual({
      'disagreements: precision': [1, 2],
      'disagreements: recall': [1, 3],
      'disagreements: update or not, right': [0, 1],
    });
    expect(scored[0]?.misses).toEqual(['percent: a.txt "13%" / c.txt "17%": not in the gold']);
    expect(scored[1]?.misses).toHaveLength(2);
  });

  it('does not take a one-sided finding for a two-sided gold one, nor the reverse', () => {
    const found: Disagreement[] = [
      { kind: 'weekday', sides: [side(0, 1, 'x')], update: false, pairing: 'calendar' },
      { kind: 'date', sides: [side(2, 0, 'x'), side(1, 1, 'y')], update: false, pairing: 'aligned' },
    ];
    expect(figures(found)['disagreements: precision']).toEqual([0, 2]);
  });
});

describe('checkGold on disagreements', () => {
  it('names a side that is not in its article, and a disagreement with no side', () => {
    const texts = new Map([['a.txt', 'Acme fell 13% on Monday.']]);
    const gold = {
      corpus: 'test',
      folder: 'test',
      articles: {
        'a.txt': { titles: ['Acme'], published: null, reference: '2025-01-27', dates: [], quotes: [] },
      },
      quoteGroups: [],
      pairs: [],
      negatives: [],
      events: [],
      disagreements: [
        { kind: 'percent' as const, a: [{ file: 'a.txt', text: '14%' }], b: [], update: false },
        { kind: 'percent' as const, a: [], b: [{ file: 'a.txt', text: '13%' }], update: false },
      ],
    };
    expect(checkGold(gold, texts)).toEqual([
      'test: a.txt: disagreement: "14%" is not in the text',
      'test: a disagreement has no side "a"',
    ]);
  });
});
