import { describe, expect, it } from 'vitest';
import { hasChanges, quoteWords } from './wording.ts';

describe('quoteWords', () => {
  it('takes the quoted range, white space squashed', () => {
    expect(quoteWords({ text: 'He said "a\n  b" then.' }, { start: 9, end: 14 })).toBe('a b');
  });
});

describe('hasChanges', () => {
  it('is true only when some part is added or removed', () => {
    expect(hasChanges([])).toBe(false);
    expect(hasChanges([{ kind: 'same', text: 'a b' }])).toBe(false);
    expect(
      hasChanges([
        { kind: 'same', text: 'a' },
        { kind: 'added', text: 'b' },
      ]),
    ).toBe(true);
  });
});
