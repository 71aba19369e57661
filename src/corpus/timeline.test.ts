import { describe, expect, it } from 'vitest';
import { analyse, seedFiles } from '../../bench/align-bench.ts';
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
  const seeds = analyse(seedFiles());

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
    expect(byId['002']?.dateReference).toEqual({ date: '2025-01-30', source: 'corpus' });
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
