// Timeline: each article's dates resolved against its reference day, named events found by their cues and dated
// by the mentions nearest them, conflicts flagged, and undated articles' publication bounded by what they report.
import { daysBetween } from './days.ts';
import { cuePattern, EVENTS_FILE, type EventDefinition } from './events.ts';
import { fold } from './fold.ts';
import type { CorpusError } from './problems.ts';
import { locateDates, resolveLocated, type LocatedDate } from './temporal.ts';
import type {
  Article,
  DateMention,
  DateReference,
  EventDate,
  EventMention,
  PublishedBound,
  Timeline,
  TimelineEvent,
} from './types.ts';

/**
 * Each article's reference day: its publication date; else, undated, the latest full date it states (`located` are
 * its date expressions); else the middle publication date of the corpus's dated articles (the lower of two
 * middles); else `null`.
 */
function dateReferences(
  articles: readonly Pick<Article, 'published'>[],
  located: readonly (readonly LocatedDate[])[],
): (DateReference | null)[] {
  const published = articles.flatMap((a) => (a.published ? [a.published] : [])).sort();
  const middle = published[Math.floor((published.length - 1) / 2)];
  return articles.map((article, a) => {
    if (article.published) return { date: article.published, source: 'published' };
    const stated = resolveLocated(located[a] ?? [], null)
      .filter((d) => d.basis === 'stated' && d.precision === 'day' && d.span)
      .map((d) => d.span?.start ?? '')
      .sort();
    const latest = stated[stated.length - 1];
    if (latest) return { date: latest, source: 'own-dates' };
    return middle ? { date: middle, source: 'corpus' } : null;
  });
}

/** Sets each article's `dateReference` and `dates`: its date expressions are found once, then resolved. */
export function resolveDates(articles: Article[]): void {
  const located = articles.map((article) => locateDates(article.text, article.paragraphs, article.sentences));
  dateReferences(articles, located).forEach((reference, a) => {
    const article = articles[a];
    if (!article) return;
    article.dateReference = reference;
    article.dates = resolveLocated(located[a] ?? [], reference?.date ?? null);
  });
}

const width = (d: { span: { start: string; end: string } }) => daysBetween(d.span.start, d.span.end);
const overlap = (a: EventDate, b: EventDate) => a.span.start <= b.span.end && b.span.start <= a.span.end;
const REFERENCE_RANK: Record<DateReference['source'], number> = { published: 0, 'own-dates': 1, corpus: 2 };

/** The date the timeline places an event at (see `TimelineEvent.date`). */
function chooseDate(dates: readonly EventDate[], articles: readonly Article[]): number | null {
  const rank = (d: EventDate) => {
    if (d.basis !== 'inferred') return 0;
    const source = d.mention && articles[d.mention.article]?.dateReference?.source;
    return 1 + (source ? REFERENCE_RANK[source] : 3);
  };
  let best: number | null = null;
  dates.forEach((d, i) => {
    const b = best === null ? undefined : dates[best];
    if (!b || rank(d) < rank(b) || (rank(d) === rank(b) && width(d) < width(b))) best = i;
  });
  return best;
}

interface CueHit {
  event: number;
  at: number;
}

/**
 * The named events, found in every sentence by their cues. Each date expression of a sentence dates the event whose
 * cue is nearest it ("R1, the model released last week, … drove down Nvidia's stock": last week is R1's). A cue
 * that matches no sentence is an error, since a timeline missing an event would look complete.
 */
export function buildTimeline(
  articles: readonly Article[],
  definitions: readonly EventDefinition[],
): { timeline: Timeline; errors: CorpusError[] } {
  const errors: CorpusError[] = [];
  const patterns = definitions.map((d) => d.cues.map((cue) => ({ cue, pattern: cuePattern(cue) })));
  const cueUsed = definitions.map((d) => d.cues.map(() => false));
  const mentions: EventMention[][] = definitions.map(() => []);
  const used = articles.map(() => new Set<number>());

  articles.forEach((article, a) => {
    if (definitions.length === 0) return;
    const folded = fold(article.text);
    const datesBySentence = new Map<number, number[]>();
    article.dates.forEach((d, i) => {
      const list = datesBySentence.get(d.sentence);
      if (list) list.push(i);
      else datesBySentence.set(d.sentence, [i]);
    });
    article.sentences.forEach((sentence, s) => {
      const text = folded.slice(sentence.start, sentence.end);
      const hits: CueHit[] = [];
      patterns.forEach((cues, event) =>
        cues.forEach(({ pattern }, c) => {
          if (typeof pattern === 'string') return;
          for (const m of text.matchAll(pattern)) {
            hits.push({ event, at: sentence.start + m.index + m[0].length / 2 });
            const row = cueUsed[event];
            if (row) row[c] = true;
          }
        }),
      );
      if (hits.length === 0) return;
      // Each date goes to the event with the nearest cue; each event takes the nearest date it was given.
      const given = new Map<number, { date: number; distance: number }>();
      for (const date of datesBySentence.get(s) ?? []) {
        const d = article.dates[date];
        if (!d) continue;
        const middle = (d.start + d.end) / 2;
        let nearest: CueHit | undefined;
        for (const hit of hits)
          if (!nearest || Math.abs(hit.at - middle) < Math.abs(nearest.at - middle)) nearest = hit;
        if (!nearest) continue;
        const distance = Math.abs(nearest.at - middle);
        const current = given.get(nearest.event);
        if (!current || distance < current.distance) given.set(nearest.event, { date, distance });
      }
      for (const event of new Set(hits.map((h) => h.event))) {
        const date = given.get(event)?.date ?? null;
        if (date !== null) used[a]?.add(date);
        mentions[event]?.push({ article: a, sentence: s, date });
      }
    });
  });

  definitions.forEach((definition, event) =>
    definition.cues.forEach((cue, c) => {
      if (cueUsed[event]?.[c]) return;
      errors.push({
        file: EVENTS_FILE,
        line: definition.line,
        message: `event "${definition.id}" cue ${JSON.stringify(cue)} matches no sentence of any article: correct the cue, or remove it`,
      });
    }),
  );

  const events: TimelineEvent[] = definitions.map((definition, e) => {
    const list = mentions[e] ?? [];
    const dates: EventDate[] = list.flatMap((m): EventDate[] => {
      const d = m.date === null ? undefined : articles[m.article]?.dates[m.date];
      if (!d?.span || d.basis === 'unresolved' || m.date === null) return [];
      return [dateOf(d, { article: m.article, date: m.date })];
    });
    if (definition.external)
      dates.push({
        span: definition.external.span,
        precision: definition.external.span.start === definition.external.span.end ? 'day' : 'range',
        basis: 'external',
        approximate: false,
        mention: null,
        source: definition.external.source,
      });
    const conflict = dates.some((x, i) => dates.some((y, j) => j > i && !overlap(x, y)));
    return {
      id: definition.id,
      name: definition.name,
      mentions: list,
      dates,
      date: chooseDate(dates, articles),
      conflict,
    };
  });

  const start = (e: TimelineEvent) => (e.date === null ? '9999' : (e.dates[e.date]?.span.start ?? '9999'));
  const order = events
    .map((_, i) => i)
    .sort((x, y) => {
      const [a, b] = [start(events[x] as TimelineEvent), start(events[y] as TimelineEvent)];
      return a < b ? -1 : a > b ? 1 : x - y;
    });

  const unnamed = articles
    .flatMap((article, a) =>
      article.dates.flatMap((d, date) =>
        used[a]?.has(date) ? [] : [{ article: a, date, key: d.span?.start ?? '9999' }],
      ),
    )
    .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : x.article - y.article || x.date - y.date))
    .map(({ article, date }) => ({ article, date }));

  return { timeline: { events: order.map((i) => events[i] as TimelineEvent), unnamed }, errors };
}

function dateOf(d: DateMention, mention: { article: number; date: number }): EventDate {
  return {
    span: d.span ?? { start: '', end: '' },
    precision: d.precision,
    basis: d.basis === 'stated' ? 'stated' : 'inferred',
    approximate: d.approximate,
    mention,
    source: null,
  };
}

/**
 * For each undated article, the earliest it can have been published: the latest date, on or before its reference
 * day, of the events it mentions, when that date is known from elsewhere (stated, external, or inferred in a dated
 * article) — an article reporting the essay cannot predate it.
 */
export function publishedBounds(articles: readonly Article[], timeline: Timeline): (PublishedBound | null)[] {
  return articles.map((article, a) => {
    const reference = article.dateReference;
    if (article.published || !reference) return null;
    let bound: PublishedBound | null = null;
    timeline.events.forEach((event, e) => {
      if (!event.mentions.some((m) => m.article === a) || event.date === null) return;
      const date = event.dates[event.date];
      if (!date || date.span.end > reference.date) return;
      const from = date.mention && articles[date.mention.article];
      if (date.mention && (date.mention.article === a || from?.dateReference?.source !== 'published')) return;
      if (!bound || date.span.start > bound.after) bound = { after: date.span.start, event: e };
    });
    return bound;
  });
}
