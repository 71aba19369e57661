// The rule for a sentence that makes no claim, on the sentences issue 13 names and on short ones that do claim.
import { describe, expect, it } from 'vitest';
import { makesClaim } from './claim.ts';
import { SEED_FILLER as filler } from '../test-support/seed-filler.ts';

describe('makesClaim', () => {
  it('finds no claim in very short sentences of function words, or a question of two content words', () => {
    for (const sentence of filler) expect(makesClaim(sentence, sentence), sentence).toBe(false);
  });

  it('keeps short sentences with a number or a name, from the development corpora and the seeds', () => {
    const claims = [
      'Fri, 19 Jul 2024 18:24:14 PKT', // a dateline of crowdstrike-outage-july-2024
      'BY MILCAH TANIMU', // a byline there, in capitals
      'Outages spread everywhere.', // three content words, no name
      'Sam Altman reacts', // a heading of deepseek-jan-2025
      'We’re always first.', // a quote told by two of its articles
      'Nothing less than global AI dominance.', // the seeds
      'It fell 17%.',
      'Seven died?',
      'What about Altman?', // a name is all it has
      'AI?', // an acronym, first though it is
    ];
    for (const sentence of claims) expect(makesClaim(sentence, ''), sentence).toBe(true);
  });

  it('reads a capitalised first word as a name when the article writes it so in mid-sentence', () => {
    expect(makesClaim('Bloomberg.', 'Bloomberg. Shares fell, according to Bloomberg and others.')).toBe(true);
    expect(makesClaim('Nvidia?', 'Nvidia? Shares of Nvidia fell.')).toBe(true);
    // Written so only at the start of sentences, or inside a longer word, it may be any word.
    expect(makesClaim('Translation?', 'Translation? Yes. Translation matters. Mistranslation.')).toBe(false);
    expect(makesClaim('Nvidia?', 'Nvidia? Shares of NvidiaX fell.')).toBe(false);
  });

  it('keeps every longer sentence, whatever its words', () => {
    expect(makesClaim('And so it is, as it was, and as it will be.', '')).toBe(true);
  });
});
