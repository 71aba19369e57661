import { describe, expect, it } from 'vitest';
import {
  articleFilter,
  articlePatch,
  chartRows,
  datedCounts,
  eventEntries,
  eventPassages,
  groupLabel,
  mentionGroups,
  openIndexes,
  openPatch,
  timelineState,
  toggleOpen,
} from './model.ts';
import { corpusOf } from '../../test-support/corpus.ts';

const seeds = corpusOf('seeds');
const other = corpusOf('src/corpus/fixtures/other-story');

describe('the URL state', () => {
  it('reads and writes the article filter', () => {
    expect(timelineState({})).toEqual({ article: null, open: [] });
    expect(timelineState({ article: '002' })).toEqual({ article: '002', open: [] });
    expect(articlePatch('002')).toEqual({ article: '002' });
    expect(articlePatch(null)).toEqual({ article: null });
  });

  it('finds the article filtered to, and says when an id names none', () => {
    expect(articleFilter(seeds, { article: null, open: [] })).toEqual({ kind: 'all' });
    expect(articleFilter(seeds, { article: '002', open: [] })).toEqual({ kind: 'one', index: 2 });
    expect(articleFilter(seeds, { article: 'nope', open: [] })).toEqual({ kind: 'unknown', id: 'nope' });
  });

  it('reads the open events back from what it writes, ignoring ids that name no event', () => {
    const opened = toggleOpen(toggleOpen([], 'essay'), 'r1-release');
    expect(opened).toEqual(['essay', 'r1-release']);
    const patch = openPatch(opened);
    const state = timelineState({ open: patch.open ?? '' });
    expect(state.open).toEqual(opened);
    const ids = [...openIndexes(seeds, state)].map((i) => seeds.timeline.events[i]?.id);
    expect(ids.sort()).toEqual(['essay', 'r1-release']);
    expect([...openIndexes(seeds, timelineState({ open: 'nope,,essay,essay' }))]).toHaveLength(1);
    expect(openPatch(toggleOpen(['essay'], 'essay'))).toEqual({ open: null });
  });

  it('opens an event once, and closes it only when not forced open', () => {
    expect(toggleOpen(['essay'], 'essay', true)).toEqual(['essay']);
    expect(toggleOpen(['essay'], 'r1-release', true)).toEqual(['essay', 'r1-release']);
    expect(toggleOpen(['essay', 'r1-release'], 'essay')).toEqual(['r1-release']);
  });
});

describe('eventEntries', () => {
  it('lists every event in date order with the articles mentioning it', () => {
    const entries = eventEntries(seeds, null);
    expect(entries).toHaveLength(seeds.timeline.events.length);
    const hearing = entries.find((e) => e.event.id === 'lutnick-hearing');
    expect(hearing?.articles.map((i) => seeds.articles[i]?.id)).toEqual(['001', '002']);
  });

  it('keeps only the events an article mentions when filtered to it', () => {
    const ids = eventEntries(seeds, 3).map((e) => e.event.id);
    expect(ids).toContain('r1-release');
    expect(ids).toContain('chips-forecast');
    expect(ids).not.toContain('lutnick-hearing');
  });
});

describe('mentionGroups', () => {
  it('has none for the seeds, whose every dated mention dates a named event', () => {
    expect(mentionGroups(seeds, null)).toEqual([]);
  });

  it('groups another story’s mentions by the days they resolve to, in date order', () => {
    const groups = mentionGroups(other, null);
    const total = groups.reduce((n, g) => n + g.mentions.length, 0);
    expect(total).toBe(other.timeline.unnamed.length);
    const starts = groups.map((g) => g.span?.start ?? '~');
    expect(starts).toEqual([...starts].sort());
    const friday = groups.find((g) => g.span?.start === '2026-03-13' && g.span.end === '2026-03-13');
    expect(friday && groupLabel(other, friday)).toMatch(/^‘Friday’.*\(\d+ mentions\)$/);
  });

  it('keeps only one article’s mentions when filtered to it', () => {
    const groups = mentionGroups(other, 0);
    expect(groups.every((g) => g.mentions.every((m) => m.article === 0))).toBe(true);
    expect(groups.length).toBeGreaterThan(0);
  });
});

describe('chartRows', () => {
  it('puts the seeds’ events in date order, each with its datings, the placed one first', () => {
    const rows = chartRows(seeds, eventEntries(seeds, null), []);
    const starts = rows.map((r) => r.marks[0]?.span.start ?? '');
    expect(starts).toEqual([...starts].sort());
    const essay = rows.find((r) => r.key === 'event-essay');
    expect(essay?.when).toBe('29 Jan 2025');
    // The placed day, and 'this week' from news.unisami.com, drawn once each.
    expect(essay?.marks.map((m) => [m.span.start, m.span.end, m.placed])).toEqual([
      ['2025-01-29', '2025-01-29', true],
      ['2025-01-27', '2025-02-02', false],
    ]);
    expect(rows.at(-1)?.label).toBe('AI systems needing millions of chips (forecast)');
  });

  it('gives another story, with no named events, a row per date its mentions resolve to', () => {
    const groups = mentionGroups(other, null);
    const rows = chartRows(other, eventEntries(other, null), groups);
    expect(rows).toHaveLength(groups.filter((g) => g.span !== null).length);
    expect(rows.every((r) => r.kind === 'mentions' && r.event === null)).toBe(true);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });
});

describe('eventPassages', () => {
  it('lists an event’s passages by article, then by sentence', () => {
    const essay = seeds.timeline.events.find((e) => e.id === 'essay');
    const passages = essay ? eventPassages(essay) : [];
    const keys = passages.map((p) => p.article * 1000 + p.sentence);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    expect(passages).toHaveLength(essay?.mentions.length ?? -1);
  });
});

describe('datedCounts', () => {
  it('counts each article’s events once however often it mentions them, and its other dated passages', () => {
    const timeline = {
      events: [
        { mentions: [{ article: 0 }, { article: 0 }, { article: 2 }] },
        { mentions: [{ article: 2 }] },
      ],
      unnamed: [{ article: 1 }, { article: 1 }],
    };
    expect(datedCounts(timeline, 3)).toEqual({ events: [1, 0, 2], others: [0, 2, 0] });
  });

  it('agrees with a count over the seeds', () => {
    const { events, others } = datedCounts(seeds.timeline, seeds.articles.length);
    seeds.articles.forEach((_, i) => {
      expect(events[i]).toBe(
        seeds.timeline.events.filter((e) => e.mentions.some((m) => m.article === i)).length,
      );
      expect(others[i]).toBe(seeds.timeline.unnamed.filter((m) => m.article === i).length);
    });
  });
});
