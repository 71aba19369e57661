// Timeline: each article's dates resolved against its reference day, named events found by their cues and dated
// by the mentions nearest them, conflicts flagged, and undated articles' publication bounded by what they report.
import { addDays, daysBetween } from './dates.ts';
import { cuePattern, EVENTS_FILE, type EventDefinition } from './events.ts';
import { fold } from './fold.ts';
import type { CorpusError } from './problems.ts';
import { locateDates, resolveLocated, type LocatedDate, type ReadParagraphs } from './temporal.ts';
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

/** How many days before the first and after the last publication date an undated article's reference may fall. */
const REFERENCE_WINDOW = 7;
/** The most candidate days weighed for one article, so a corpus spread over years stays linear. */
const MAX_CANDIDATES = 75;

/**
 * Days the corpus knows: the publication dates of its dated articles, the single days their date expressions
 * resolve to against those dates, and every stated full date.
 */
export function knownDays(
  articles: readonly Pick<Article, 'published'>[],
  located: readonly (readonly LocatedDate[])[],
): Set<string> {
  const known = new Set<string>();
  articles.forEach((article, a) => {
    if (article.published) known.add(article.published);
    for (const d of resolveLocated(located[a] ?? [], article.published)) {
      if (!d.span || d.span.start !== d.span.end) continue;
      if (d.basis === 'stated' || (article.published && d.basis === 'inferred')) known.add(d.span.start);
    }
  });
  return known;
}

/** How strongly a resolved date supports a reference day: a day or a week holding a day the corpus knows. */
function support(span: { start: string; end: string }, known: ReadonlySet<string>): number {
  const length = daysBetween(span.start, span.end) + 1;
  if (length > 7) return 0;
  for (let day = span.start; day <= span.end; day = addDays(day, 1))
    if (known.has(day)) return length <= 3 ? 1 : 0.5;
  return 0;
}

/**
 * The reference day of an undated article from its own relative dates: of the days from `from` to `to`, the one
 * under which its expressions land on the most days the corpus knows (a weekday on a day a dated article
 * reports, "last week" on a week holding one); among those, the one that makes its past days most recent (news
 * reports what just happened: "announced Tuesday" of an article written that Tuesday); then the nearest to
 * `fallback`. `anchored` when the known days told the candidates apart, not the tie-breaks alone.
 */
export function chooseReference(
  located: readonly LocatedDate[],
  known: ReadonlySet<string>,
  from: string,
  to: string,
  fallback: string,
): { date: string; anchored: boolean } {
  let best = { date: fallback, hits: -1, age: 0, distance: 0 };
  let fewest = Infinity;
  // Only what a reference day moves and a week can hold tells days apart: stated dates, months and years do not.
  const telling = located.filter(({ read }) => {
    const d = read(from);
    return d.span !== null && d.basis === 'inferred' && daysBetween(d.span.start, d.span.end) < 7;
  });
  if (telling.length === 0) return { date: fallback, anchored: false };
  for (let day = from; day <= to; day = addDays(day, 1)) {
    let hits = 0;
    let age = 0;
    for (const { read } of telling) {
      const d = read(day);
      if (!d.span || d.basis !== 'inferred') continue;
      hits += support(d.span, known);
      if (d.precision === 'day') age += Math.max(0, daysBetween(d.span.end, day));
    }
    const distance = Math.abs(daysBetween(fallback, day));
    fewest = Math.min(fewest, hits);
    if (
      hits > best.hits ||
      (hits === best.hits && (age < best.age || (age === best.age && distance < best.distance)))
    )
      best = { date: day, hits, age, distance };
  }
  return { date: best.date, anchored: best.hits > fewest };
}

/**
 * Each article's reference day: its publication date; else, undated, the latest full date it states when that
 * is near the corpus's publication dates (not a background date); else the day its own relative dates choose
 * (see `chooseReference`) among the days around the corpus's publication dates, the latest publication date
 * when they tell nothing; else `null`.
 */
function dateReferences(
  articles: readonly Pick<Article, 'published'>[],
  located: readonly (readonly LocatedDate[])[],
): (DateReference | null)[] {
  const published = articles.flatMap((a) => (a.published ? [a.published] : [])).sort();
  const first = published[0];
  const last = published[published.length - 1];
  const window =
    first === undefined || last === undefined
      ? null
      : { from: addDays(first, -REFERENCE_WINDOW), to: addDays(last, REFERENCE_WINDOW) };
  if (window && daysBetween(window.from, window.to) >= MAX_CANDIDATES) {
    const middle = published[Math.floor((published.length - 1) / 2)] ?? window.from;
    const half = Math.floor(MAX_CANDIDATES / 2);
    window.from = addDays(middle, -half);
    window.to = addDays(middle, half);
  }
  const known = window ? knownDays(articles, located) : new Set<string>();
  return articles.map((article, a): DateReference | null => {
    if (article.published) return { date: article.published, source: 'published' };
    const stated = resolveLocated(located[a] ?? [], null)
      .filter((d) => d.basis === 'stated' && d.precision === 'day' && d.span)
      .map((d) => d.span?.start ?? '')
      .filter((day) => !window || (day >= window.from && day <= window.to))
      .sort();
    const latest = stated[stated.length - 1];
    if (latest) return { date: latest, source: 'own-dates' };
    if (!window || last === undefined) return null;
    const chosen = chooseReference(located[a] ?? [], known, window.from, window.to, last);
    return { date: chosen.date, source: chosen.anchored ? 'inferred' : 'corpus' };
  });
}

/** What dating gives an article: the day its relative dates resolve against, and its date expressions. */
export type ArticleDates = Pick<Article, 'dateReference' | 'dates'>;

/** An article as the timeline reads it: its text, and what dating gave it. */
export type DatedArticle = Pick<Article, 'id' | 'text' | 'sentences' | 'published'> & ArticleDates;

/**
 * Each article with its `dateReference` and `dates` added, as a new object: its date expressions are found once (a
 * paragraph another article repeats, once for both), then resolved.
 */
export function resolveDates<A extends Pick<Article, 'text' | 'paragraphs' | 'sentences' | 'published'>>(
  articles: readonly A[],
): (A & ArticleDates)[] {
  const paragraphsRead: ReadParagraphs = new Map();
  const located = articles.map((article) =>
    locateDates(article.text, article.paragraphs, article.sentences, paragraphsRead),
  );
  const references = dateReferences(articles, located);
  return articles.map((article, a) => {
    const dateReference = references[a] ?? null;
    return {
      ...article,
      dateReference,
      dates: resolveLocated(located[a] ?? [], dateReference?.date ?? null),
    };
  });
}

const width = (d: { span: { start: string; end: string } }) => daysBetween(d.span.start, d.span.end);
const REFERENCE_RANK: Record<DateReference['source'], number> = {
  published: 0,
  'own-dates': 1,
  inferred: 2,
  corpus: 3,
};

/** How well the reference a dating was resolved against is known: 0 for a publication date, 4 for none. */
function referenceRank(d: EventDate, articles: readonly DatedArticle[]): number {
  const reference = d.mention && articles[d.mention.article]?.dateReference;
  if (!reference) return 4;
  return REFERENCE_RANK[reference.source];
}

/**
 * Whether an event's datings cannot all be true. Only datings that rest on something solid count: a stated or
 * external date, or a relative one against a publication date, a date the article states, or a reference its
 * own dates anchored in the corpus — never one resolved against a fallback. An article's solid datings of the
 * event make one claim, the days they share; an article contradicting itself (one of its dates belongs to
 * another thing the sentence tells) makes none. The event conflicts when two claims do not overlap.
 */
function conflicting(dates: readonly EventDate[], articles: readonly DatedArticle[]): boolean {
  const claims = new Map<number | EventDate, { start: string; end: string } | null>();
  for (const d of dates) {
    if (d.basis === 'inferred' && referenceRank(d, articles) > 2) continue;
    const key = d.mention ? d.mention.article : d;
    const claim = claims.get(key);
    if (claim === undefined) claims.set(key, { ...d.span });
    else if (claim !== null) {
      const start = claim.start > d.span.start ? claim.start : d.span.start;
      const end = claim.end < d.span.end ? claim.end : d.span.end;
      claims.set(key, start <= end ? { start, end } : null);
    }
  }
  const spans = [...claims.values()].filter((c) => c !== null);
  return spans.some((x, i) => spans.some((y, j) => j > i && !(x.start <= y.end && y.start <= x.end)));
}

/** The least of `items` by `compare`, the earliest of equals; `undefined` when there are none. */
function least<T>(items: readonly T[], compare: (x: T, y: T) => number): T | undefined {
  return items.reduce<T | undefined>(
    (best, item) => (best === undefined || compare(item, best) < 0 ? item : best),
    undefined,
  );
}

/**
 * Orders datings alike in all else by the article telling them, earliest id first (an external date, told by none,
 * before all), then by their place in it: by content, never by the order the files were read in.
 */
function byArticleOf(articles: readonly DatedArticle[]): (x: EventDate, y: EventDate) => number {
  const idOf = (d: EventDate) => (d.mention ? (articles[d.mention.article]?.id ?? '') : '');
  return (x, y) =>
    idOf(x) < idOf(y) ? -1 : idOf(x) > idOf(y) ? 1 : (x.mention?.date ?? -1) - (y.mention?.date ?? -1);
}

/**
 * The date the timeline places an event at (see `TimelineEvent.date`): the best known, then the narrowest, then
 * the one told in the most different sentences (a syndicated copy repeating a sentence is not a second witness);
 * but a span holding every other dating as well known, told in more sentences, over a narrower one. Datings alike
 * in all that go by `byArticleOf`, so that renaming files cannot move an event to another day.
 */
function chooseDate(dates: readonly EventDate[], articles: readonly DatedArticle[]): number | null {
  const rank = (d: EventDate) => (d.basis !== 'inferred' ? 0 : 1 + referenceRank(d, articles));
  const told = new Map<string, Set<string>>();
  for (const d of dates) {
    const article = d.mention ? articles[d.mention.article] : undefined;
    const mention = d.mention ? article?.dates[d.mention.date] : undefined;
    const sentence = mention && article?.sentences[mention.sentence];
    const key = `${d.span.start} ${d.span.end}`;
    const sentences = told.get(key) ?? new Set<string>();
    sentences.add(sentence ? fold(article.text.slice(sentence.start, sentence.end)) : `${d.source ?? ''}`);
    told.set(key, sentences);
  }
  const witnesses = (d: EventDate) => told.get(`${d.span.start} ${d.span.end}`)?.size ?? 0;
  const byArticle = byArticleOf(articles);
  const indexed = dates.map((d, i) => ({ d, i }));
  const best = least(
    indexed,
    ({ d: x }, { d: y }) =>
      rank(x) - rank(y) || width(x) - width(y) || witnesses(y) - witnesses(x) || byArticle(x, y),
  );
  if (!best) return null;
  // When every dating as well known nests in one span told in more sentences than the narrowest, the narrower
  // dates only a part of it ("as of Tuesday, the port had turned away…" within "after five days of closures").
  const chosen = best.d;
  const peers = dates.filter((d) => rank(d) === rank(chosen));
  const holdsAll = (d: EventDate) =>
    peers.every((p) => d.span.start <= p.span.start && p.span.end <= d.span.end);
  const wider = least(
    indexed.filter(({ d }) => rank(d) === rank(chosen) && witnesses(d) > witnesses(chosen) && holdsAll(d)),
    ({ d: x }, { d: y }) => witnesses(y) - witnesses(x) || byArticle(x, y),
  );
  return (wider ?? best).i;
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
  articles: readonly DatedArticle[],
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
          for (const m of pattern.matches(text)) {
            hits.push({ event, at: sentence.start + m.index + m.length / 2 });
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
        severity: 'error',
        code: 'unmatched-cue',
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
    const conflict = conflicting(dates, articles);
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
 * article) — an article reporting the essay cannot predate it. Of events on one day, the first in the timeline's
 * order (by date, then as events.json lists them) bounds it, whatever the order of the files.
 */
export function publishedBounds(
  articles: readonly DatedArticle[],
  timeline: Timeline,
): (PublishedBound | null)[] {
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
