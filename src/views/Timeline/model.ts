// The timeline's data for the view, pure: the URL state (`?article=`, `?open=`), the events and other dated mentions shown
// (all, or one article's), those mentions grouped by date, and the rows of the chart in date order.
import type { Corpus, DatePrecision, DaySpan, EventDateBasis, TimelineEvent } from '../../corpus/types.ts';
import type { Query, QueryPatch } from '../../app/location.ts';
import { isolateText } from '../../app/bidi.ts';
import { dateText } from '../../app/format.ts';
import { phraseOf } from './describe.ts';

export interface TimelineState {
  /** The id in `?article=`: show only that article's events and mentions. */
  article: string | null;
  /** The ids in `?open=`, comma-separated: the events opened in the list (event ids never hold a comma). */
  open: readonly string[];
}

export function timelineState(query: Query): TimelineState {
  const open = (query.open ?? '').split(',').filter((id) => id !== '');
  return { article: query.article ?? null, open: [...new Set(open)] };
}

/** The URL change that shows one article's events (or, with `null`, everyone's). */
export function articlePatch(id: string | null): QueryPatch {
  return { article: id };
}

/** The URL change that leaves these events open (and every other closed). */
export function openPatch(ids: readonly string[]): QueryPatch {
  return { open: ids.length === 0 ? null : ids.join(',') };
}

/** The events open after one is opened or closed: opening keeps the order they were opened in. */
export function toggleOpen(open: readonly string[], id: string, force?: boolean): string[] {
  const isOpen = open.includes(id);
  if (force ?? !isOpen) return isOpen ? [...open] : [...open, id];
  return open.filter((other) => other !== id);
}

/** The indexes in `timeline.events` of the events the state opens; ids that name no event are left out. */
export function openIndexes(corpus: Pick<Corpus, 'timeline'>, state: TimelineState): Set<number> {
  const wanted = new Set(state.open);
  const out = new Set<number>();
  corpus.timeline.events.forEach((event, index) => {
    if (wanted.has(event.id)) out.add(index);
  });
  return out;
}

/** Which article the state filters to: all (`null`), an article's index, or an id that names none. */
export type ArticleFilter =
  { kind: 'all' } | { kind: 'one'; index: number } | { kind: 'unknown'; id: string };

export function articleFilter(corpus: Pick<Corpus, 'articles'>, state: TimelineState): ArticleFilter {
  if (state.article === null) return { kind: 'all' };
  const index = corpus.articles.findIndex((a) => a.id === state.article);
  return index === -1 ? { kind: 'unknown', id: state.article } : { kind: 'one', index };
}

/** A named event to show: its index in `timeline.events`, and the articles mentioning it, in corpus order. */
export interface EventEntry {
  index: number;
  event: TimelineEvent;
  articles: number[];
}

/** The events shown: every one, or those the article mentions; in the timeline's order (by date, undated last). */
export function eventEntries(corpus: Pick<Corpus, 'timeline'>, article: number | null): EventEntry[] {
  const out: EventEntry[] = [];
  corpus.timeline.events.forEach((event, index) => {
    const articles = [...new Set(event.mentions.map((m) => m.article))].sort((a, b) => a - b);
    if (article === null || articles.includes(article)) out.push({ index, event, articles });
  });
  return out;
}

/** A date mention: article index and index into that article's `dates`. */
export interface MentionRef {
  article: number;
  date: number;
}

/** Dated mentions of no named event that resolve to the same days (or none: `span` null, unresolved). */
export interface MentionGroup {
  key: string;
  span: DaySpan | null;
  precision: DatePrecision;
  approximate: boolean;
  mentions: MentionRef[];
}

/**
 * The mentions of no named event (all, or one article's), grouped by the days they resolve to, in date order
 * (earliest start first, then the narrower), unresolved ones last.
 */
export function mentionGroups(
  corpus: Pick<Corpus, 'articles' | 'timeline'>,
  article: number | null,
): MentionGroup[] {
  const groups = new Map<string, MentionGroup>();
  for (const ref of corpus.timeline.unnamed) {
    if (article !== null && ref.article !== article) continue;
    const mention = corpus.articles[ref.article]?.dates[ref.date];
    if (!mention) continue;
    const key = mention.span === null ? 'unresolved' : `${mention.span.start}/${mention.span.end}`;
    const group = groups.get(key);
    if (group) {
      group.mentions.push(ref);
      group.approximate ||= mention.approximate;
    } else {
      groups.set(key, {
        key,
        span: mention.span,
        precision: mention.precision,
        approximate: mention.approximate,
        mentions: [ref],
      });
    }
  }
  return [...groups.values()].sort((a, b) => {
    if (a.span === null || b.span === null) return a.span === null ? (b.span === null ? 0 : 1) : -1;
    return a.span.start.localeCompare(b.span.start) || a.span.end.localeCompare(b.span.end);
  });
}

/** One mark of a chart row: a span, how finely it is known, and whether it is where the row is placed. */
export interface ChartMark {
  span: DaySpan;
  precision: DatePrecision;
  approximate: boolean;
  /** The date the event is placed at (or the group's date); the others are drawn fainter. */
  placed: boolean;
  basis: EventDateBasis | 'mention';
}

/** A row of the chart: a named event (with each of its datings) or a group of other mentions. */
export interface ChartRow {
  kind: 'event' | 'mentions';
  /** Unique among rows: the event's id, or the group's key. */
  key: string;
  label: string;
  /** The placed date, as text. */
  when: string;
  marks: ChartMark[];
  conflict: boolean;
  /** The event's index in `timeline.events`, for events. */
  event: number | null;
}

/** An event's datings as marks, one per distinct span and precision, the placed one first. */
function eventMarks(event: TimelineEvent): ChartMark[] {
  const placed = event.date === null ? undefined : event.dates[event.date];
  if (!placed) return [];
  const marks: ChartMark[] = [
    {
      span: placed.span,
      precision: placed.precision,
      approximate: placed.approximate,
      placed: true,
      basis: placed.basis,
    },
  ];
  for (const date of event.dates) {
    const same = marks.some(
      (m) =>
        m.span.start === date.span.start &&
        m.span.end === date.span.end &&
        m.precision === date.precision &&
        m.approximate === date.approximate,
    );
    if (!same)
      marks.push({
        span: date.span,
        precision: date.precision,
        approximate: date.approximate,
        placed: false,
        basis: date.basis,
      });
  }
  return marks;
}

/** A group's label: its phrases as the articles have them (the first two, distinct), and how many mentions. */
export function groupLabel(corpus: Pick<Corpus, 'articles'>, group: MentionGroup): string {
  const phrases: string[] = [];
  for (const ref of group.mentions) {
    const article = corpus.articles[ref.article];
    const mention = article?.dates[ref.date];
    if (!article || !mention) continue;
    const phrase = `‘${isolateText(phraseOf(article, mention))}’`;
    if (!phrases.some((p) => p.toLowerCase() === phrase.toLowerCase())) phrases.push(phrase);
  }
  const shown = phrases.slice(0, 2).join(', ') + (phrases.length > 2 ? ', …' : '');
  const n = group.mentions.length;
  return n === 1 ? shown : `${shown} (${String(n)} mentions)`;
}

/** The chart's rows: the dated events shown and the resolved mention groups, in date order (events first on a tie). */
export function chartRows(
  corpus: Pick<Corpus, 'articles'>,
  events: readonly EventEntry[],
  groups: readonly MentionGroup[],
): ChartRow[] {
  const rows: ChartRow[] = [];
  for (const { index, event } of events) {
    const marks = eventMarks(event);
    const first = marks[0];
    if (!first) continue;
    rows.push({
      kind: 'event',
      key: `event-${event.id}`,
      label: event.name,
      when: dateText(first.span),
      marks,
      conflict: event.conflict,
      event: index,
    });
  }
  for (const group of groups) {
    if (group.span === null) continue;
    rows.push({
      kind: 'mentions',
      key: `mentions-${group.key}`,
      label: groupLabel(corpus, group),
      when: dateText(group.span),
      marks: [
        {
          span: group.span,
          precision: group.precision,
          approximate: group.approximate,
          placed: true,
          basis: 'mention',
        },
      ],
      conflict: false,
      event: null,
    });
  }
  const start = (row: ChartRow) => row.marks[0]?.span.start ?? '';
  const end = (row: ChartRow) => row.marks[0]?.span.end ?? '';
  return rows
    .map((row, order) => ({ row, order }))
    .sort(
      (a, b) =>
        start(a.row).localeCompare(start(b.row)) || end(a.row).localeCompare(end(b.row)) || a.order - b.order,
    )
    .map(({ row }) => row);
}

/** The sentences that mention an event, one per article and sentence, in corpus and text order. */
export function eventPassages(event: Pick<TimelineEvent, 'mentions'>): TimelineEvent['mentions'] {
  return [...event.mentions].sort((a, b) => a.article - b.article || a.sentence - b.sentence);
}

/** Per article (by index), how many named events it mentions and how many other dated passages it has. */
export function datedCounts(
  timeline: {
    events: readonly { mentions: readonly { article: number }[] }[];
    unnamed: readonly { article: number }[];
  },
  articles: number,
): { events: number[]; others: number[] } {
  const events = new Array<number>(articles).fill(0);
  const others = new Array<number>(articles).fill(0);
  for (const event of timeline.events) {
    for (const article of new Set(event.mentions.map((mention) => mention.article))) {
      if (article < articles) events[article] = (events[article] ?? 0) + 1;
    }
  }
  for (const mention of timeline.unnamed) {
    if (mention.article < articles) others[mention.article] = (others[mention.article] ?? 0) + 1;
  }
  return { events, others };
}
