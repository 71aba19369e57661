import { describe, expect, it } from 'vitest';
import { fold } from './fold.ts';
import { contentWords, namedThings, sentenceFeatures } from './words.ts';

describe('contentWords', () => {
  it('leaves stop words, verbs of saying and numbers out, and stems the rest', () => {
    expect(contentWords(fold('He said that the rules were working, and they still are.'))).toEqual([
      'rule',
      'work',
    ]);
    expect(contentWords(fold('Seven models cost 50,000 dollars, 3.5 times more, in the 29th week'))).toEqual([
      'model',
      'cost',
      'dollar',
      'time',
      'week',
    ]);
  });

  it('stems inflections to one word: strengthens, strengthened, strengthen', () => {
    const stems = ['strengthens', 'strengthened', 'strengthen', 'strengthening'].map((w) => contentWords(w));
    expect(stems).toEqual([['strengthen'], ['strengthen'], ['strengthen'], ['strengthen']]);
    expect(contentWords('chips chip')).toEqual(['chip', 'chip']);
  });

  it('leaves contraction fragments and initials out, so "U.S." and "US" give the same words', () => {
    expect(contentWords(fold('DeepSeek didn’t and isn’t'))).toEqual(['deepseek']);
    expect(contentWords(fold('the U.S. companies'))).toEqual(['compani']);
    expect(contentWords(fold('the US companies'))).toEqual(['compani']);
  });
});

describe('namedThings', () => {
  it('gives "U.S." and "US" both as `us`, and other dotted acronyms joined', () => {
    expect(namedThings('Chips made in the U.S. and sold in the US.').names).toEqual(['us', 'us']);
    expect(namedThings('Both the E.U. and the U.K. agreed with the CCP.').names).toEqual(['eu', 'uk', 'ccp']);
  });

  it('returns a capitalised first word apart, in `initial`, and the names after it', () => {
    expect(namedThings('Amodei compares DeepSeek with Claude.')).toEqual({
      names: ['deepseek', 'claude'],
      initial: 'amodei',
    });
    expect(namedThings('“Nvidia fell,” he said.')).toEqual({ names: [], initial: 'nvidia' });
  });

  it('keeps an acronym opening the sentence as a name', () => {
    expect(namedThings('US companies are ahead of China.')).toEqual({
      names: ['us', 'china'],
      initial: null,
    });
    expect(namedThings('U.S. models lead.')).toEqual({ names: ['us'], initial: null });
  });

  it('takes no function word or number word for a name, capitalised or shouted', () => {
    expect(namedThings('If the rules work, The Times says, AI is STILL ahead of Seven rivals.')).toEqual({
      names: ['times', 'ai'],
      initial: null,
    });
  });

  it('takes model names as names', () => {
    expect(namedThings('It beat DeepSeek V3 on H100 chips.').names).toEqual(['deepseek', 'v3', 'h100']);
  });
});

describe('sentenceFeatures', () => {
  it('gives words, names, initial and number keys of a sentence', () => {
    expect(
      sentenceFeatures(
        'Amodei wrote that DeepSeek is close to U.S. models between seven and 10 months older.',
      ),
    ).toEqual({
      words: ['amodei', 'deepseek', 'close', 'model', 'month', 'older'],
      names: ['us', 'deepseek'],
      initial: 'amodei',
      numbers: ['7-10'],
    });
  });

  it('gives two renderings of one claim the same numbers and names', () => {
    const a = sentenceFeatures('Claude 3.5 Sonnet cost a few tens of millions of dollars to train.');
    const b = sentenceFeatures('Claude 3.5 Sonnet was trained for a “few $10M’s.”');
    expect(a.numbers).toEqual(['3.5', '10000000-100000000']);
    expect(b.numbers).toEqual(a.numbers);
    expect(a.names).toEqual(['sonnet']);
    expect(b.names).toEqual(['sonnet']);
    expect(sentenceFeatures('It cost $5.58 million.').numbers).toEqual(
      sentenceFeatures('It cost 5.58 million dollars.').numbers,
    );
  });
});
