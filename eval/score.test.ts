import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../src/corpus/analyse.ts';
import type { Corpus } from '../src/corpus/types.ts';
import { checkGold, locate, type Gold } from './gold.ts';
import { acceptableTitle, meetsFloor, sameDays, sameSpeaker, score, type Figure } from './score.ts';

const encode = (text: string) => new TextEncoder().encode(text);

const ONE = ` date 2025-01-28

Chipmaker shares slide after rival's launch

Shares of Acme fell 12 percent on Monday after the launch, the biggest drop since March 2020.

"We are watching closely," said Jane Doe, the chief executive of Acme.

Analysts expect a recovery next year.
`;
const TWO = ` date 2025-01-28

Acme stock tumbles

Acme shares fell 12 percent on Monday after the launch.

"We are watching closely," Doe said on Tuesday.

The company plans a new factory in Ohio.
`;

function corpusOf(): Corpus {
  const result = analyseCorpus([
    { name: 'one.txt', bytes: encode(ONE) },
    { name: 'two.txt', bytes: encode(TWO) },
  ]);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.corpus;
}

function gold(overrides: Partial<Gold> = {}): Gold {
  return {
    corpus: 'test',
    folder: 'test',
    articles: {
      'one.txt': {
        titles: ["Chipmaker shares slide after rival's launch"],
        published: '2025-01-28',
        reference: '2025-01-28',
        dates: [
          { text: 'Monday', start: '2025-01-27', end: '2025-01-27' },
          { text: 'March 2020', start: '2020-03-01', end: '2020-03-31' },
        ],
        quotes: [{ text: 'We are watching closely,', speaker: 'Jane Doe' }],
      },
      'two.txt': {
        titles: ['Acme stock tumbles'],
        published: '2025-01-28',
        reference: '2025-01-28',
        dates: [{ text: 'Tuesday', start: '2025-01-28', end: '2025-01-28' }],
        quotes: [{ text: 'We are watching closely,', speaker: 'Jane Doe' }],
      },
    },
    quoteGroups: [
      [
        { file: 'one.txt', text: 'We are watching closely,' },
        { file: 'two.txt', text: 'We are watching closely,' },
      ],
    ],
    pairs: [
      {
        a: { file: 'one.txt', text: 'Shares of Acme fell 12 percent' },
        b: { file: 'two.txt', text: 'Acme shares fell 12 percent' },
        kind: 'copy',
      },
    ],
    negatives: [
      {
        a: { file: 'one.txt', text: 'Analysts expect a recovery' },
        b: { file: 'two.txt', text: 'plans a new factory' },
        why: 'different claims',
      },
    ],
    events: [],
    ...overrides,
  };
}

const figure = (figures: Figure[], name: string) => {
  const found = figures.find((f) => f.name === name);
  if (!found) throw new Error(`no figure ${name}`);
  return found;
};

describe('locate', () => {
  it('finds a text that occurs once, and a repeated one through its context', () => {
    expect(locate('a cat and a dog', { text: 'dog' })).toEqual({ start: 12, end: 15 });
    expect(locate('a cat and a dog', { text: 'a', context: 'a dog' })).toEqual({ start: 10, end: 11 });
  });
  it('says why a span cannot be found exactly once', () => {
    expect(locate('a cat and a dog', { text: 'a' })).toMatch(/occurs 4 times/);
    expect(locate('a cat', { text: 'cow' })).toMatch(/is not in the text/);
    expect(locate('a cat', { text: 'cow', context: 'a cat' })).toMatch(/does not hold/);
  });
});

describe('checkGold', () => {
  const texts = new Map([
    ['one.txt', ONE],
    ['two.txt', TWO],
  ]);
  it('accepts a gold whose spans are all in their articles', () => {
    expect(checkGold(gold(), texts)).toEqual([]);
  });
  it('names the file and the span of every problem', () => {
    const broken = gold();
    broken.articles['one.txt']?.dates.push({ text: 'Sunday', start: '2025-01-26', end: '2025-1-26' });
    broken.quoteGroups[0]?.push({ file: 'two.txt', text: 'never said' });
    expect(checkGold(broken, texts)).toEqual([
      'test: one.txt: date: "Sunday" is not in the text',
      'test: one.txt: date "Sunday" end "2025-1-26" is not YYYY-MM-DD',
      'test: two.txt: quote group member "never said" is not one of its quotes',
    ]);
  });
});

describe('matching rules', () => {
  it('takes a title up to what its source cannot hold, and no other title', () => {
    const gold = "Nvidia's $589bn loss, largest in market history";
    expect(
      acceptableTitle({ title: 'NVIDIA’s 589bn loss largest in market history', titleSource: 'url' }, gold),
    ).toBe(true);
    expect(
      acceptableTitle(
        { title: 'NVIDIA’s 589bn loss largest in market history', titleSource: 'headline' },
        gold,
      ),
    ).toBe(false);
    expect(
      acceptableTitle({ title: 'Nvidia’s $589bn loss, largest…', titleSource: 'first-sentence' }, gold),
    ).toBe(true);
    expect(
      acceptableTitle({ title: 'Nvidia’s $589bn gain, largest…', titleSource: 'first-sentence' }, gold),
    ).toBe(false);
    expect(acceptableTitle({ title: 'Nvidia’s $589bn loss', titleSource: 'first-sentence' }, gold)).toBe(
      false,
    );
  });
  it('takes a surname, or a name with its title, as the same speaker, and another person as not', () => {
    expect(sameSpeaker('Doe', 'Jane Doe')).toBe(true);
    expect(sameSpeaker('CEO Jane Doe', 'Jane Doe')).toBe(true);
    expect(sameSpeaker('Experts', 'Jane Doe')).toBe(false);
    expect(sameSpeaker('John Roe', 'Jane Doe')).toBe(false);
  });
  it('wants a day exactly, a month within a day at each end, and a hedged span centred inside', () => {
    expect(
      sameDays(
        { start: '2025-01-27', end: '2025-01-27' },
        { text: '', start: '2025-01-27', end: '2025-01-27' },
      ),
    ).toBe(true);
    expect(
      sameDays(
        { start: '2025-01-20', end: '2025-01-20' },
        { text: '', start: '2025-01-27', end: '2025-01-27' },
      ),
    ).toBe(false);
    expect(
      sameDays(
        { start: '2024-12-31', end: '2025-01-31' },
        { text: '', start: '2025-01-01', end: '2025-01-31' },
      ),
    ).toBe(true);
    expect(
      sameDays(
        { start: '2024-12-01', end: '2024-12-31' },
        { text: '', start: '2025-01-01', end: '2025-01-31' },
      ),
    ).toBe(false);
    const hedged = { text: '', start: '2024-12-15', end: '2025-01-15', approximate: true };
    expect(sameDays({ start: '2024-12-25', end: '2025-01-05' }, hedged)).toBe(true);
    expect(sameDays({ start: '2025-01-10', end: '2025-02-10' }, hedged)).toBe(false);
  });
});

describe('score', () => {
  const corpus = corpusOf();

  it('counts what the pipeline gets right on a small corpus it reads well', () => {
    const figures = score(corpus, gold());
    expect(figure(figures, 'titles acceptable')).toMatchObject({ hit: 2, of: 2 });
    expect(figure(figures, 'stated publication dates found')).toMatchObject({ hit: 2, of: 2 });
    expect(figure(figures, 'publication dates wrong')).toMatchObject({ hit: 0, of: 2 });
    expect(figure(figures, 'date expressions found')).toMatchObject({ of: 3 });
    expect(figure(figures, 'quotes found')).toMatchObject({ hit: 2, of: 2 });
    expect(figure(figures, 'quote-group pairs joined')).toMatchObject({ hit: 1, of: 1 });
    expect(figure(figures, 'alignment recall')).toMatchObject({ hit: 1, of: 1 });
    expect(figure(figures, 'hard negatives aligned')).toMatchObject({ hit: 0, of: 1 });
  });

  it('counts a wrong answer as a miss, and says what it was', () => {
    const wrong = gold();
    const one = wrong.articles['one.txt'];
    if (!one) throw new Error('no one.txt');
    one.titles = ['Another headline'];
    one.published = '2025-01-29';
    one.quotes = [{ text: 'We are watching closely,', speaker: 'Richard Roe' }];
    const figures = score(corpus, wrong);
    expect(figure(figures, 'titles acceptable')).toMatchObject({ hit: 1, of: 2 });
    expect(figure(figures, 'titles acceptable').misses).toEqual([
      `one.txt: title "Chipmaker shares slide after rival's launch" (headline), expected "Another headline"`,
    ]);
    expect(figure(figures, 'publication dates wrong')).toMatchObject({ hit: 1, of: 2 });
    expect(figure(figures, 'speakers wrong')).toMatchObject({ hit: 1, of: 2 });
    expect(meetsFloor(figure(figures, 'speakers wrong'))).toBe(false);
  });
});
