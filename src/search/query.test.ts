import { describe, expect, it } from 'vitest';
import { MAX_TERM_LENGTH, MAX_TERMS, parseQuery } from './query.ts';

describe('parseQuery', () => {
  it('folds words into fuzzy terms, with a phrase for several words', () => {
    expect(parseQuery('  Militray   DOMINANCE ')).toEqual({
      kind: 'plain',
      terms: [
        { text: 'militray', words: ['militray'], maxErrors: 2 },
        { text: 'dominance', words: ['dominance'], maxErrors: 2 },
      ],
      phrase: 'militray dominance',
      notes: [],
    });
  });

  it('keeps a quoted phrase whole, with curly quotes folded', () => {
    const query = parseQuery('“few $10M’s”');
    expect(query).toMatchObject({
      kind: 'plain',
      terms: [{ text: "few $10m's", words: ['few', '10m', 's'] }],
      phrase: "few $10m's",
    });
  });

  it.each([["'exact"], ['!not word'], ['^prefix'], ['suffix$'], ['a | b'], ['=whole']])(
    'passes %s to Fuse as extended syntax',
    (q) => {
      expect(parseQuery(q).kind).toBe('extended');
    },
  );

  it('treats money and apostrophes as plain words, not operators', () => {
    expect(parseQuery("$5.58 million don't").kind).toBe('plain');
  });

  it('leaves out one-letter words, except from the phrase', () => {
    expect(parseQuery('a few')).toMatchObject({ kind: 'plain', terms: [{ text: 'few' }], phrase: 'a few' });
    expect(parseQuery('x')).toEqual({ kind: 'empty', notes: ['Type at least two characters.'] });
  });

  it.each([[''], ['   '], ['!'], ['^'], ['|'], ["'"], ['! ^ |']])(
    'gives an empty query for %j, saying why when something was typed',
    (q) => {
      const query = parseQuery(q);
      expect(query.kind).toBe('empty');
      expect(query.notes.length > 0).toBe(q.trim() !== '');
    },
  );

  it('cuts long queries to what Fuse can match, and says so', () => {
    const query = parseQuery(`${'x'.repeat(3000)} ${'word '.repeat(20)}`);
    expect(query.kind).toBe('plain');
    if (query.kind !== 'plain') return;
    expect(query.terms).toHaveLength(MAX_TERMS);
    expect(query.terms[0]?.text).toHaveLength(MAX_TERM_LENGTH);
    expect(query.notes).toEqual([
      `Only the first ${MAX_TERMS} words are searched.`,
      `Words are matched on their first ${MAX_TERM_LENGTH} characters.`,
    ]);
  });
});
