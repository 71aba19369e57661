// Scoring: a corpus as the pipeline made it, against a gold standard, as one figure per line of the scorecard.
// Pure: the corpus and the gold in, the figures (with every miss, for --details) out.
import { fold } from '../src/corpus/fold.ts';
import { daysBetween } from '../src/corpus/dates.ts';
import type { Article, Corpus, Range } from '../src/corpus/types.ts';
import { scoreCopies } from './score-copies.ts';
import { scoreDisagreements } from './score-disagreements.ts';
import { goldQuoteOf, locate, type Gold, type GoldDate, type GoldRef, type GoldSpan } from './gold.ts';

/** A floor: the share must be at least (or at most) `share`, 0 to 1. */
export interface Floor {
  at: 'least' | 'most';
  share: number;
}

export interface Figure {
  name: string;
  hit: number;
  of: number;
  floor: Floor | null;
  /** What went wrong, one line each, for `npm run eval -- --details`. */
  misses: string[];
}

const least = (share: number): Floor => ({ at: 'least', share });
const most = (share: number): Floor => ({ at: 'most', share });

/** The floors of the scorecard, by figure name (issue 9). */
export const FLOORS: Record<string, Floor | null> = {
  'titles acceptable': least(0.95),
  'stated publication dates found': least(0.8),
  'publication dates wrong': most(0),
  'reference day within a day': least(0.95),
  'date expressions found': least(0.9),
  'date expressions resolved right': least(0.9),
  'date expressions in the right year': least(1),
  'quotes found': least(0.95),
  'speakers right': least(0.9),
  'speakers wrong': most(0.03),
  'quote-group pairs joined': least(0.85),
  'alignment recall': least(0.75),
  'hard negatives aligned': most(0.05),
  'alignment precision (judged pairs)': least(0.9),
  'story elements: true pairs kept together': null,
  'story elements: hard negatives kept apart': least(0.95),
  'events on the right day': least(1),
  'conflict flags right': least(1),
  'copy families: precision (pairs)': least(0.9),
  'copy families: recall (pairs)': least(0.8),
  'copy families: copy or rewrite labels right': null,
  'disagreements: precision': least(0.9),
  'disagreements: recall': least(0.8),
  'disagreements: update or not, right': null,
};

/** Whether a figure meets its floor (a figure with nothing to count meets it). */
export function meetsFloor(figure: Figure): boolean {
  if (figure.floor === null || figure.of === 0) return true;
  const share = figure.hit / figure.of;
  // A hair of slack for floating point: 19/20 is 95 %.
  return figure.floor.at === 'least'
    ? share >= figure.floor.share - 1e-9
    : share <= figure.floor.share + 1e-9;
}

const overlap = (a: Range, b: Range) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const show = (text: string) => JSON.stringify(text.length > 70 ? `${text.slice(0, 67)}…` : text);

/** Case, diacritics, quote and dash styles and spacing folded away, for titles and names. */
const loose = (text: string) =>
  fold(text)
    .replace(/[^\p{L}\p{N}$%]+/gu, ' ')
    .trim();

/**
 * Whether the pipeline's title is the gold one, up to what its source cannot carry: a first sentence shortened for
 * display (`…`) counts when the gold title starts with it, and a URL slug holds no `$` or `%`.
 */
export function acceptableTitle(article: Pick<Article, 'title' | 'titleSource'>, gold: string): boolean {
  const bare = (text: string) => loose(text).replace(/[$%]/g, '').replace(/\s+/g, ' ').trim();
  if (article.titleSource === 'first-sentence' && article.title.endsWith('…'))
    return loose(gold).startsWith(loose(article.title.slice(0, -1)));
  if (article.titleSource === 'url') return bare(article.title) === bare(gold);
  return loose(article.title) === loose(gold);
}

/** The gold speaker and the pipeline's agree when one's words hold the other's, or their last words agree. */
export function sameSpeaker(found: string, gold: string): boolean {
  const a = loose(found).split(' ');
  const b = loose(gold).split(' ');
  const within = (x: string[], y: string[]) => x.every((w) => y.includes(w));
  return a.at(-1) === b.at(-1) || within(a, b) || within(b, a);
}

/** Whether a resolved span is the gold's: exact for a few days; a day's slack at each end for a longer span;
 * for a hedged ("about a month ago") one, a span that overlaps the gold's and centres inside it. */
export function sameDays(span: { start: string; end: string }, gold: GoldDate): boolean {
  const length = daysBetween(gold.start, gold.end) + 1;
  if (gold.approximate) {
    const middle = daysBetween(span.start, span.end) / 2;
    const centre = daysBetween(gold.start, span.start) + middle;
    return span.start <= gold.end && span.end >= gold.start && centre >= 0 && centre <= length - 1;
  }
  if (length <= 3) return span.start === gold.start && span.end === gold.end;
  return Math.abs(daysBetween(gold.start, span.start)) <= 1 && Math.abs(daysBetween(gold.end, span.end)) <= 1;
}

class Tally {
  hit = 0;
  of = 0;
  readonly misses: string[] = [];
  count(ok: boolean, miss: () => string) {
    this.of++;
    if (ok) this.hit++;
    else this.misses.push(miss());
  }
  figure(name: string): Figure {
    return { name, hit: this.hit, of: this.of, floor: FLOORS[name] ?? null, misses: this.misses };
  }
}

/** Scores one corpus against its gold: the scorecard's figures, in order. */
export function score(corpus: Corpus, gold: Gold): Figure[] {
  const byFile = new Map(corpus.articles.map((article, index) => [article.file, { article, index }]));
  const firstPassage: number[] = [];
  corpus.articles.reduce((sum, article, a) => ((firstPassage[a] = sum), sum + article.sentences.length), 0);

  const rangeOf = (file: string, span: GoldSpan): Range | null => {
    const article = byFile.get(file)?.article;
    const found = article === undefined ? 'missing' : locate(article.text, span);
    return typeof found === 'string' ? null : found;
  };
  /** The passage (corpus-wide sentence number) holding a gold span's start, or null. */
  const passageOf = (ref: GoldRef): number | null => {
    const entry = byFile.get(ref.file);
    const range = rangeOf(ref.file, ref);
    if (entry === undefined || range === null) return null;
    const s = entry.article.sentences.findIndex((x) => x.start <= range.start && range.start < x.end);
    return s === -1 ? null : (firstPassage[entry.index] ?? 0) + s;
  };
  /** The pipeline's quote that best covers a gold quote, if it covers at least half of it. */
  const quoteAt = (article: Article, range: Range) => {
    let best: { quote: Article['quotes'][number]; covered: number } | null = null;
    for (const quote of article.quotes) {
      const covered = overlap(quote, range);
      if (covered > 0 && (best === null || covered > best.covered)) best = { quote, covered };
    }
    return best !== null && best.covered * 2 >= range.end - range.start ? best.quote : null;
  };

  const titles = new Tally();
  const publishedFound = new Tally();
  const publishedWrong = new Tally();
  const reference = new Tally();
  const datesFound = new Tally();
  const datesRight = new Tally();
  const datesYear = new Tally();
  const quotesFound = new Tally();
  const speakersRight = new Tally();
  const speakersWrong = new Tally();

  for (const [file, goldArticle] of Object.entries(gold.articles)) {
    const article = byFile.get(file)?.article;
    if (article === undefined) continue;
    const at = (what: string) => `${file}: ${what}`;

    titles.count(
      goldArticle.titles.some((t) => acceptableTitle(article, t)),
      () =>
        at(
          `title ${show(article.title)} (${article.titleSource}), expected ${show(goldArticle.titles[0] ?? '')}`,
        ),
    );
    if (goldArticle.published !== null)
      publishedFound.count(article.published === goldArticle.published, () =>
        at(`published ${String(article.published)}, stated ${goldArticle.published ?? ''}`),
      );
    if (article.publishedSource !== 'sources.json')
      publishedWrong.count(article.published === null || article.published === goldArticle.published, () =>
        at(
          `published ${String(article.published)} (${String(article.publishedSource)}), stated ${String(goldArticle.published)}`,
        ),
      );
    const ref = article.dateReference;
    reference.count(ref !== null && Math.abs(daysBetween(ref.date, goldArticle.reference)) <= 1, () =>
      at(
        `reference ${ref === null ? 'none' : `${ref.date} (${ref.source})`}, expected ${goldArticle.reference}`,
      ),
    );

    for (const date of goldArticle.dates) {
      const range = rangeOf(file, date);
      if (range === null) continue;
      let best: { mention: Article['dates'][number]; covered: number } | null = null;
      for (const mention of article.dates) {
        const covered = overlap(mention, range);
        if (covered > 0 && (best === null || covered > best.covered)) best = { mention, covered };
      }
      const expected = `${date.start}${date.end === date.start ? '' : `..${date.end}`}`;
      datesFound.count(best !== null, () => at(`date ${show(date.text)} not found (${expected})`));
      if (best === null) continue;
      const { span } = best.mention;
      const said = span === null ? 'unresolved' : `${span.start}..${span.end}`;
      const text = show(article.text.slice(best.mention.start, best.mention.end));
      datesRight.count(span !== null && sameDays(span, date), () =>
        at(`date ${text} → ${said}, expected ${expected}`),
      );
      if (span !== null)
        datesYear.count(
          span.start.slice(0, 4) === date.start.slice(0, 4) && span.end.slice(0, 4) === date.end.slice(0, 4),
          () => at(`date ${text} → ${said}, expected ${expected}`),
        );
    }

    for (const goldQuote of goldArticle.quotes) {
      if (goldQuote.scare) continue;
      const range = rangeOf(file, goldQuote);
      if (range === null) continue;
      const quote = quoteAt(article, range);
      quotesFound.count(quote !== null, () => at(`quote ${show(goldQuote.text)} not found`));
      if (quote === null) continue;
      const said = quote.speaker;
      const expected = goldQuote.speaker;
      const right = said === null ? expected === null : expected !== null && sameSpeaker(said, expected);
      const wrong = said !== null && (expected === null || !sameSpeaker(said, expected));
      const line = () =>
        at(`quote ${show(goldQuote.text)}: speaker ${String(said)}, expected ${String(expected)}`);
      speakersRight.count(right, line);
      speakersWrong.count(!wrong, line);
    }
  }

  const groupsJoined = new Tally();
  for (const group of gold.quoteGroups) {
    const groupOf = group.map((ref) => {
      const goldQuote = goldQuoteOf(gold, ref);
      const article = byFile.get(ref.file)?.article;
      const range = goldQuote === undefined ? null : rangeOf(ref.file, goldQuote);
      return article === undefined || range === null ? null : (quoteAt(article, range)?.group ?? null);
    });
    group.forEach((a, i) =>
      group.forEach((b, j) => {
        if (j <= i || a.file === b.file) return;
        groupsJoined.count(
          groupOf[i] !== null && groupOf[i] === groupOf[j],
          () =>
            `${a.file} ${show(a.text)} / ${b.file} ${show(b.text)}: groups ${String(groupOf[i])} and ${String(groupOf[j])}`,
        );
      }),
    );
  }

  const aligned = new Set(corpus.alignments.map((p) => `${String(p.a)} ${String(p.b)}`));
  const isAligned = (x: number, y: number) =>
    aligned.has(`${String(Math.min(x, y))} ${String(Math.max(x, y))}`);
  const elementOf = new Map<number, number>();
  corpus.elements.forEach((element, e) =>
    element.members.forEach((m) => elementOf.set((firstPassage[m.article] ?? 0) + m.sentence, e)),
  );
  const together = (x: number, y: number) => elementOf.has(x) && elementOf.get(x) === elementOf.get(y);
  const describe = (a: GoldRef, b: GoldRef) => `${a.file} ${show(a.text)} / ${b.file} ${show(b.text)}`;

  const recall = new Tally();
  const negativesAligned = new Tally();
  const precision = new Tally();
  const pairsTogether = new Tally();
  const negativesApart = new Tally();
  for (const { a, b, kind } of gold.pairs) {
    const x = passageOf(a);
    const y = passageOf(b);
    if (x === null || y === null) continue;
    recall.count(isAligned(x, y), () => `${kind}: ${describe(a, b)}`);
    if (isAligned(x, y)) precision.count(true, () => '');
    pairsTogether.count(together(x, y), () => `${kind}: ${describe(a, b)}`);
  }
  for (const { a, b, why } of gold.negatives) {
    const x = passageOf(a);
    const y = passageOf(b);
    if (x === null || y === null) continue;
    negativesAligned.count(!isAligned(x, y), () => `${describe(a, b)} (${why})`);
    if (isAligned(x, y)) precision.count(false, () => `${describe(a, b)} (${why})`);
    negativesApart.count(!together(x, y), () => `${describe(a, b)} (${why})`);
  }

  const eventsRight = new Tally();
  const conflictsRight = new Tally();
  for (const goldEvent of gold.events) {
    const event = corpus.timeline.events.find((e) => e.id === goldEvent.id);
    const placed = event?.date == null ? null : (event.dates[event.date]?.span ?? null);
    const expected = `${goldEvent.day.start}..${goldEvent.day.end}`;
    eventsRight.count(
      placed !== null &&
        (goldEvent.day.approximate === true
          ? sameDays(placed, { text: goldEvent.name, ...goldEvent.day })
          : placed.start === goldEvent.day.start && placed.end === goldEvent.day.end),
      () =>
        `${goldEvent.id}: ${placed === null ? 'undated' : `${placed.start}..${placed.end}`}, expected ${expected}`,
    );
    conflictsRight.count(
      event !== undefined && event.conflict === goldEvent.conflict,
      () => `${goldEvent.id}: conflict ${String(event?.conflict)}, expected ${String(goldEvent.conflict)}`,
    );
  }

  // "Wrong" figures count the failures, so their tallies hold the complement.
  const inverse = (t: Tally, name: string): Figure => ({ ...t.figure(name), hit: t.of - t.hit });
  return [
    titles.figure('titles acceptable'),
    publishedFound.figure('stated publication dates found'),
    inverse(publishedWrong, 'publication dates wrong'),
    reference.figure('reference day within a day'),
    datesFound.figure('date expressions found'),
    datesRight.figure('date expressions resolved right'),
    datesYear.figure('date expressions in the right year'),
    quotesFound.figure('quotes found'),
    speakersRight.figure('speakers right'),
    inverse(speakersWrong, 'speakers wrong'),
    groupsJoined.figure('quote-group pairs joined'),
    recall.figure('alignment recall'),
    inverse(negativesAligned, 'hard negatives aligned'),
    precision.figure('alignment precision (judged pairs)'),
    pairsTogether.figure('story elements: true pairs kept together'),
    negativesApart.figure('story elements: hard negatives kept apart'),
    eventsRight.figure('events on the right day'),
    conflictsRight.figure('conflict flags right'),
    ...(gold.copies ? scoreCopies(corpus.sources, corpus.articles, gold.copies, FLOORS) : []),
    ...(gold.disagreements
      ? scoreDisagreements(corpus.disagreements, corpus.articles, gold.disagreements)
      : []
    ).map((f) => ({ ...f, floor: FLOORS[f.name] ?? null })),
  ];
}
