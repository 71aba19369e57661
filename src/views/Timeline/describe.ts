// The timeline's words, pure: a date as `<time>` parts, how finely it is known, how it is known (its basis, in a
// sentence), and a short name for each article.
import type {
  Article,
  DateMention,
  DatePrecision,
  DaySpan,
  EventDate,
  PublishedBound,
  TimelineEvent,
} from '../../corpus/types.ts';
import { lastDayOfMonth, parseYmd, shortMonth, shorten, type Ymd } from '../../corpus/client.ts';
import { formatDate } from '../../app/format.ts';
import { isolateText } from '../../app/bidi.ts';

/** One `<time>` of a date: its machine-readable value and what is shown. */
export interface TimePart {
  dateTime: string;
  text: string;
}

/**
 * A span of days as one or two `<time>` parts, as briefly as stays true: `29 Jan 2025`; whole months as months
 * (`Nov`–`Dec 2024`, `datetime="2024-11"`); whole years as years (`2026`–`2027`); else the first and last day
 * (`27 Jan`–`2 Feb 2025`).
 */
export function dateParts(span: DaySpan): TimePart[] {
  if (span.start === span.end) return [{ dateTime: span.start, text: formatDate(span.start) }];
  const a = parseYmd(span.start);
  const b = parseYmd(span.end);
  if (!a || !b)
    return [
      { dateTime: span.start, text: span.start },
      { dateTime: span.end, text: span.end },
    ];
  if (a.month === 1 && a.day === 1 && b.month === 12 && b.day === 31) {
    const first = { dateTime: span.start, text: String(a.year) };
    return a.year === b.year ? [first] : [first, { dateTime: span.end, text: String(b.year) }];
  }
  if (a.day === 1 && b.day === lastDayOfMonth(b.year, b.month)) {
    const month = (x: Ymd, withYear: boolean): TimePart => ({
      dateTime: `${String(x.year)}-${String(x.month).padStart(2, '0')}`,
      text: withYear ? `${shortMonth(x.month)} ${String(x.year)}` : shortMonth(x.month),
    });
    if (a.year === b.year && a.month === b.month) return [month(a, true)];
    return [month(a, a.year !== b.year), month(b, true)];
  }
  const firstText =
    a.year !== b.year
      ? formatDate(span.start)
      : a.month !== b.month
        ? `${String(a.day)} ${shortMonth(a.month)}`
        : String(a.day);
  return [
    { dateTime: span.start, text: firstText },
    { dateTime: span.end, text: formatDate(span.end) },
  ];
}

/** The date as plain text, for labels and tooltips: `27 Jan – 2 Feb 2025`. */
export function dateText(span: DaySpan): string {
  const parts = dateParts(span);
  const [first, second] = parts;
  if (!first) return '';
  if (!second) return first.text;
  return first.text.includes(' ') ? `${first.text} – ${second.text}` : `${first.text}–${second.text}`;
}

const PRECISION: Record<DatePrecision, string> = {
  day: 'to the day',
  week: 'to the week',
  month: 'to the month',
  season: 'to the season',
  year: 'to the year',
  range: 'somewhere in that range',
};

/** How finely a date is known, in words: `to the day`, `to the week, approximately`. */
export function precisionWords(precision: DatePrecision, approximate: boolean): string {
  return approximate ? `${PRECISION[precision]}, approximately` : PRECISION[precision];
}

/** Whether a date is drawn as imprecise: anything not pinned to the day, or hedged. */
export function isImprecise(date: { precision: DatePrecision; approximate: boolean }): boolean {
  return date.precision !== 'day' || date.approximate;
}

/** The words of a date expression, as the article has them. */
export function phraseOf(
  article: Pick<Article, 'text'>,
  mention: Pick<DateMention, 'start' | 'end'>,
): string {
  return article.text.slice(mention.start, mention.end).replace(/\s+/g, ' ');
}

/** What a relative date of this article was resolved against, in words. */
export function referenceWords(article: Pick<Article, 'dateReference'>): string | null {
  const reference = article.dateReference;
  if (reference === null) return null;
  switch (reference.source) {
    case 'published':
      return `published ${reference.date}`;
    case 'own-dates':
      return `resolved against the latest date it states, ${reference.date}`;
    case 'inferred':
      return `resolved against ${reference.date}, the day its own dates fit the other articles' best`;
    case 'corpus':
      return `resolved against the corpus's latest date ${reference.date}`;
  }
}

/**
 * How a date mention is known, in a sentence: `stated as ‘2026-2027’ in Maginative`, `inferred from ‘last week’
 * in PYMNTS, published 2025-01-30`, `inferred from ‘Wednesday’ in Maginative, resolved against 2025-01-29, the day
 * its own dates fit the other articles' best`, or `unresolved: …`. The phrase and the article's name are isolated.
 */
export function mentionBasis(
  article: Pick<Article, 'text' | 'dateReference'>,
  mention: DateMention,
  articleLabel: string,
): string {
  const phrase = isolateText(phraseOf(article, mention));
  const label = isolateText(articleLabel);
  switch (mention.basis) {
    case 'stated':
      return `stated as ‘${phrase}’ in ${label}`;
    case 'inferred': {
      const reference = referenceWords(article);
      return `inferred from ‘${phrase}’ in ${label}${reference === null ? '' : `, ${reference}`}`;
    }
    case 'unresolved':
      return `unresolved: ‘${phrase}’ in ${label}, which has no date to resolve it against`;
  }
}

/** How one dating of an event is known, in a sentence (see `mentionBasis`); `external: <source>`. */
export function eventDateBasis(
  articles: readonly Pick<Article, 'text' | 'dateReference' | 'dates'>[],
  labels: readonly string[],
  date: EventDate,
): string {
  if (date.basis === 'external' || date.mention === null)
    return `external: ${isolateText(date.source ?? 'not named')}`;
  const article = articles[date.mention.article];
  const mention = article?.dates[date.mention.date];
  if (!article || !mention) return date.basis;
  return mentionBasis(article, mention, labels[date.mention.article] ?? 'an article');
}

/** The date an event is placed at, if any. */
export function placedDate(event: Pick<TimelineEvent, 'dates' | 'date'>): EventDate | null {
  return event.date === null ? null : (event.dates[event.date] ?? null);
}

/** How many of an event's datings there are, and whether they agree: `4 datings agree`, `Sources disagree`. */
export function agreementWords(event: Pick<TimelineEvent, 'dates' | 'conflict'>): string | null {
  const n = event.dates.length;
  if (event.conflict) return `Sources disagree: ${String(n)} datings do not all overlap`;
  if (n < 2) return null;
  return n === 2 ? 'Both datings agree' : `All ${String(n)} datings agree`;
}

/** An undated article's publication bound, in words: `published on or after 2025-01-29: it reports the essay`. */
export function boundWords(bound: PublishedBound, events: readonly Pick<TimelineEvent, 'name'>[]): string {
  const event = events[bound.event];
  return event === undefined
    ? `published on or after ${bound.after}`
    : `published on or after ${bound.after}: it reports “${isolateText(event.name)}”`;
}

/**
 * A short name for each article, for badges and sentences: its outlet, else its title shortened; two articles
 * with the same name are told apart by their ids.
 */
export function articleLabels(articles: readonly Pick<Article, 'id' | 'outlet' | 'title'>[]): string[] {
  const base = articles.map((a) => a.outlet ?? shorten(a.title, 36));
  const counts = new Map<string, number>();
  for (const name of base) counts.set(name, (counts.get(name) ?? 0) + 1);
  return base.map((name, i) => ((counts.get(name) ?? 0) > 1 ? `${name} (${articles[i]?.id ?? ''})` : name));
}
