// The timeline's words, pure: how finely a date is known, how it is known (its basis, in a sentence), and a short
// name for each article.
import type { Article, DateMention, DatePrecision, EventDate, TimelineEvent } from '../../corpus/types.ts';
import { shorten } from '../../corpus/client.ts';
import { formatDate } from '../../app/format.ts';
import { isolateText } from '../../app/bidi.ts';

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
      return `published ${formatDate(reference.date)}`;
    case 'own-dates':
      return `resolved against the latest date it states, ${formatDate(reference.date)}`;
    case 'inferred':
      return `resolved against ${formatDate(reference.date)}, the day its own dates fit the other articles’ best`;
    case 'corpus':
      return `resolved against the corpus’s latest date, ${formatDate(reference.date)}`;
  }
}

/**
 * How a date mention is known, in a sentence: `stated as ‘2026-2027’ in Maginative`, `inferred from ‘last week’
 * in PYMNTS, published 30 Jan 2025`, `inferred from ‘Wednesday’ in Maginative, resolved against 29 Jan 2025, the
 * day its own dates fit the other articles’ best`, or `unresolved: …`. The phrase and the article's name are isolated.
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
