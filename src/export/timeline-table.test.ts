import { describe, expect, it } from 'vitest';
import { corpusOf } from '../test-support/corpus.ts';
import { eventPassages } from '../views/Timeline/model.ts';
import { timelineTable } from './timeline-table.ts';

const corpus = corpusOf('seeds');
const table = timelineTable(corpus);
const at = (field: string) => table.fields.indexOf(field);
const column = (field: string) => table.rows.map((row) => row[at(field)]);
const { events, unnamed } = corpus.timeline;

describe('timelineTable', () => {
  it('has a row per passage of each event, in the timeline’s order, then one per other dated mention', () => {
    expect(events.length).toBeGreaterThan(0);
    const perEvent = events.map((event) => Math.max(1, eventPassages(event).length));
    expect(table.rows).toHaveLength(perEvent.reduce((a, b) => a + b, 0) + unnamed.length);
    const ids = column('event_id');
    expect([...new Set(ids.filter((id) => id !== null))]).toEqual(events.map((event) => event.id));
    expect(ids.slice(ids.length - unnamed.length)).toEqual(unnamed.map(() => null));
    for (const row of table.rows) expect(row).toHaveLength(table.fields.length);
  });

  it('dates each event where the timeline places it, and says how that is known', () => {
    for (const event of events) {
      const row = table.rows.find((r) => r[at('event_id')] === event.id);
      const placed = event.date === null ? null : event.dates[event.date];
      expect(row?.[at('event')]).toBe(event.name);
      expect(row?.[at('event_start')]).toBe(placed?.span.start ?? null);
      expect(row?.[at('event_end')]).toBe(placed?.span.end ?? null);
      expect(row?.[at('event_date_basis')]).toBe(placed?.basis ?? null);
      expect(typeof row?.[at('event_date_how')]).toBe(placed ? 'string' : 'object');
      expect(row?.[at('sources_disagree')]).toBe(event.conflict ? 'yes' : 'no');
    }
  });

  it('gives each mention’s passage, and the words and days of the date in it', () => {
    let dated = 0;
    for (const row of table.rows) {
      const article = corpus.articles.find((a) => a.id === row[at('article_id')]);
      const sentence = row[at('sentence')];
      expect(article).toBeDefined();
      if (!article || typeof sentence !== 'number') continue;
      const passage = row[at('passage')];
      expect(typeof passage === 'string' && passage.length > 0).toBe(true);
      const phrase = row[at('date_phrase')];
      if (typeof phrase !== 'string') continue;
      dated++;
      expect(String(passage)).toContain(phrase.trim());
      const mention = article.dates.find(
        (d) => d.sentence === sentence && d.span?.start === row[at('date_start')],
      );
      expect(mention?.basis).toBe(row[at('date_basis')]);
    }
    expect(dated).toBeGreaterThan(unnamed.length);
  });

  it('lists only other dated mentions for a corpus that names no events', () => {
    const other = corpusOf('src/corpus/fixtures/other-story');
    expect(other.timeline.events).toEqual([]);
    const rows = timelineTable(other).rows;
    expect(rows).toHaveLength(other.timeline.unnamed.length);
    expect(
      rows.every((row) => row[at('event_id')] === null && typeof row[at('date_phrase')] === 'string'),
    ).toBe(true);
  });
});
