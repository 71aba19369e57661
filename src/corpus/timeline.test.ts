import { describe, expect, it } from 'vitest';
import { analyse, corpusOf as folderCorpus } from '../test-support/corpus.ts';
import type { Corpus, TimelineEvent } from './types.ts';

const encode = (files: Record<string, string>) =>
  Object.entries(files).map(([name, text]) => ({ name, bytes: new TextEncoder().encode(text) }));

const chosen = (event: TimelineEvent | undefined) =>
  event?.date === null || event === undefined ? null : (event.dates[event.date] ?? null);
const eventOf = (corpus: Corpus, id: string) => corpus.timeline.events.find((e) => e.id === id);
const idsOf = (corpus: Corpus, event: TimelineEvent | undefined) => [
  ...new Set(event?.mentions.map((m) => corpus.articles[m.article]?.id)),
];

describe('the seeds', () => {
  const seeds = folderCorpus('seeds');

  it('dates the essay 2025-01-29 from PYMNTS\'s "Wednesday (Jan. 29)", against its publication date', () => {
    const essay = chosen(eventOf(seeds, 'essay'));
    expect(essay).toMatchObject({ span: { start: '2025-01-29', end: '2025-01-29' }, basis: 'inferred' });
    const article = seeds.articles[essay?.mention?.article ?? -1];
    expect(article?.id).toBe('004');
    expect(article?.dateReference).toEqual({ date: '2025-01-30', source: 'published' });
  });

  it('dates the Lutnick hearing 2025-01-29 from the "Wednesday" of 001 and 002', () => {
    const hearing = eventOf(seeds, 'lutnick-hearing');
    expect(idsOf(seeds, hearing)).toEqual(['001', '002']);
    expect(chosen(hearing)).toMatchObject({
      span: { start: '2025-01-29', end: '2025-01-29' },
      basis: 'inferred',
    });
    expect(hearing?.conflict).toBe(false);
  });

  it('dates the Nvidia drop 2025-01-27 from events.json, naming the source', () => {
    const drop = chosen(eventOf(seeds, 'nvidia-drop'));
    expect(drop).toMatchObject({
      span: { start: '2025-01-27', end: '2025-01-27' },
      basis: 'external',
      mention: null,
    });
    expect(drop?.source).toContain('Nvidia');
  });

  it('gives the date in a sentence to the event whose cue is nearest: "last week" is R1\'s, not Nvidia\'s', () => {
    const r1 = eventOf(seeds, 'r1-release');
    const fromText = r1?.dates.find((d) => d.basis === 'inferred');
    expect(fromText?.span).toEqual({ start: '2025-01-20', end: '2025-01-26' });
    expect(eventOf(seeds, 'nvidia-drop')?.dates.map((d) => d.basis)).toEqual(['external']);
  });

  it('resolves the undated articles against the corpus and bounds their publication by what they report', () => {
    const byId = Object.fromEntries(seeds.articles.map((a) => [a.id, a]));
    expect(byId['002']?.dateReference).toEqual({ date: '2025-01-29', source: 'inferred' });
    const bound = byId['002']?.publishedBound;
    expect(bound?.after).toBe('2025-01-29');
    expect(seeds.timeline.events[bound?.event ?? -1]?.id).toBe('essay');
    expect(byId['004']?.publishedBound).toBeNull();
  });

  it('orders events by date, the 2026-2027 forecast last, as a stated range', () => {
    const starts = seeds.timeline.events.map((e) => chosen(e)?.span.start ?? '9999');
    expect(starts).toEqual([...starts].sort());
    const last = seeds.timeline.events[seeds.timeline.events.length - 1];
    expect(last?.id).toBe('chips-forecast');
    expect(chosen(last)).toMatchObject({ span: { start: '2026-01-01', end: '2027-12-31' }, basis: 'stated' });
  });
});

describe('conflicts', () => {
  const corpus = analyse(
    encode({
      'a.txt':
        'Breakwater approved\n\nThe council approved the breakwater on March 3, 2025, after a long review.\n',
      'b.txt': 'Breakwater vote\n\nThe council approved the breakwater on March 4, 2025.\n',
      'events.json': JSON.stringify({
        events: [
          {
            id: 'approval',
            name: 'The breakwater is approved',
            cues: ['approved the breakwater'],
            date: { start: '2025-03-03', basis: 'external', source: 'the council minutes' },
          },
        ],
      }),
    }),
  );

  it('keeps every dating of an event and flags the event when they cannot all be true', () => {
    const approval = eventOf(corpus, 'approval');
    expect(approval?.dates.map((d) => [d.span.start, d.basis])).toEqual([
      ['2025-03-03', 'stated'],
      ['2025-03-04', 'stated'],
      ['2025-03-03', 'external'],
    ]);
    expect(approval?.conflict).toBe(true);
  });
});

describe('a folder with no events.json and no dated article', () => {
  const corpus = analyse(
    encode({
      'a.txt': 'Storm hits\n\nThe storm hit on Tuesday. The harbour reopened on Jan. 8, 2025.\n',
      'b.txt': 'Cleanup\n\nVolunteers cleared the beach last week.\n',
    }),
  );

  it('resolves each article against its own stated dates, keeps the rest unresolved, and lists every mention', () => {
    const [a, b] = corpus.articles;
    expect(a?.dateReference).toEqual({ date: '2025-01-08', source: 'own-dates' });
    expect(a?.dates.map((d) => [d.basis, d.span?.start])).toEqual([
      ['inferred', '2025-01-07'],
      ['stated', '2025-01-08'],
    ]);
    expect(b?.dateReference).toBeNull();
    expect(b?.dates.map((d) => [d.basis, d.span])).toEqual([['unresolved', null]]);
    expect(corpus.timeline.events).toEqual([]);
    expect(corpus.timeline.unnamed).toEqual([
      { article: 0, date: 0 },
      { article: 0, date: 1 },
      { article: 1, date: 0 },
    ]);
  });
});

/** A corpus of made-up articles: `published` gives sources.json dates, `events` the events.json entries. */
function corpusOf(
  texts: Record<string, string>,
  published: Record<string, string>,
  events: { id: string; name: string; cues: string[] }[] = [],
) {
  const sources = Object.fromEntries(
    Object.entries(published).map(([file, day]) => [file, { published: day }]),
  );
  return analyse(
    encode({ ...texts, 'sources.json': JSON.stringify(sources), 'events.json': JSON.stringify({ events }) }),
  );
}

describe('the reference day of an undated article', () => {
  // 2025-03-07 is a Friday; the dated article puts the dam's failure on Tuesday 2025-03-04.
  const dated = { 'a.txt': 'Dam fails\n\nThe old dam failed on Tuesday, flooding the valley.\n' };

  it('is the day under which its weekdays and "last week" land on days the dated articles give', () => {
    const corpus = corpusOf(
      {
        ...dated,
        'b.txt':
          'Inquiry opens\n\nAfter the dam failed last week, the county announced an inquiry on Monday.\n',
      },
      { 'a.txt': '2025-03-07' },
    );
    const b = corpus.articles[1];
    expect(b?.dateReference).toEqual({ date: '2025-03-10', source: 'inferred' });
    expect(b?.dates.map((d) => [d.span?.start, d.span?.end])).toEqual([
      ['2025-03-03', '2025-03-09'],
      ['2025-03-10', '2025-03-10'],
    ]);
  });

  it('makes its past weekdays most recent when the known days do not decide', () => {
    const corpus = corpusOf(
      { ...dated, 'b.txt': 'Repairs\n\nCrews began repairs Tuesday and finished Wednesday.\n' },
      { 'a.txt': '2025-03-07' },
    );
    expect(corpus.articles[1]?.dateReference?.date).toBe('2025-03-05');
    // Its Tuesday lands on the dam's: evidence, not the fallback.
    expect(corpus.articles[1]?.dateReference?.source).toBe('inferred');
  });

  it('is the latest publication date when its text tells nothing, and ignores a background date', () => {
    const corpus = corpusOf(
      {
        ...dated,
        'b.txt': 'Dam history\n\nThe dam was opened on June 2, 1961, by the governor.\n',
        'c.txt': 'Dam fails\n\nThe valley flooded.\n',
      },
      { 'a.txt': '2025-03-07', 'c.txt': '2025-03-09' },
    );
    expect(corpus.articles[1]?.dateReference).toEqual({ date: '2025-03-09', source: 'corpus' });
  });
});

describe('conflicts between undated articles', () => {
  const events = [{ id: 'vote', name: 'The council votes', cues: ['council voted'] }];

  it('are raised when references anchored in the corpus give different weekdays', () => {
    const corpus = corpusOf(
      {
        'a.txt': 'Storm\n\nThe storm hit on Monday.\n',
        'b.txt': 'Vote\n\nAfter the storm on Monday, the council voted on Tuesday.\n',
        'c.txt': 'Vote\n\nAfter the storm on Monday, the council voted on Wednesday.\n',
      },
      { 'a.txt': '2025-03-03' },
      events,
    );
    const vote = eventOf(corpus, 'vote');
    expect(vote?.dates.map((d) => d.span.start)).toEqual(['2025-03-04', '2025-03-05']);
    expect(vote?.conflict).toBe(true);
  });

  it('are not raised by datings resolved against a fallback reference', () => {
    const corpus = corpusOf(
      {
        'a.txt': 'Storm\n\nRain fell.\n',
        'b.txt': 'Vote\n\nThe council voted on Tuesday.\n',
        'c.txt': 'Vote\n\nThe council voted on Wednesday.\n',
      },
      { 'a.txt': '2025-03-03' },
      events,
    );
    expect(eventOf(corpus, 'vote')?.conflict).toBe(false);
  });

  it('are not raised by one article whose dates of the event disagree with each other', () => {
    const corpus = corpusOf(
      {
        'a.txt': 'Storm\n\nThe council voted on Monday, the mayor said.\n',
        'b.txt': 'Vote\n\nThe council voted last week. The council voted again on Tuesday.\n',
      },
      { 'a.txt': '2025-03-03', 'b.txt': '2025-03-11' },
      events,
    );
    const vote = eventOf(corpus, 'vote');
    expect(vote?.dates.map((d) => d.span.start)).toEqual(['2025-03-03', '2025-03-03', '2025-03-11']);
    expect(vote?.conflict).toBe(false);
  });
});

describe('the date an event is placed at', () => {
  it('is, among equally known and equally narrow datings, the one told in the most different sentences', () => {
    const events = [{ id: 'vote', name: 'The council votes', cues: ['council voted'] }];
    const corpus = corpusOf(
      {
        'a.txt': 'Vote\n\nThe council voted on Tuesday.\n',
        'b.txt': 'Vote\n\nThe council voted on Tuesday.\n',
        'c.txt': 'Vote\n\nThe council voted on Wednesday, after a long debate.\n',
        'd.txt': 'Vote\n\nOn Wednesday the council voted to close the pier.\n',
      },
      { 'a.txt': '2025-03-06', 'b.txt': '2025-03-06', 'c.txt': '2025-03-06', 'd.txt': '2025-03-06' },
      events,
    );
    const vote = eventOf(corpus, 'vote');
    expect(chosen(vote)?.span).toEqual({ start: '2025-03-05', end: '2025-03-05' });
    expect(vote?.conflict).toBe(true);
  });

  it('is, among datings alike in all that, the earliest article by id, in whatever order the files come', () => {
    const events = [{ id: 'vote', name: 'The council votes', cues: ['council voted'] }];
    const texts = {
      'b.txt': 'Vote\n\nThe council voted on Tuesday.\n',
      'a.txt': 'Vote\n\nThe council voted on Wednesday, after a long debate.\n',
    };
    const published = { 'a.txt': '2025-03-06', 'b.txt': '2025-03-06' };
    const reversed = Object.fromEntries(Object.entries(texts).reverse());
    for (const files of [texts, reversed]) {
      const corpus = corpusOf(files, published, events);
      const vote = chosen(eventOf(corpus, 'vote'));
      expect(corpus.articles[vote?.mention?.article ?? -1]?.id).toBe('a');
      expect(vote?.span).toEqual({ start: '2025-03-05', end: '2025-03-05' });
    }
  });

  it('is a span told in more sentences that holds every other dating, not a day within it', () => {
    const events = [{ id: 'closure', name: 'The port is closed', cues: ['/port (?:was|had been) closed/'] }];
    const corpus = corpusOf(
      {
        'a.txt': 'Port\n\nThe port was closed on Monday.\n',
        'b.txt': 'Port\n\nShippers complained after the port had been closed for three days of storms.\n',
        'c.txt': 'Port\n\nThe port had been closed for three days of storms, the harbour master said.\n',
        'd.txt': 'Port\n\nPort\n',
      },
      { 'a.txt': '2025-03-05', 'b.txt': '2025-03-05', 'c.txt': '2025-03-05', 'd.txt': '2025-03-05' },
      events,
    );
    const closure = eventOf(corpus, 'closure');
    expect(closure?.dates.map((d) => `${d.span.start}..${d.span.end}`)).toEqual([
      '2025-03-03..2025-03-03',
      '2025-03-03..2025-03-05',
      '2025-03-03..2025-03-05',
    ]);
    expect(chosen(closure)?.span).toEqual({ start: '2025-03-03', end: '2025-03-05' });
    expect(closure?.conflict).toBe(false);
  });
});
