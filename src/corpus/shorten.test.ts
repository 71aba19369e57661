import { describe, expect, it } from 'vitest';
import { shorten } from './shorten.ts';

describe('shorten', () => {
  it('leaves short text whole, its white space squashed', () => {
    expect(shorten('short', 10)).toBe('short');
    expect(shorten('  One\n two   three ', 40)).toBe('One two three');
  });

  it('cuts at the last whole word that fits, with an ellipsis, within the length', () => {
    expect(shorten('The quick brown fox jumps over the lazy dog.', 20)).toBe('The quick brown fox…');
    const short = shorten('word '.repeat(40), 30);
    expect(short.length).toBeLessThanOrEqual(30);
    expect(short.endsWith(' word…')).toBe(true);
  });

  it('keeps a word that ends right at the cut', () => {
    // "fox" ends at the 19th character, the last before the ellipsis: it stays.
    expect(shorten('The quick brown fox jumps', 20)).toBe('The quick brown fox…');
    expect(shorten('The quick brown foxes jump', 20)).toBe('The quick brown…');
  });

  it('never leaves a dangling comma or dash before the ellipsis', () => {
    expect(shorten('Storm Isolde breaches Port Calder sea wall, floods', 44)).toBe(
      'Storm Isolde breaches Port Calder sea wall…',
    );
    expect(shorten('Markets fell — sharply — on Monday', 16)).toBe('Markets fell…');
  });

  it('cuts inside a word that would leave less than half', () => {
    expect(shorten('A supercalifragilistic word', 12)).toBe('A supercali…');
  });
});
