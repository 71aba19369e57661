import { describe, expect, it } from 'vitest';
import { diffText, quoteDiff } from './quote-diff.ts';

describe('diffText and quoteDiff', () => {
  it('folds typography only: quotes, ellipses, dashes, space, and the closing punctuation', () => {
    expect(diffText('  “few $10M’s.”\n')).toBe('"few $10M\'s."');
    expect(diffText('few $10M’s.')).toBe("few $10M's");
    expect(diffText('less cost. . . but – not\n  here')).toBe('less cost… but — not here');
  });

  it('shows an ellipsis against a comma as a change, and nothing for typography or case alone', () => {
    expect(quoteDiff('less cost… but not anywhere', 'less cost, but not anywhere')).toEqual([
      { kind: 'same', text: 'less cost' },
      { kind: 'removed', text: '…' },
      { kind: 'added', text: ',' },
      { kind: 'same', text: ' but not anywhere' },
    ]);
    expect(quoteDiff('few $10M’s.', "few $10M's")).toEqual([]);
    expect(quoteDiff('They are selling it', 'they are selling it')).toEqual([]);
  });

  it('shows a changed word', () => {
    const diff = quoteDiff('selling the sea floor out', 'selling the seabed out');
    expect(diff.filter((d) => d.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'sea floor' },
      { kind: 'added', text: 'seabed' },
    ]);
  });

  it("shows two long renderings that differ throughout (a hostile article's, issue 10) as one replaced by the other", () => {
    const a = Array.from({ length: 3000 }, (_, i) => `w${i}`).join(' ');
    const b = Array.from({ length: 3000 }, (_, i) => `w${(i * 7) % 3000}`).join(' ');
    expect(quoteDiff(a, b)).toEqual([
      { kind: 'removed', text: a },
      { kind: 'added', text: b },
    ]);
  });
});
