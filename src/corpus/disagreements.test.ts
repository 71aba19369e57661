import { describe, expect, it } from 'vitest';
import { analyseCorpus } from './analyse.ts';
import { disagreementsOf } from './disagreements.ts';
import type { Disagreement } from './types.ts';
import type { AlignedPair, Article, DateMention, StoryElement } from './types.ts';

/** An article of one sentence a line, with the date mentions named by their words and days. */
function article(
  lines: string[],
  options: { published?: string; dates?: { text: string; day: string; context?: string }[] } = {},
): Article {
  const text = lines.join('\n');
  let at = 0;
  const sentences = lines.map((line, paragraph) => {
    const range = { start: at, end: at + line.length, paragraph };
    at += line.length + 1;
    return range;
  });
  const dates: DateMention[] = (options.dates ?? []).map(({ text: words, day, context }) => {
    const start =
      context === undefined ? text.indexOf(words) : text.indexOf(context) + context.indexOf(words);
    return {
      start,
      end: start + words.length,
      sentence: sentences.findIndex((s) => s.start <= start && start < s.end),
      span: { start: day, end: day },
      precision: 'day',
      basis: 'inferred',
      approximate: false,
    };
  });
  const published = options.published ?? null;
  return {
    id: String(lines.length),
    file: 'x.txt',
    title: '',
    titleSource: 'first-sentence',
    outlet: null,
    outletSource: null,
    url: null,
    published,
    publishedSource: published === null ? null : 'metadata',
    text,
    metadata: [],
    paragraphs: sentences.map((s) => ({ start: s.start, end: s.end, kind: 'paragraph' })),
    sentences,
    wordCount: 0,
    quotes: [],
    dateReference: published === null ? null : { date: published, source: 'published' },
    dates,
    publishedBound: null,
  };
}

const pair = (a: number, b: number): AlignedPair => ({ a, b, score: 0.5, quoteGroup: null });

const values = (found: Disagreement[]) => found.map((d) => d.sides.map((s) => s.value));

describe('disagreementsOf', () => {
  it('flags different figures for one thing in aligned passages, with both sides', () => {
    const one = article(['Acme shares fell 13 percent on the news.']);
    const two = article(['Acme shares fell 18% on the news.']);
    const found = disagreementsOf({ articles: [one, two], alignments: [pair(0, 1)], elements: [] });
    expect(found).toHaveLength(1);
    const [d] = found as [Disagreement];
    expect(d).toMatchObject({ kind: 'percent', update: false, pairing: 'aligned' });
    expect(d.sides.map((s) => [s.article, s.sentence, s.value])).toEqual([
      [0, 0, '13%'],
      [1, 0, '18%'],
    ]);
    expect(one.text.slice(d.sides[0]?.start, d.sides[0]?.end)).toBe('13 percent');
  });

  it('normalises before comparing: the same figure written two ways is no disagreement', () => {
    const cases: [string, string][] = [
      ['Acme shares fell 17 percent.', 'Acme shares fell 17%.'],
      ['Acme spent $5.58 million on it.', 'Acme spent $5.58M on it.'],
      ['Acme lost $465bn in value.', 'Acme lost $465 billion in value.'],
      ['Acme lost $589bn in value.', 'Acme lost $588.8 billion in value.'],
      ['Acme hired two engineers.', 'Acme hired 2 engineers.'],
    ];
    for (const [x, y] of cases) {
      const corpus = { articles: [article([x]), article([y])], alignments: [pair(0, 1)], elements: [] };
      expect(disagreementsOf(corpus), `${x} / ${y}`).toEqual([]);
    }
  });

  it('pairs figures by role: the same unit, then the words around them', () => {
    const one = article(['Acme lost 9% in March, and fell 13% on Monday, erasing $465 billion.']);
    const two = article(['Acme fell 18% on Monday after a 9% drop in March, erasing $589 billion.']);
    const found = disagreementsOf({ articles: [one, two], alignments: [pair(0, 1)], elements: [] });
    expect(values(found)).toEqual([
      ['13%', '18%'],
      ['$465 billion', '$589 billion'],
    ]);
  });

  it('does not compare a sum with one thing’s figure', () => {
    const one = article(['Acme and Bolt lost a combined $800 billion on Monday.']);
    const two = article(['Acme lost $589 billion on Monday.']);
    expect(disagreementsOf({ articles: [one, two], alignments: [pair(0, 1)], elements: [] })).toEqual([]);
  });

  it('marks a later report of a figure marked as of a moment as an update, earlier side first', () => {
    const later = article(['Acme shares fell 18% on Monday.'], { published: '2025-01-28' });
    const earlier = article(['Acme shares fell as much as 13% early on Monday.'], {
      published: '2025-01-27',
    });
    const found = disagreementsOf({ articles: [later, earlier], alignments: [pair(0, 1)], elements: [] });
    expect(found).toHaveLength(1);
    expect(found[0]?.update).toBe(true);
    expect(values(found)).toEqual([['as much as 13%', '18%']]);
  });

  it('calls a figure an update only when the passages mark time and the articles are of different days', () => {
    const update = (x: string, dayX: string, y: string, dayY: string) =>
      disagreementsOf({
        articles: [article([x], { published: dayX }), article([y], { published: dayY })],
        alignments: [pair(0, 1)],
        elements: [],
      }).map((d) => d.update);
    const closing = 'Acme shares closed down 18% on Monday.';
    expect(update(closing, '2025-01-28', 'Acme shares closed down 13% on Monday.', '2025-01-27')).toEqual([
      true,
    ]);
    expect(update(closing, '2025-01-27', 'Acme shares closed down 13% on Monday.', '2025-01-27')).toEqual([
      false,
    ]);
    const plain = 'Acme shares fell 18% on Monday.';
    expect(update(plain, '2025-01-28', 'Acme shares fell 13% on Monday.', '2025-01-27')).toEqual([false]);
  });

  it('finds the figure an aligned passage moved to its next sentence', () => {
    const one = article(['Acme had its worst day yet.', 'Acme shares fell 13% by noon.']);
    const two = article(['Acme had its worst day yet, as Acme shares fell 18% by the close.']);
    const found = disagreementsOf({ articles: [one, two], alignments: [pair(0, 2)], elements: [] });
    expect(found.map((d) => d.pairing)).toEqual(['nearby']);
    expect(values(found)).toEqual([['13%', '18%']]);
  });

  it('passes a disagreement on to a copy of a figure', () => {
    const one = article(['Acme shares fell 13% on Monday.']);
    const two = article(['Acme shares fell 17% on Monday.']);
    const three = article(['Acme shares dropped by 17% on Monday.']);
    // Only one and two are aligned with each other; two and three tell one thing alike.
    const found = disagreementsOf({
      articles: [one, two, three],
      alignments: [pair(0, 1), pair(1, 2)],
      elements: [],
    });
    expect(found.map((d) => [d.pairing, ...d.sides.map((s) => s.article)])).toEqual([
      ['aligned', 0, 1],
      ['linked', 0, 2],
    ]);
  });

  it('flags different days for one event in one story element, not two bare weekdays of one name', () => {
    const hearing = (day: string, date: string) =>
      article([`Lee testified before the Senate on ${day} about the merger.`], {
        dates: [{ text: day, day: date }],
      });
    const element = (n: number): StoryElement => ({
      label: { article: 0, sentence: 0 },
      members: Array.from({ length: n }, (_, a) => ({ article: a, sentence: 0 })),
      articles: Array.from({ length: n }, (_, a) => a),
    });
    const apart = {
      articles: [hearing('Tuesday', '2025-01-28'), hearing('Wednesday', '2025-01-29')],
      alignments: [pair(0, 1)],
      elements: [element(2)],
    };
    const found = disagreementsOf(apart);
    expect(found.map((d) => [d.kind, ...d.sides.map((s) => s.value)])).toEqual([
      ['date', '2025-01-28', '2025-01-29'],
    ]);
    // The same weekday read against two reference days is a difference of reading, not of the texts.
    const alike = {
      ...apart,
      articles: [hearing('Tuesday', '2025-01-28'), hearing('Tuesday', '2025-01-21')],
    };
    expect(disagreementsOf(alike)).toEqual([]);
    const dated = article(['Lee testified before the Senate on Jan. 21 about the merger.'], {
      dates: [{ text: 'Jan. 21', day: '2025-01-21' }],
    });
    expect(disagreementsOf({ ...apart, articles: [hearing('Tuesday', '2025-01-28'), dated] })).toEqual([]);
    // Aligned but of two elements: no day is compared.
    expect(disagreementsOf({ ...apart, elements: [] })).toEqual([]);
  });

  it('does not compare the days of two datelines: each report dates itself', () => {
    const report = (day: string, date: string) =>
      article([`LONDON, ${day} (Wire Service) – Lee testified before the Senate about the merger.`], {
        dates: [{ text: day, day: date }],
      });
    const element: StoryElement = {
      label: { article: 0, sentence: 0 },
      members: [0, 1].map((a) => ({ article: a, sentence: 0 })),
      articles: [0, 1],
    };
    const corpus = (a: Article, b: Article) => ({
      articles: [a, b],
      alignments: [pair(0, 1)],
      elements: [element],
    });
    expect(disagreementsOf(corpus(report('Jan. 15', '2025-01-15'), report('Jan. 22', '2025-01-22')))).toEqual(
      [],
    );
    // The same days told in the sentence, not as its dateline, are a disagreement.
    const told = (day: string, date: string) =>
      article([`In London, Lee testified before the Senate on ${day} about the merger.`], {
        dates: [{ text: day, day: date }],
      });
    expect(
      disagreementsOf(corpus(told('Jan. 15', '2025-01-15'), told('Jan. 22', '2025-01-22'))),
    ).toHaveLength(1);
  });

  it('flags a weekday its own date does not fall on, and only that', () => {
    const wrong = article(['The update crashed machines on Thursday (July 19).'], {
      dates: [{ text: 'Thursday (July 19)', day: '2024-07-19' }],
    });
    const right = article(['The essay was posted Wednesday (Jan. 29).'], {
      dates: [{ text: 'Wednesday (Jan. 29)', day: '2025-01-29' }],
    });
    const found = disagreementsOf({ articles: [wrong, right], alignments: [], elements: [] });
    const start = wrong.text.indexOf('Thursday (July 19)');
    expect(found).toEqual([
      {
        kind: 'weekday',
        sides: [{ article: 0, sentence: 0, start, end: start + 18, value: 'Thursday/2024-07-19 Friday' }],
        update: false,
        pairing: 'calendar',
      },
    ]);
  });

  it('compares a big element’s members with its label, not with each other', () => {
    const n = 300;
    const articles = Array.from({ length: n }, (_, i) =>
      article([`Acme shares fell ${i === n - 1 ? 18 : 13}% on Monday.`]),
    );
    const element: StoryElement = {
      label: { article: 0, sentence: 0 },
      members: articles.map((_, a) => ({ article: a, sentence: 0 })),
      articles: articles.map((_, a) => a),
    };
    const found = disagreementsOf({ articles, alignments: [], elements: [element] });
    // The dissenting member against the label, passed on to at most 16 of the label's copies: not 299 pairs.
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThanOrEqual(17);
    expect(found.every((d) => d.sides[1]?.article === n - 1 && d.sides[1].value === '18%')).toBe(true);
    expect(found[0]).toMatchObject({ pairing: 'element', sides: [{ article: 0 }, { article: n - 1 }] });
  });

  it('is plain JSON data, the same on every run', () => {
    const one = article(['Acme shares fell 13% on Monday.']);
    const two = article(['Acme shares fell 17% on Monday.']);
    const corpus = { articles: [one, two], alignments: [pair(0, 1)], elements: [] };
    const found = disagreementsOf(corpus);
    expect(JSON.parse(JSON.stringify(found))).toEqual(found);
    expect(disagreementsOf(corpus)).toEqual(found);
  });
});

describe('disagreementsOf on an analysed corpus', () => {
  const copy = (headline: string, fell: string, wiped: string, stores: number) => ` date 2025-03-12

${headline}

Shares of Acme Corp fell ${fell} after the company cut its full-year profit forecast.

The drop wiped about ${wiped} off the value of the founder's stake, according to company filings.

Acme said it would close ${String(stores)} stores in Ohio and lay off 300 workers by the end of the year.

Chief executive Jane Doe told analysts on a call that demand had weakened sharply in the fourth quarter.
`;

  it('finds the one real difference between two syndicated copies, not their differences of style', () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    const result = analyseCorpus([
      {
        name: 'one.txt',
        bytes: encode(copy('Acme shares slump', '17 percent on Tuesday', '$5.58 million', 12)),
      },
      { name: 'two.txt', bytes: encode(copy('Acme stock tumbles', '17% on March 11', '$5.58M', 14)) },
    ]);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const found = disagreementsOf(result.corpus);
    expect(found.map((d) => [d.kind, d.pairing, ...d.sides.map((s) => s.value)])).toEqual([
      ['number', 'aligned', '12 stores', '14 stores'],
    ]);
  });

  it('flags one quotation credited to two people, not one person named two ways nor a resolved "he"', () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    const report = (credit: string) => ({
      name: `${credit.replace(/\W+/g, '-')}.txt`,
      bytes: encode(
        `Acme cuts its forecast\n\nShares of Acme Corp fell sharply on Tuesday.\n\n"Demand has weakened sharply in every region we serve," ${credit}.\n`,
      ),
    });
    const analysed = (...credits: string[]) => {
      const result = analyseCorpus(credits.map(report));
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      return disagreementsOf(result.corpus).filter((d) => d.kind === 'name');
    };
    const found = analysed('said Jane Doe', 'said John Roe');
    expect(found.map((d) => [d.pairing, ...d.sides.map((s) => s.value)])).toEqual([
      ['quote', 'Jane Doe', 'John Roe'],
    ]);
    expect(analysed('said Jane Doe', 'Doe said')).toEqual([]);
  });
});
