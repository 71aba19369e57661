// The timeline for export, long: a row per passage mentioning a named event (the event's columns repeated, an event
// no passage mentions on a row of its own), then a row per other dated mention, its event columns empty. A row per
// passage keeps what a researcher checks a date against: which article says it, in which words.
import type { Article, Corpus, DateMention, EventDate, TimelineEvent } from '../corpus/types.ts';
import { outletName } from '../app/format.ts';
import { eventEntries, eventPassages, mentionGroups } from '../views/Timeline/model.ts';
import {
  articleLabels,
  eventDateBasis,
  phraseOf,
  placedDate,
  precisionWords,
} from '../views/Timeline/describe.ts';
import { passageText } from './passage.ts';
import type { Table } from './table.ts';

type Cell = string | number | null;

const EVENT_FIELDS = [
  'event_id',
  'event',
  'event_start',
  'event_end',
  'event_precision',
  'event_date_basis',
  'event_date_how',
  'sources_disagree',
];
const MENTION_FIELDS = [
  'article_id',
  'outlet',
  'sentence',
  'passage',
  'date_phrase',
  'date_start',
  'date_end',
  'date_precision',
  'date_basis',
];

function eventCells(
  event: TimelineEvent,
  placed: EventDate | null,
  articles: readonly Article[],
  labels: readonly string[],
): Cell[] {
  return [
    event.id,
    event.name,
    placed?.span.start ?? null,
    placed?.span.end ?? null,
    placed ? precisionWords(placed.precision, placed.approximate) : null,
    placed?.basis ?? null,
    placed ? eventDateBasis(articles, labels, placed) : null,
    event.conflict ? 'yes' : 'no',
  ];
}

/** A passage's columns, and those of the date expression in it that dates the event (if any). */
function mentionCells(article: Article, sentence: number, date: DateMention | undefined): Cell[] {
  return [
    article.id,
    outletName(article),
    sentence,
    passageText(article, sentence),
    date ? phraseOf(article, date) : null,
    date?.span?.start ?? null,
    date?.span?.end ?? null,
    date ? precisionWords(date.precision, date.approximate) : null,
    date?.basis ?? null,
  ];
}

export function timelineTable(corpus: Pick<Corpus, 'articles' | 'timeline'>): Table {
  const { articles } = corpus;
  const labels = articleLabels(articles);
  const rows: Cell[][] = [];
  for (const { event } of eventEntries(corpus, null)) {
    const cells = eventCells(event, placedDate(event), articles, labels);
    const passages = eventPassages(event);
    if (passages.length === 0) rows.push([...cells, ...MENTION_FIELDS.map(() => null)]);
    for (const mention of passages) {
      const article = articles[mention.article];
      if (!article) continue;
      const date = mention.date === null ? undefined : article.dates[mention.date];
      rows.push([...cells, ...mentionCells(article, mention.sentence, date)]);
    }
  }
  const noEvent = EVENT_FIELDS.map(() => null);
  for (const group of mentionGroups(corpus, null)) {
    for (const ref of group.mentions) {
      const article = articles[ref.article];
      const date = article?.dates[ref.date];
      if (article && date) rows.push([...noEvent, ...mentionCells(article, date.sentence, date)]);
    }
  }
  return { name: 'timeline', fields: [...EVENT_FIELDS, ...MENTION_FIELDS], rows };
}
