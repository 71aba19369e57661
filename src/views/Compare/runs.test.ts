import { describe, expect, it } from 'vitest';
import type { Piece } from '../Reader/layout.ts';
import { foldHidden, similarity, toRuns } from './runs.ts';

const piece = (text: string, sentence: number | null): Piece => ({ text, start: 0, sentence });

describe('toRuns', () => {
  const pieces = [piece('One.', 0), piece(' ', null), piece('Two.', 1), piece(' ', null), piece('Three.', 2)];

  it('joins consecutive one-sided sentences with the space between them', () => {
    const runs = toRuns(pieces, (s) => s < 2);
    expect(runs.map((run) => (run.only ? run.pieces.map((p) => p.text).join('') : run.piece.text))).toEqual([
      'One. Two.',
      ' ',
      'Three.',
    ]);
    expect(runs.map((run) => run.only)).toEqual([true, false, false]);
  });

  it('starts a new run after a linked sentence', () => {
    const runs = toRuns(pieces, (s) => s !== 1);
    expect(runs.map((run) => run.only)).toEqual([true, false, false, false, true]);
  });

  it('leaves everything alone when no sentence is one-sided', () => {
    expect(toRuns(pieces, () => false).every((run) => !run.only)).toBe(true);
  });
});

describe('similarity', () => {
  it('rounds to a whole percentage', () => {
    expect(similarity(0.823)).toBe('82 % similar');
    expect(similarity(1)).toBe('100 % similar');
  });
});

describe('foldHidden', () => {
  const pieces = [
    piece('One.', 0),
    piece(' ', null),
    piece('Two.', 1),
    piece(' ', null),
    piece('Three.', 2),
    piece(' ', null),
    piece('Four.', 3),
    piece(' ', null),
  ];
  const shown = (hidden: ReadonlySet<number>) =>
    foldHidden(
      toRuns(pieces, () => false),
      (s) => hidden.has(s),
    ).map((item) => ('hidden' in item ? item.hidden : item.only ? 'only' : item.piece.text));

  it('makes one stub of hidden sentences in a row, spaces between them included', () => {
    expect(shown(new Set([0, 1, 2]))).toEqual([[0, 1, 2], ' ', 'Four.', ' ']);
  });

  it('keeps apart hidden sentences a shown one separates', () => {
    expect(shown(new Set([0, 2, 3]))).toEqual([[0], ' ', 'Two.', ' ', [2, 3], ' ']);
  });

  it('leaves the runs as they are when nothing is hidden', () => {
    expect(shown(new Set())).toEqual(['One.', ' ', 'Two.', ' ', 'Three.', ' ', 'Four.', ' ']);
  });
});
