import { describe, expect, it } from 'vitest';
import { hasChanges, quoteWords, wordingDiff, wordingKey } from './wording.ts';

describe('wordingKey', () => {
  it('makes typographic variants alike and drops the punctuation that joins a quote to its sentence', () => {
    expect(wordingKey('few $10M’s.')).toBe("few $10M's");
    expect(wordingKey('less cost... but not —  the ratios,')).toBe('less cost… but not - the ratios');
    expect(wordingKey('is it?')).toBe('is it?');
  });
});

describe('wordingDiff', () => {
  it('shows an ellipsis against a comma, and nothing for typography', () => {
    const diff = wordingDiff(
      '7-10 months older, for a good deal less cost… but not',
      '7-10 months older, for a good deal less cost, but not',
    );
    expect(diff.filter((part) => part.kind !== 'same')).toEqual([
      { kind: 'removed', text: '…' },
      { kind: 'added', text: ',' },
    ]);
    expect(hasChanges(wordingDiff('few $10M’s.', "few $10M's"))).toBe(false);
  });

  it('keeps removed and added words in order, the same words between', () => {
    const diff = wordingDiff('The goal is not to deny China', 'The goal is to prevent');
    expect(diff.map((part) => part.kind)).toEqual(['same', 'removed', 'same', 'removed', 'added']);
    expect(diff.filter((part) => part.kind === 'removed').map((part) => part.text.trim())).toEqual([
      'not',
      'deny China',
    ]);
    expect(diff.filter((part) => part.kind === 'added').map((part) => part.text)).toEqual(['prevent']);
  });
});

describe('quoteWords', () => {
  it('takes the quoted range, white space squashed', () => {
    expect(quoteWords({ text: 'He said "a\n  b" then.' }, { start: 9, end: 14 })).toBe('a b');
  });
});
