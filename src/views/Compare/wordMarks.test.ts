import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quoteDiff } from '../../corpus/quote-diff.ts';
import { ownChanges, segments } from './wordMarks.ts';

/** The words of each side that the other lacks, as the reader sees them written. */
function marked(a: string, b: string): { a: string[]; b: string[] } {
  const diff = quoteDiff(a, b);
  const cut = (text: string, kind: 'removed' | 'added') =>
    ownChanges(text, diff, kind).map((mark) => text.slice(mark.start, mark.end));
  return { a: cut(a, 'removed'), b: cut(b, 'added') };
}

describe('ownChanges', () => {
  it('marks replaced, deleted and inserted words on each side', () => {
    expect(
      marked('Nvidia fell 17 percent on Monday.', 'Nvidia fell 17% on Jan. 27, a Monday, analysts said.'),
    ).toEqual({ a: ['percent'], b: ['%', 'Jan. 27, a', ', analysts said'] });
  });

  it('marks nothing where only typography, case and the closing stop differ', () => {
    expect(marked('He said “it’s done”...  Then  he left.', 'he said "it\'s done"… then he left')).toEqual({
      a: [],
      b: [],
    });
  });

  it('lands on the text as written, past quotes, dots and spaces folded before it', () => {
    const a = 'He said “it’s done”...   Then he   left  quietly.';
    const b = 'He said "it\'s done"… Then he walked out quietly';
    expect(marked(a, b)).toEqual({ a: ['left'], b: ['walked out'] });
  });

  it('marks a rewritten dash or ellipsis whole, not the characters folding kept', () => {
    expect(marked('Costs rose... but – slowly.', 'Costs rose, but — slowly.')).toEqual({
      a: ['...'],
      b: [','],
    });
  });

  it('marks a passage whole when it is too far from its folded form to line them up', () => {
    const quotes = '’'.repeat(200);
    const a = `Alpha ${quotes} beta.`;
    const b = `Alpha ${quotes} gamma.`;
    expect(marked(a, b)).toEqual({ a: [a], b: [b] });
  });

  it('marks nothing when the diff has no part of its kind', () => {
    expect(ownChanges('Same words.', quoteDiff('Same words.', 'Same words'), 'removed')).toEqual([]);
  });

  it('gives marks in order, apart, within the text and never starting or ending in white space', () => {
    const word = fc.constantFrom(
      'the',
      'The',
      'said',
      '“quote”',
      '...',
      '—',
      '17%',
      'percent',
      ',',
      '  ',
      '\n',
    );
    const passage = fc.array(word, { maxLength: 14 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(passage, passage, (a, b) => {
        const diff = quoteDiff(a, b);
        for (const [text, kind] of [
          [a, 'removed'],
          [b, 'added'],
        ] as const) {
          const marks = ownChanges(text, diff, kind);
          let end = -1;
          for (const mark of marks) {
            expect(mark.start).toBeGreaterThan(end);
            expect(mark.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(mark.start, mark.end)).toBe(text.slice(mark.start, mark.end).trim());
            expect(mark.end).toBeGreaterThan(mark.start);
            end = mark.end;
          }
          if (diff.length === 0) expect(marks).toEqual([]);
        }
      }),
    );
  });
});

describe('segments', () => {
  it('cuts the text at its marks and loses nothing', () => {
    const text = 'Nvidia fell 17 percent on Monday.';
    const parts = segments(text, [
      { start: 0, end: 6 },
      { start: 15, end: 22 },
    ]);
    expect(parts).toEqual([
      { text: 'Nvidia', marked: true },
      { text: ' fell 17 ', marked: false },
      { text: 'percent', marked: true },
      { text: ' on Monday.', marked: false },
    ]);
    expect(parts.map((part) => part.text).join('')).toBe(text);
  });

  it('gives an unmarked text whole', () => {
    expect(segments('Plain.', [])).toEqual([{ text: 'Plain.', marked: false }]);
  });
});
