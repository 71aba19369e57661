// Gold standards: a gold file's shape (see eval/gold/README.md), checked, with each span found in its article's
// text. Spans are exact substrings, never offsets, so that re-segmentation cannot break them.
import type { Range } from '../src/corpus/types.ts';

export interface GoldSpan {
  text: string;
  /** A longer exact substring holding `text` that occurs once, where `text` alone occurs more than once. */
  context?: string;
}
export interface GoldDate extends GoldSpan {
  start: string;
  end: string;
  approximate?: boolean;
}
export interface GoldQuote extends GoldSpan {
  speaker: string | null;
  scare?: boolean;
}
export interface GoldArticle {
  titles: string[];
  published: string | null;
  publishedFrom?: string | null;
  reference: string;
  dates: GoldDate[];
  quotes: GoldQuote[];
}
export interface GoldRef extends GoldSpan {
  file: string;
}
export interface GoldEvent {
  id: string;
  name: string;
  cues: string[];
  /** The span the texts establish; `approximate` for a hedged one ("9-12 months ago"), scored as a hedged date is. */
  day: { start: string; end: string; approximate?: boolean };
  conflict: boolean;
  note?: string;
}
/**
 * A disagreement on the facts: the passages of `a` give one value, those of `b` another for the same thing (a
 * self-contradiction, such as a weekday its date does not fall on, has `a` only and `b` empty). `update` when the
 * later value updates the earlier rather than contradicting it (an intraday loss against the close).
 */
export interface GoldDisagreement {
  kind: 'amount' | 'percent' | 'number' | 'date' | 'weekday';
  a: GoldRef[];
  b: GoldRef[];
  update: boolean;
  note?: string;
}
export interface Gold {
  corpus: string;
  /** The folder of articles, relative to the project's root. */
  folder: string;
  articles: Record<string, GoldArticle>;
  quoteGroups: GoldRef[][];
  pairs: { a: GoldRef; b: GoldRef; kind: 'copy' | 'paraphrase' | 'fact' }[];
  negatives: { a: GoldRef; b: GoldRef; why: string }[];
  events: GoldEvent[];
  /** The true copy families (see eval/gold/README.md); a gold file without them is not scored on copies. */
  copies?: GoldCopies;
  /** The true disagreements on the facts (see eval/gold/README.md); a gold file without them is not scored on them. */
  disagreements?: GoldDisagreement[];
}

/** Copy families: articles that copy or rewrite one text; an article in none is independent. */
export interface GoldCopies {
  families: {
    /** The member that came first, or `null` when the folder does not tell. */
    original: string | null;
    members: string[];
    /** How each member but one comes from another (or is a sibling copy of it): one fewer link than members. */
    links: { file: string; of: string; kind: 'copy' | 'rewrite' }[];
    note?: string;
  }[];
  /** Pairs that share text short of a family, where readers could differ: counted neither way. */
  unscored: { a: string; b: string; why: string }[];
}

/** A gold span found in its article: the file and the range of `text`. */
export interface Located extends Range {
  file: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Where `span` is in `text`, or a message saying why it cannot be found exactly once. */
export function locate(text: string, span: GoldSpan): Range | string {
  const occurrences = (needle: string, hay: string) => {
    const at: number[] = [];
    for (let i = hay.indexOf(needle); i !== -1 && needle !== ''; i = hay.indexOf(needle, i + 1)) at.push(i);
    return at;
  };
  const quoted = JSON.stringify(span.text);
  if (span.text === '') return 'has an empty text';
  if (span.context === undefined) {
    const at = occurrences(span.text, text);
    if (at.length === 1) return { start: at[0] ?? 0, end: (at[0] ?? 0) + span.text.length };
    return at.length === 0
      ? `${quoted} is not in the text`
      : `${quoted} occurs ${String(at.length)} times: add a "context" that occurs once`;
  }
  const contexts = occurrences(span.context, text);
  if (contexts.length !== 1)
    return `its context ${JSON.stringify(span.context)} occurs ${String(contexts.length)} times, not once`;
  const inner = span.context.indexOf(span.text);
  if (inner === -1) return `its context does not hold ${quoted}`;
  const start = (contexts[0] ?? 0) + inner;
  return { start, end: start + span.text.length };
}

/**
 * Checks a gold file against the articles' texts: every span found exactly once, every day a `YYYY-MM-DD`,
 * every quote group naming quotes of its articles. Returns the problems, each naming the file and the span.
 */
export function checkGold(gold: Gold, texts: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const where = (file: string, what: string) => `${gold.corpus}: ${file}: ${what}`;
  const day = (file: string, value: string, what: string) => {
    if (!DAY.test(value)) problems.push(where(file, `${what} ${JSON.stringify(value)} is not YYYY-MM-DD`));
  };
  const find = (file: string, span: GoldSpan, what: string) => {
    const text = texts.get(file);
    if (text === undefined) problems.push(where(file, `${what}: no such article in ${gold.folder}`));
    else {
      const found = locate(text, span);
      if (typeof found === 'string') problems.push(where(file, `${what}: ${found}`));
    }
  };
  for (const file of texts.keys())
    if (!(file in gold.articles)) problems.push(where(file, 'is not annotated'));
  for (const [file, article] of Object.entries(gold.articles)) {
    if (article.titles.length === 0) problems.push(where(file, 'gives no acceptable title'));
    if (article.published !== null) day(file, article.published, 'published');
    day(file, article.reference, 'reference');
    for (const date of article.dates) {
      find(file, date, 'date');
      day(file, date.start, `date ${JSON.stringify(date.text)} start`);
      day(file, date.end, `date ${JSON.stringify(date.text)} end`);
      if (date.start > date.end)
        problems.push(where(file, `date ${JSON.stringify(date.text)} ends before it starts`));
    }
    for (const quote of article.quotes) find(file, quote, 'quote');
  }
  for (const group of gold.quoteGroups) {
    for (const ref of group) {
      if (goldQuoteOf(gold, ref) === undefined)
        problems.push(
          where(ref.file, `quote group member ${JSON.stringify(ref.text)} is not one of its quotes`),
        );
    }
  }
  for (const [kind, list] of [
    ['pair', gold.pairs],
    ['negative', gold.negatives],
  ] as const) {
    for (const { a, b } of list) {
      find(a.file, a, kind);
      find(b.file, b, kind);
      if (a.file === b.file)
        problems.push(where(a.file, `${kind} ${JSON.stringify(a.text)} pairs an article with itself`));
    }
  }
  if (gold.copies) problems.push(...checkCopies(gold.copies, texts).map((p) => `${gold.corpus}: ${p}`));
  for (const { a, b } of gold.disagreements ?? []) {
    for (const ref of [...a, ...b]) find(ref.file, ref, 'disagreement');
    if (a.length === 0) problems.push(`${gold.corpus}: a disagreement has no side "a"`);
  }
  for (const event of gold.events) {
    day('events', event.day.start, `event ${event.id} start`);
    day('events', event.day.end, `event ${event.id} end`);
  }
  return problems;
}

/** The gold quote a quote group's member names: its article's quote with that text (and context, if it gives one). */
export function goldQuoteOf(gold: Gold, ref: GoldRef): GoldQuote | undefined {
  return gold.articles[ref.file]?.quotes.find(
    (q) => q.text === ref.text && (ref.context === undefined || q.context === ref.context),
  );
}

/** The copy families' problems: files not in the folder, a file in two families, links that leave their family. */
function checkCopies(copies: GoldCopies, texts: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const known = (file: string, what: string) => {
    if (!texts.has(file)) problems.push(`${file}: ${what} names no article of the folder`);
  };
  const familyOf = new Map<string, number>();
  copies.families.forEach((family, f) => {
    const members = new Set(family.members);
    if (members.size < 2) problems.push(`copy family ${String(f)} has fewer than two members`);
    for (const file of family.members) {
      known(file, `copy family ${String(f)}`);
      if (familyOf.has(file)) problems.push(`${file}: in two copy families`);
      familyOf.set(file, f);
    }
    if (family.original !== null && !members.has(family.original))
      problems.push(`${family.original}: the original of copy family ${String(f)} is not one of its members`);
    if (family.links.length !== members.size - 1)
      problems.push(
        `copy family ${String(f)} has ${String(family.links.length)} links for ${String(members.size)} members`,
      );
    for (const link of family.links)
      if (!members.has(link.file) || !members.has(link.of) || link.file === link.of)
        problems.push(
          `${link.file}: its link to ${link.of} is not between two members of copy family ${String(f)}`,
        );
  });
  for (const { a, b } of copies.unscored) {
    known(a, 'an unscored pair');
    known(b, 'an unscored pair');
    if (a === b) problems.push(`${a}: an unscored pair pairs an article with itself`);
  }
  return problems;
}
