import { describe, expect, it } from 'vitest';
import { countsText } from './summary.ts';

describe('countsText', () => {
  it('counts the exact matches, and says the close ones apart', () => {
    expect(countsText({ passages: 28, articles: 5 }, { passages: 0, articles: 0 })).toBe(
      '28 passages in 5 articles',
    );
    expect(countsText({ passages: 1, articles: 1 }, { passages: 1, articles: 1 })).toBe(
      '1 passage in 1 article, and 1 close match below',
    );
    expect(countsText({ passages: 0, articles: 0 }, { passages: 2, articles: 1 })).toBe(
      '2 close matches in 1 article, none exact',
    );
  });
});
