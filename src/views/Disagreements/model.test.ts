import { describe, expect, it } from 'vitest';
import type { Disagreement } from '../../corpus/types.ts';
import { corpusOf } from '../../test-support/corpus.ts';
import { disagreementsState, kindCounts, listed, marksWithin, valueMarks } from './model.ts';

// Five short reports of a made-up takeover (e2e/fixtures/disagreements): two give its price and day differently,
// two its shares' rise (an early high against the close), and one a weekday its date does not fall on.
const corpus = corpusOf('e2e/fixtures/disagreements');
const index = (id: string) => corpus.articles.findIndex((a) => a.id === id);
const words = (article: number, mark: { start: number; end: number }) =>
  corpus.articles[article]?.text.slice(mark.start, mark.end);

describe('the view’s state', () => {
  it('keeps a known kind and a disagreement the corpus has, and ignores anything else', () => {
    expect(disagreementsState({ kind: 'percent', d: '2' }, 3)).toEqual({ kind: 'percent', chosen: 2 });
    expect(disagreementsState({ kind: 'colour', d: '3' }, 3)).toEqual({ kind: null, chosen: null });
    expect(disagreementsState({ d: '-1' }, 3).chosen).toBeNull();
    expect(disagreementsState({ d: '1e1' }, 30).chosen).toBeNull();
  });
});

describe('what the view lists', () => {
  const { disagreements } = corpus;

  it('lists every disagreement once, the updates apart', () => {
    const { conflicts, updates } = listed(disagreements, null);
    expect([...conflicts, ...updates].sort((x, y) => x - y)).toEqual(disagreements.map((_, i) => i));
    expect(updates.every((i) => disagreements[i]?.update)).toBe(true);
    expect(conflicts.some((i) => disagreements[i]?.update)).toBe(false);
    // The fixture has both, or the split would be untested.
    expect(updates.length).toBeGreaterThan(0);
    expect(conflicts.length).toBeGreaterThan(0);
  });

  it('lists only the kind asked for, and counts each kind', () => {
    const counts = kindCounts(disagreements);
    for (const kind of ['amount', 'percent', 'date', 'weekday'] as const) {
      const { conflicts, updates } = listed(disagreements, kind);
      expect(conflicts.length + updates.length).toBe(counts[kind]);
      expect([...conflicts, ...updates].every((i) => disagreements[i]?.kind === kind)).toBe(true);
    }
    expect(Object.values(counts).reduce((x, y) => x + y, 0)).toBe(disagreements.length);
  });
});

describe('the marks on the values', () => {
  const first = index('01');
  const second = index('02');

  it('marks each value of an article that another report gives differently, naming that report', () => {
    const marks = valueMarks(corpus.disagreements, corpus.articles, first);
    expect(marks.map((m) => words(first, m))).toEqual(['Tuesday', '$4.2 billion']);
    expect(marks.every((m) => m.tag === 'differs')).toBe(true);
    expect(marks[1]?.description).toBe('Harbour Times differs: it gives $5.1 billion');
    for (const m of marks) {
      const d = corpus.disagreements[m.disagreement];
      expect(d?.sides.some((s) => s.article === first && s.start === m.start)).toBe(true);
    }
  });

  it('with a partner, marks only what is at odds with it, and the article’s own weekday slips', () => {
    const other = index('03');
    expect(valueMarks(corpus.disagreements, corpus.articles, first, other)).toEqual([]);
    expect(valueMarks(corpus.disagreements, corpus.articles, first, second)).toHaveLength(2);
    const slipping = index('05');
    const slips = valueMarks(corpus.disagreements, corpus.articles, slipping, first);
    expect(slips.map((m) => [words(slipping, m), m.tag])).toEqual([['Thursday (July 19)', 'weekday']]);
  });

  it('tags both sides of an update as one', () => {
    const early = valueMarks(corpus.disagreements, corpus.articles, index('03'));
    const close = valueMarks(corpus.disagreements, corpus.articles, index('04'));
    expect(early.map((m) => [words(index('03'), m), m.tag])).toEqual([['as much as 18%', 'update']]);
    expect(close.map((m) => [words(index('04'), m), m.tag])).toEqual([['12%', 'update']]);
  });

  it('makes one mark of a value several disagreements share, a contradiction outweighing an update', () => {
    const articles = [
      { text: 'Up 13% today.', outlet: 'A', published: null },
      { text: 'Up 17% today.', outlet: 'B', published: null },
      { text: 'Up 18% today.', outlet: 'C', published: null },
    ];
    const side = (article: number) => ({
      article,
      sentence: 0,
      start: 3,
      end: 6,
      value: articles[article]?.text.slice(3, 6) ?? '',
    });
    const pair = (other: number, update: boolean): Disagreement => ({
      kind: 'percent',
      sides: [side(0), side(other)],
      update,
      pairing: 'aligned',
    });
    const marks = valueMarks([pair(1, true), pair(2, false)], articles, 0);
    expect(marks).toHaveLength(1);
    expect(marks[0]?.tag).toBe('differs');
    expect(marks[0]?.disagreement).toBe(0);
    expect(marks[0]?.description).toMatch(/^B gives 17%.*; C differs: it gives 18%$/);
  });
});

describe('marks within a stretch', () => {
  it('cuts marks to the stretch and counts them from its start, leaving out those outside it', () => {
    const marks = [
      { start: 0, end: 4 },
      { start: 8, end: 12 },
      { start: 14, end: 20 },
      { start: 30, end: 31 },
    ];
    expect(marksWithin(marks, 10, 25)).toEqual([
      { start: 0, end: 2 },
      { start: 4, end: 10 },
    ]);
  });
});
