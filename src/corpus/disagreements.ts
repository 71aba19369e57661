// Disagreements on the facts: where two passages that tell the same thing give different figures or days for it,
// and where one passage names a weekday its own date does not fall on.
import { daysBetween, MONTHS, WEEKDAYS, weekday } from './dates.ts';
import { anchorsAround, figuresAgree, figuresOf, type Figure } from './figures.ts';
import { fold } from './fold.ts';
import { FIGURE_TOLERANCE } from './similarity.ts';
import { partitionPoint } from './partition-point.ts';
import { namedThings } from './words.ts';
import { NUMBER_WORDS } from './numbers.ts';
import type {
  Article,
  Corpus,
  DateMention,
  Disagreement,
  DisagreementPairing,
  DisagreementSide,
  QuoteGroup,
  QuoteRef,
} from './types.ts';

/**
 * Words that mark a figure as of a moment, so that a later article's other figure for it may be its update: an
 * intraday extreme, a running count, an opening or closing level. Generic news English, not a story's words.
 */
const TIME_MARK =
  /\b(?:as much as|as many as|as of|so far|at one point|intraday|early|earlier|initially|at first|opening|at the open|(?:at|by) the close|closing|closed|ended|by the end|final|latest|now|later|updated?)\b/;
/**
 * Words that mark a figure as interim: an extreme reached during the day, a count so far. Of two figures for one
 * thing, one so marked and the other not, the other is the later figure: the close against "as much as".
 */
const INTERIM =
  /\b(?:as much as|as many as|as of|so far|at one point|intraday|early|initially|at first|opening)\b/;
/** A day that bounds the event, not its day: "by Monday", "until Friday", "since Tuesday". */
const BOUND = /\b(?:by|until|till|before|after|since|from|through)\s*$/;
/**
 * How far apart two figures paired across neighbouring sentences may be: reports of one figure differ by rounding,
 * timing or error, rarely twofold; "3.1 %" of an index beside "13 %" of a share are two figures.
 */
const NEARBY_RATIO = 2;
/** How many copies of a figure, and how many figures it disagrees with, its disagreements are passed on between. */
const LINKED_COPIES = 16;

/** A day expression's words, when they are only a weekday ("Tuesday", "on Tuesday"), folded. */
const WEEKDAY_WORD = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'i');

/** How many days a date mention may span and still be compared: a day, a weekend, a few days. */
const SHORT_SPAN = 3;

interface DayFact {
  start: number;
  end: number;
  first: string;
  last: string;
  /** The weekday named, folded, if the expression is only that ("Tuesday"), else null. */
  weekdayOnly: string | null;
  anchors: string[];
}

/** What one passage states: its figures and its short-span days, ranges in the article's text. */
interface PassageFacts {
  article: number;
  sentence: number;
  figures: Figure[];
  days: DayFact[];
  /** The passage marks time (see `TIME_MARK`). */
  timed: boolean;
  /** The passage marks its figures as interim (see `INTERIM`). */
  interim: boolean;
  /**
   * The things it names, with those of the sentence before it, which its "the stock" or "he" may stand for: read
   * when first asked for, since most passages are never compared.
   */
  names: () => ReadonlySet<string>;
}

/** Capitalised words that name a time, not a subject: "Monday" in both says nothing of whose figure it is. */
const TIME_NAMES: ReadonlySet<string> = new Set(
  [...WEEKDAYS, ...MONTHS, ...MONTHS.map((m) => m.slice(0, 3)), 'Sept'].map((w) => w.toLowerCase()),
);

/** The things a sentence names (see `namedThings`), its capitalised first word included, times left out. */
function namesIn(text: string): string[] {
  const { names, initial } = namedThings(text);
  return [...names, ...(initial === null ? [] : [initial])].filter((n) => !TIME_NAMES.has(n));
}

/**
 * Whether two passages can be telling a figure of one subject: when both name things, they name one alike. Two
 * sentences aligned on their other words ("fell 17 % on Monday") are of two subjects when one names a party and the
 * other a company.
 */
function sameSubject(x: PassageFacts, y: PassageFacts): boolean {
  const [xs, ys] = [x.names(), y.names()];
  if (xs.size === 0 || ys.size === 0) return true;
  for (const n of xs) if (ys.has(n)) return true;
  return false;
}

/** After a dateline's day: an optional bracketed credit, then a dash ("Jan. 15 (Reuters) –", "July 19 -"). */
const DATELINE_END = /^\s*(?:\([^)\n]{1,60}\))?\s*[-–—]/;

/**
 * Whether a date opens its paragraph as a dateline ("NEW YORK, Jan. 15 (Reuters) –"): it dates the report, not what
 * the report tells, and each copy of a wire story carries its own.
 */
function inDateline(article: Article, paragraph: number, d: DateMention): boolean {
  const head = article.text.slice(article.paragraphs[paragraph]?.start ?? d.start, d.start);
  return head.trim().split(/\s+/).length <= 5 && DATELINE_END.test(article.text.slice(d.end, d.end + 80));
}

const daySpanLength = (m: DateMention) =>
  m.span === null ? Infinity : daysBetween(m.span.start, m.span.end) + 1;

/** A digit or a number word: what every figure `figuresOf` reads has. */
const MAY_STATE_A_FIGURE = new RegExp(String.raw`\d|\b(?:${[...NUMBER_WORDS].join('|')})\b`, 'i');

/** The facts of a passage that states none: one object for all, since they are most passages of a corpus. */
const NO_FACTS: PassageFacts = {
  article: -1,
  sentence: -1,
  figures: [],
  days: [],
  timed: false,
  interim: false,
  names: () => new Set(),
};

function factsOf(articles: readonly Article[], article: number, sentence: number): PassageFacts {
  const a = articles[article];
  const s = a?.sentences[sentence];
  if (!a || !s) return NO_FACTS;
  const text = a.text.slice(s.start, s.end);
  // The article's dates are in text order, so the sentence's are one run of them.
  const from = partitionPoint(a.dates.length, (i) => (a.dates[i]?.sentence ?? 0) < sentence);
  const to = partitionPoint(a.dates.length, (i) => (a.dates[i]?.sentence ?? 0) <= sentence);
  // Most sentences state no figure and no day: told so by two regular expressions, not by reading them whole.
  if (from === to && !MAY_STATE_A_FIGURE.test(text)) return NO_FACTS;
  const folded = fold(text);
  const mentions = a.dates.slice(from, to);
  const local = mentions.map((d) => ({ start: d.start - s.start, end: d.end - s.start }));
  const figures = figuresOf(text, local).map((f) => ({
    ...f,
    start: f.start + s.start,
    end: f.end + s.start,
  }));
  const days: DayFact[] = [];
  for (const d of mentions) {
    if (d.span === null || d.approximate || daySpanLength(d) > SHORT_SPAN) continue;
    if (
      BOUND.test(fold(a.text.slice(s.start, d.start))) ||
      /^(?:by|until|till|before|after|since)\b/i.test(a.text.slice(d.start, d.end))
    )
      continue;
    if (inDateline(a, s.paragraph, d)) continue;
    const words = fold(a.text.slice(d.start, d.end))
      .replace(/^(?:on|this|last|next)\s+/, '')
      .trim();
    const only = WEEKDAY_WORD.exec(words);
    days.push({
      start: d.start,
      end: d.end,
      first: d.span.start,
      last: d.span.end,
      weekdayOnly: only && only[0].length === words.length ? words : null,
      anchors: anchorsAround(folded, d.start - s.start, d.end - s.start),
    });
  }
  const before = a.sentences[sentence - 1];
  let names: ReadonlySet<string> | undefined;
  return {
    article,
    sentence,
    figures,
    days,
    timed: TIME_MARK.test(folded),
    interim: INTERIM.test(folded),
    names: () =>
      (names ??= new Set([
        ...namesIn(text),
        ...(before ? namesIn(a.text.slice(before.start, before.end)) : []),
      ])),
  };
}

const shared = (a: readonly string[], b: readonly string[]) => {
  const set = new Set(a);
  return new Set(b.filter((w) => set.has(w))).size;
};

/**
 * Values of two passages paired by role, each left unmatched by the other's agreeing values: a value pairs with the
 * other side's value of the same kind and unit with which it shares the most anchor words (at least one), when that
 * value's best partner is it in turn. A value that agrees with any value of the other side is matched, not paired:
 * "9 % in September" and "$279 billion" in both leave "13 %" and "18 %" to be compared.
 */
function pairByRole<T>(
  xs: readonly T[],
  ys: readonly T[],
  sameRole: (x: T, y: T) => boolean,
  agree: (x: T, y: T) => boolean,
  anchors: (t: T) => readonly string[],
): [T, T][] {
  const left = xs.filter((x) => !ys.some((y) => sameRole(x, y) && agree(x, y)));
  const right = ys.filter((y) => !xs.some((x) => sameRole(x, y) && agree(x, y)));
  const best = (t: T, others: readonly T[], flip: boolean) => {
    let found: T | null = null;
    let most = 0;
    for (const o of others) {
      if (!(flip ? sameRole(o, t) : sameRole(t, o))) continue;
      const n = shared(anchors(t), anchors(o));
      if (n > most) [found, most] = [o, n];
    }
    return found;
  };
  return left.flatMap((x): [T, T][] => {
    const y = best(x, right, false);
    return y !== null && best(y, left, true) === x ? [[x, y]] : [];
  });
}

const sameFigureRole = (x: Figure, y: Figure) => x.kind === y.kind && x.unit === y.unit && x.sum === y.sum;
const withinRatio = (x: Figure, y: Figure) => {
  const [a, b] = [Math.abs(x.low), Math.abs(y.low)];
  return Math.max(a, b) <= NEARBY_RATIO * Math.min(a, b);
};
/**
 * Whether two days' words say the same day, whatever days they were resolved to: a bare weekday and another day of
 * that weekday's name ("Tuesday" and "Tuesday", "Monday" and "Jan. 27", a Monday) can only differ by the day each
 * article was read against, which is the resolver's guess, not the texts' disagreement.
 */
function sameWords(a: DayFact, b: DayFact): boolean {
  const nameOf = (d: DayFact) => (d.first === d.last ? WEEKDAYS[weekday(d.first)]?.toLowerCase() : undefined);
  if (a.weekdayOnly !== null && (a.weekdayOnly === b.weekdayOnly || a.weekdayOnly === nameOf(b))) return true;
  return b.weekdayOnly !== null && b.weekdayOnly === nameOf(a);
}

const dayValue = (d: DayFact) => (d.first === d.last ? d.first : `${d.first}/${d.last}`);

/** The day each article is known to report from: its publication, else a reference day its own text gives. */
function knownDay(article: Article | undefined): string | null {
  if (!article) return null;
  if (article.published !== null) return article.published;
  const ref = article.dateReference;
  return ref !== null && ref.source !== 'corpus' ? ref.date : null;
}

/** Each weekday that misses the date it stands beside: "Thursday (July 19)" when 19 July 2024 was a Friday. */
function weekdaySlips(articles: readonly Article[]): Disagreement[] {
  const found: Disagreement[] = [];
  articles.forEach((a, article) =>
    a.dates.forEach((d, i) => {
      if (d.span === null || d.span.start !== d.span.end || d.precision !== 'day') return;
      // The weekday and the date may be one expression ("Thursday (July 19)") or two side by side.
      const next = a.dates[i + 1];
      const joined =
        next?.span &&
        /^[\s,(]{0,3}$/.test(a.text.slice(d.end, next.start)) &&
        next.span.start === next.span.end
          ? next
          : null;
      const words = a.text.slice(d.start, (joined ?? d).end);
      const named = WEEKDAY_WORD.exec(words);
      if (!named || !/\d/.test(words)) return;
      const day = joined?.span?.start ?? d.span.start;
      const actual = WEEKDAYS[weekday(day)] ?? '';
      const said = WEEKDAYS.find((w) => w.toLowerCase() === named[1]?.toLowerCase()) ?? '';
      if (said === actual) return;
      found.push({
        kind: 'weekday',
        sides: [
          {
            article,
            sentence: d.sentence,
            start: d.start,
            end: (joined ?? d).end,
            value: `${said}/${day} ${actual}`,
          },
        ],
        update: false,
        pairing: 'calendar',
      });
    }),
  );
  return found;
}

/** A name's words, folded, for telling two people apart: "Dario Amodei" and "Amodei" are one. */
const nameWords = (name: string) =>
  fold(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);

/** Whether two speakers' names can be one person: the words of the shorter are all in the longer. */
function samePerson(a: string, b: string): boolean {
  const [x, y] = [nameWords(a), nameWords(b)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length > 0 && short.every((w) => long.includes(w));
}

/**
 * One quotation credited to two people: two renderings of one quote group whose speakers the texts name (next to a
 * verb of saying, or in a credit line: never a "he" resolved to the last name before it, which is the pipeline's
 * guess) and that cannot be one person. Each side is the speaker's name where its article writes it, in the quote's
 * sentence or the next; a rendering whose name is not found there is left out. One disagreement per two names.
 */
function speakerSlips(articles: readonly Article[], groups: readonly QuoteGroup[]): Disagreement[] {
  const found: Disagreement[] = [];
  for (const group of groups) {
    const named: { ref: QuoteRef; speaker: string; side: DisagreementSide }[] = [];
    for (const ref of group.occurrences) {
      const article = articles[ref.article];
      const quote = article?.quotes[ref.quote];
      if (!article || !quote?.speaker || quote.speakerBasis === 'pronoun' || quote.speakerBasis === null)
        continue;
      if (named.some((n) => n.ref.article === ref.article)) continue;
      const from = article.sentences[quote.sentence]?.start ?? quote.outer.start;
      const to =
        article.sentences[quote.sentence + 1]?.end ?? article.sentences[quote.sentence]?.end ?? quote.end;
      const at = article.text.indexOf(quote.speaker, from);
      if (at < 0 || at + quote.speaker.length > to) continue;
      const sentence = partitionPoint(
        article.sentences.length,
        (i) => (article.sentences[i]?.end ?? 0) <= at,
      );
      named.push({
        ref,
        speaker: quote.speaker,
        side: {
          article: ref.article,
          sentence,
          start: at,
          end: at + quote.speaker.length,
          value: quote.speaker,
        },
      });
    }
    const people: typeof named = [];
    for (const n of named) if (!people.some((p) => samePerson(p.speaker, n.speaker))) people.push(n);
    for (let i = 1; i < people.length; i++) {
      const [first, other] = [people[0], people[i]];
      if (first && other)
        found.push({ kind: 'name', sides: [first.side, other.side], update: false, pairing: 'quote' });
    }
  }
  return found;
}

/**
 * Every disagreement on the facts in a corpus: different figures (amounts, percentages, counts) or days for the same
 * thing in two passages of different articles that are aligned, next to an aligned pair, or tell one story element;
 * and weekdays that miss their own dates. Disagreements come in the order of their first side in the corpus.
 *
 * Figures are normalised first ("17 percent" is "17%", "$465bn" "$465 billion", "two" 2) and compared as written:
 * within the step of the looser one's last significant digit ("$589bn" and "$588.8 billion" agree, so do "close to
 * $600 billion" and "$589 billion"), or `FIGURE_TOLERANCE` for a hedged one ("about", "as much as"). Two figures are
 * compared only when they play one role: the same kind and unit (currency, `%`, or the noun counted), both one
 * thing's figure or both a sum, of passages that name a subject alike (see `sameSubject`), and, among several, the
 * pair sharing the most words nearby (see `pairByRole`). Across neighbouring sentences a figure its aligned partner
 * already agrees with is left out, and two figures more than `NEARBY_RATIO` apart are of two things. A figure told
 * alike by another passage passes its disagreements on to it (`linked`).
 *
 * Days are compared only between passages of one story element, when both are short spans (a day, a weekend, not
 * "by Monday") that do not overlap, paired the same way; a bare weekday is never at odds with a day of its name
 * (see `sameWords`).
 *
 * Work: each aligned pair is compared, and the pairs of its neighbouring sentences that state figures; each story
 * element's members with its label and its first member, never with each other; each figure's disagreements passed
 * on to at most `LINKED_COPIES` copies: O(alignments + element members), each passage's facts read once.
 */
export function disagreementsOf(
  corpus: Pick<Corpus, 'articles' | 'alignments' | 'elements'> & Partial<Pick<Corpus, 'quoteGroups'>>,
): Disagreement[] {
  const { articles } = corpus;
  const firstPassage: number[] = [];
  const passageArticle: number[] = [];
  articles.forEach((a, i) => {
    firstPassage[i] = passageArticle.length;
    for (let s = 0; s < a.sentences.length; s++) passageArticle.push(i);
  });
  const facts: (PassageFacts | undefined)[] = [];
  const factsAt = (p: number): PassageFacts => {
    let f = facts[p];
    if (!f) {
      const article = passageArticle[p] ?? 0;
      f = factsOf(articles, article, p - (firstPassage[article] ?? 0));
      facts[p] = f;
    }
    return f;
  };
  /** Whether passage `p` is of `article` and states a figure. */
  const figured = (p: number, article: number | undefined) =>
    passageArticle[p] === article && factsAt(p).figures.length > 0;

  const passageOf = (m: { article: number; sentence: number }) => (firstPassage[m.article] ?? 0) + m.sentence;
  const elementOf = new Map<number, number>();
  corpus.elements.forEach((e, i) => {
    if (e.members.length > 1) for (const m of e.members) elementOf.set(passageOf(m), i);
  });
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  // For each figure, the articles with a passage aligned with its own that gives it alike (see `unsettled`).
  const settledIn = new Map<Figure, Set<number>>();
  const settle = (figure: Figure, article: number) => {
    const articles = settledIn.get(figure);
    if (articles) articles.add(article);
    else settledIn.set(figure, new Set([article]));
  };
  /**
   * A passage's figures less those some passage of `article` aligned with it agrees with: those are settled, and
   * pairing one with a figure of a sentence nearby would compare two figures of different things.
   */
  const unsettled = (p: number, article: number): Figure[] =>
    factsAt(p).figures.filter((f) => settledIn.get(f)?.has(article) !== true);

  const found = new Map<string, Disagreement>();
  const add = (d: Disagreement) => {
    const key = d.sides
      .map((s) => `${String(s.article)}:${String(s.start)}`)
      .sort()
      .join(' ');
    if (!found.has(key)) found.set(key, d);
  };

  /** The two passages' order as sides (the earlier-published first), and whether one updates the other. */
  const arrange = (x: PassageFacts, y: PassageFacts): [PassageFacts, PassageFacts, boolean] => {
    const [dx, dy] = [knownDay(articles[x.article]), knownDay(articles[y.article])];
    const [px, py] = [passageOf(x), passageOf(y)];
    // Undated or same-day sides in corpus order.
    const [first, second] = dx !== null && dy !== null && dy < dx ? [y, x] : px < py ? [x, y] : [y, x];
    const update =
      (dx !== null && dy !== null && dx !== dy && (x.timed || y.timed)) || x.interim !== y.interim;
    return [first, second, update];
  };
  const side = (f: PassageFacts, r: { start: number; end: number }, value: string): DisagreementSide => ({
    article: f.article,
    sentence: f.sentence,
    start: r.start,
    end: r.end,
    value,
  });
  const addFigures = (
    x: PassageFacts,
    a: Figure,
    y: PassageFacts,
    b: Figure,
    pairing: DisagreementPairing,
  ) => {
    const [first, second, update] = arrange(x, y);
    const [fa, fb] = first === x ? [a, b] : [b, a];
    add({ kind: a.kind, sides: [side(first, fa, fa.value), side(second, fb, fb.value)], update, pairing });
  };

  // Each figure's partners: those it was paired with and disagrees with, and those that tell it alike. A copy of a
  // figure disagrees with whatever the figure disagrees with.
  const against = new Map<Figure, { facts: PassageFacts; figure: Figure }[]>();
  const alike = new Map<Figure, { facts: PassageFacts; figure: Figure }[]>();
  // Only the first `LINKED_COPIES` of each are passed on (see `passOn`), so no more are kept: a figure told alike
  // by every article of a big story has millions of such pairs at 10,000 articles.
  const link = (map: typeof alike, x: PassageFacts, a: Figure, y: PassageFacts, b: Figure) => {
    if ((map.get(a)?.length ?? 0) < LINKED_COPIES) push(map, a, { facts: y, figure: b });
    if ((map.get(b)?.length ?? 0) < LINKED_COPIES) push(map, b, { facts: x, figure: a });
  };
  const agree = (a: Figure, b: Figure) => figuresAgree(a, b, FIGURE_TOLERANCE);

  const compare = (p: number, q: number, pairing: DisagreementPairing) => {
    if (passageArticle[p] === undefined || passageArticle[q] === undefined) return;
    if (passageArticle[p] === passageArticle[q]) return;
    const [x, y] = [factsAt(p), factsAt(q)];
    const figures = x.figures.length > 0 && y.figures.length > 0;
    if (!figures && (x.days.length === 0 || y.days.length === 0)) return;
    const near = pairing === 'nearby';
    if (near && !figures) return;
    // Whether they name one subject (see `sameSubject`): asked only of passages with values to compare, and once.
    let subject: boolean | undefined;
    const oneSubject = () => (subject ??= sameSubject(x, y));
    const xs = near ? unsettled(p, y.article) : x.figures;
    const ys = near ? unsettled(q, x.article) : y.figures;
    const role = near ? (a: Figure, b: Figure) => sameFigureRole(a, b) && withinRatio(a, b) : sameFigureRole;
    for (const [a, b] of pairByRole(xs, ys, role, agree, (f) => f.anchors)) {
      if (!oneSubject()) return;
      addFigures(x, a, y, b, pairing);
      link(against, x, a, y, b);
    }
    // Agreeing figures of passages that tell the same thing are one figure, when their words say so too.
    if (!near)
      for (const a of xs)
        for (const b of ys)
          if (sameFigureRole(a, b) && agree(a, b) && shared(a.anchors, b.anchors) > 0 && oneSubject())
            link(alike, x, a, y, b);
    // Days only for passages of one story element: a day is as often another event's, and aligned passages may
    // tell two events of one person ("Trump said on Monday", "Trump's nominee told senators on Wednesday").
    const element = elementOf.get(p);
    if (element === undefined || element !== elementOf.get(q)) return;
    const [dayFirst, daySecond] = arrange(x, y);
    const dayPairs = pairByRole(
      dayFirst.days,
      daySecond.days,
      () => true,
      (a, b) => a.first <= b.last && b.first <= a.last,
      (d) => d.anchors,
    );
    for (const [a, b] of dayPairs) {
      if (sameWords(a, b) || !oneSubject()) continue;
      add({
        kind: 'date',
        sides: [side(dayFirst, a, dayValue(a)), side(daySecond, b, dayValue(b))],
        update: false,
        pairing,
      });
    }
  };

  /**
   * Each disagreement passed on to the figure's copies: a passage telling a figure alike (in a passage aligned with
   * it or of its element) disagrees with what the figure disagrees with. One step only, since a chain of "alike"
   * drifts (each "about" widens what agrees); and at most `LINKED_COPIES` copies a figure, since a figure a
   * thousand passages copy needs its disagreement listed once per copy no more than a reader can use.
   */
  const passOn = () => {
    for (const [figure, copies] of alike) {
      const others = against.get(figure);
      if (!others) continue;
      for (const copy of copies.slice(0, LINKED_COPIES))
        for (const other of others.slice(0, LINKED_COPIES))
          if (
            copy.facts.article !== other.facts.article &&
            !agree(copy.figure, other.figure) &&
            sameSubject(copy.facts, other.facts) &&
            // As `pairByRole` asks of any pair: a word in common near the two figures.
            shared(copy.figure.anchors, other.figure.anchors) > 0
          )
            addFigures(copy.facts, copy.figure, other.facts, other.figure, 'linked');
    }
  };

  for (const { a, b } of corpus.alignments) {
    compare(a, b, 'aligned');
    const [x, y] = [factsAt(a), factsAt(b)];
    for (const f of x.figures)
      for (const g of y.figures)
        if (sameFigureRole(f, g) && agree(f, g)) {
          settle(f, y.article);
          settle(g, x.article);
        }
  }
  for (const { a, b } of corpus.alignments) {
    const around = (p: number) => [p - 1, p, p + 1].filter((n) => figured(n, passageArticle[p]));
    const [nearA, nearB] = [around(a), around(b)];
    if (nearA.length === 0 || nearB.length === 0) continue;
    for (const p of nearA) for (const q of nearB) if (p !== a || q !== b) compare(p, q, 'nearby');
  }
  for (const element of corpus.elements) {
    if (element.members.length < 2) continue;
    const label = passageOf(element.label);
    const head = passageOf(element.members[0] ?? element.label);
    for (const m of element.members) {
      const p = passageOf(m);
      compare(label, p, 'element');
      if (head !== label) compare(head, p, 'element');
    }
  }

  passOn();

  const order = (d: Disagreement) => d.sides[0] ?? { article: 0, start: 0 };
  return [
    ...found.values(),
    ...weekdaySlips(articles),
    ...speakerSlips(articles, corpus.quoteGroups ?? []),
  ].sort(
    (u, v) =>
      order(u).article - order(v).article ||
      order(u).start - order(v).start ||
      (u.sides[1]?.article ?? -1) - (v.sides[1]?.article ?? -1) ||
      (u.sides[1]?.start ?? -1) - (v.sides[1]?.start ?? -1),
  );
}
