// The corpus contract: the JSON the pipeline writes and the app reads (see docs/corpus.md).

/** Bumped whenever a field changes meaning or is removed; adding a field bumps the minor part. */
export const SCHEMA_VERSION = '1.4';

/** A half-open character range `[start, end)` into an article's `text` (UTF-16 code units). */
export interface Range {
  start: number;
  end: number;
}

/** How a block of text is used by its author. */
export type ParagraphKind =
  /** A title line at the top of the text, before any body paragraph. */
  | 'headline'
  /** A short line that introduces a section. */
  | 'heading'
  /** A `- ` (or `* `, `• `) list item; its `marker` range holds the bullet. */
  | 'list-item'
  /** A short credit line right after a paragraph that is only a quotation. */
  | 'attribution'
  | 'paragraph';

export interface Paragraph extends Range {
  kind: ParagraphKind;
  /** The bullet of a list item (e.g. `- `), outside every sentence. */
  marker?: Range;
}

/** A sentence, or a whole headline, heading or list item: the unit search and alignment work on. */
export interface Sentence extends Range {
  /** Index into the article's `paragraphs`. */
  paragraph: number;
}

/** A `key value` line opening the text, such as ` date 2025-01-30`; its range covers key and value. */
export interface MetadataField extends Range {
  key: string;
  value: string;
}

/** Where a title came from, in the order they are tried. */
export type TitleSource = 'sources.json' | 'headline' | 'metadata' | 'url' | 'first-sentence' | 'file-name';

/**
 * Where a publication date came from: `sources.json`; a metadata line (` date 2025-01-30`); a date line near the top
 * (`Last Updated : Jan 27 2025 | 9:38 PM IST`); a wire dateline (`July 19 (Reuters) -`, its year from the corpus when
 * it gives none); a day in the URL's path (`/2024/07/19/`); or a `YYYY-MM-DD` in the file name.
 */
export type PublishedSource = 'sources.json' | 'metadata' | 'date-line' | 'dateline' | 'url' | 'file-name';

/** Where an outlet's name came from: `url` is the host of the article's URL; `file-name` the file name less its id. */
export type OutletSource = 'sources.json' | 'metadata' | 'url' | 'file-name';

export interface Article {
  /** Stable id derived from the file name (`000_fba6.txt` → `000`, `My story.txt` → `my-story`). */
  id: string;
  /** The file name inside the corpus folder. */
  file: string;
  title: string;
  titleSource: TitleSource;
  /** The outlet's name: from `sources.json`, a metadata line, the URL's host, or the file name; `null` if none. */
  outlet: string | null;
  outletSource: OutletSource | null;
  /** An `http:` or `https:` URL, or `null`. */
  url: string | null;
  /** `YYYY-MM-DD`, or `null` when no source gives one. */
  published: string | null;
  publishedSource: PublishedSource | null;
  /** The file's content exactly, less a leading UTF-8 byte-order mark. */
  text: string;
  metadata: MetadataField[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  wordCount: number;
  /** Quoted spans, in text order. */
  quotes: Quote[];
  /** The day relative dates are resolved against, or `null` when neither the article nor the corpus gives one. */
  dateReference: DateReference | null;
  /** Date expressions, in text order. */
  dates: DateMention[];
  /** For an undated article, the earliest it can have been published, where the text tells; else `null`. */
  publishedBound: PublishedBound | null;
}

/** An inclusive span of days, each `YYYY-MM-DD`. */
export interface DaySpan {
  start: string;
  end: string;
}

/** How finely a date expression pins its days down. */
export type DatePrecision = 'day' | 'week' | 'month' | 'season' | 'year' | 'range';

/**
 * How a date is known: `stated`, a full date in the text ("Jan. 29, 2025", "2026-2027"); `inferred`, a relative or
 * partial one ("Wednesday", "last week", "about a month ago", "November or December") resolved against the
 * article's reference date; `unresolved`, found but with nothing to resolve it against.
 */
export type DateBasis = 'stated' | 'inferred' | 'unresolved';

/** A date expression in an article, with the days it means. */
export interface DateMention extends Range {
  /** The sentence holding it (index into the article's `sentences`). */
  sentence: number;
  /** The days it can mean, or `null` when unresolved. */
  span: DaySpan | null;
  precision: DatePrecision;
  basis: DateBasis;
  /** Hedged in the text ("about a month ago", "around 2026"), and so widened. */
  approximate: boolean;
}

/** The day an article's relative dates are resolved against, and where it comes from. */
export interface DateReference {
  date: string;
  /**
   * `published`: the article's own date. `own-dates`: undated, the latest full date it states near the corpus's
   * dates. `inferred`: undated, the day under which its weekdays and "last week"s land on days the other articles
   * date. `corpus`: undated and telling nothing, the corpus's latest publication date — a fallback, which never
   * raises a conflict.
   */
  source: 'published' | 'own-dates' | 'inferred' | 'corpus';
}

/** Where a date of an event comes from: an article's mention (see `DateBasis`), or `external`, named in `events.json`. */
export type EventDateBasis = 'stated' | 'inferred' | 'external';

/** One dating of an event: a mention's date, or the external date `events.json` gives. */
export interface EventDate {
  span: DaySpan;
  precision: DatePrecision;
  basis: EventDateBasis;
  approximate: boolean;
  /** The mention it comes from (article index, index into that article's `dates`), or `null` when external. */
  mention: { article: number; date: number } | null;
  /** For an external date, its source as `events.json` names it. */
  source: string | null;
}

/** A sentence that mentions an event, and the date expression of that sentence that dates it, if any. */
export interface EventMention {
  article: number;
  sentence: number;
  /** Index into the article's `dates`, or `null` when the sentence does not date the event. */
  date: number | null;
}

/** An event of the timeline: named in `events.json`, found in articles by its cues. */
export interface TimelineEvent {
  id: string;
  name: string;
  mentions: EventMention[];
  /** Every dating of the event: its mentions' dates, then any external one. */
  dates: EventDate[];
  /**
   * Index into `dates` of the date the timeline places it at: the narrowest stated or external date, else the
   * narrowest inferred one (a published article's before one resolved against the corpus); `null` when undated.
   */
  date: number | null;
  /** Some of its dates cannot all be true: two of their spans do not overlap. */
  conflict: boolean;
}

/** An undated article's publication date, bounded by what it reports as already happened. */
export interface PublishedBound {
  /** The article was published on or after this day... */
  after: string;
  /** ...since it reports this event (index into the timeline's `events`) as happened. */
  event: number;
}

/** The timeline: named events in date order (undated ones last), and every date mention that names none. */
export interface Timeline {
  events: TimelineEvent[];
  /** Date mentions of no named event: article index and index into its `dates`, in date order. */
  unnamed: { article: number; date: number }[];
}

/** How a quote's speaker is known. */
export type SpeakerBasis =
  /** A name next to a verb of saying: "Amodei wrote", "said Lutnick", "according to Amodei". */
  | 'named'
  /** "he writes", resolved to the last person named before it. */
  | 'pronoun'
  /** A credit line under a pull quote: `Dario Amodei, CEO of Anthropic`. */
  | 'credit-line';

/** A quotation in an article. Its range is the quoted words, without the quotation marks. */
export interface Quote extends Range {
  /** The range with its quotation marks. */
  outer: Range;
  /** The sentence holding the quote's start (index into the article's `sentences`). */
  sentence: number;
  /** Index into the corpus's `quoteGroups`. */
  group: number;
  /** The speaker's name as the text gives it, or `null` when the text does not say who. */
  speaker: string | null;
  speakerBasis: SpeakerBasis | null;
}

/** One stretch of a word-level diff between two renderings of the same quote. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** Where a quote occurs: article index and index into that article's `quotes`. */
export interface QuoteRef {
  article: number;
  quote: number;
}

/** The same quote as rendered by one or more articles. */
export interface QuoteGroup {
  /**
   * The words of the most common rendering (on a tie, the fullest, then the one of the article first by id), as the
   * text has them.
   */
  text: string;
  /** The speaker most occurrences name, or `null`. */
  speaker: string | null;
  occurrences: QuoteRef[];
  /**
   * For each occurrence after the first, how its words differ from the first occurrence's (after folding quotes,
   * dashes, ellipses and brackets): `removed` parts are the first's, `added` parts this one's. Empty for identical.
   */
  variants: { occurrence: QuoteRef; diff: DiffPart[] }[];
}

/** A sentence of one article: article index, sentence index. */
export interface SentenceRef {
  article: number;
  sentence: number;
}

/**
 * Two sentences, of two articles, that say the same thing. Sentences are named by passage number (see
 * `SearchIndex`: the sentence's position in the corpus, article by article), `a < b`, in different articles.
 */
export interface AlignedPair {
  a: number;
  b: number;
  /** Similarity, 0 to 1. */
  score: number;
  /** A quote group both sentences quote from, if any. */
  quoteGroup: number | null;
}

/** One claim or fact, told by one or more articles: aligned sentences grouped across all articles. */
export interface StoryElement {
  /** The member that best represents the element (the most connected one). */
  label: SentenceRef;
  /** Every sentence telling it, article by article. */
  members: SentenceRef[];
  /** The articles carrying it, ascending. */
  articles: number[];
  /** Present, and true, when its label makes no claim of its own ("Here's why.", "If not?"; see claim.ts). */
  noClaim?: true;
}

/** What a warning is about, one code per rule (see docs/corpus.md). */
export type WarningCode = 'empty-file' | 'blank-file' | 'unsafe-url' | 'ignored-file' | 'bad-metadata-date';

/** Something worth knowing about the input that did not stop the build (printed as an `InputWarning`). */
export interface CorpusWarning {
  code: WarningCode;
  /** The file the warning is about, relative to the corpus folder. */
  file: string;
  /** 1-based line, where one applies. */
  line?: number;
  message: string;
}

/** `Fuse.createIndex([], strings).toJSON()`: what `Fuse.parseIndex` reads back in the browser. */
export interface FuseStringIndex {
  keys: [];
  /** `v` the string, `i` its position in the list, `n` Fuse's field-length norm. */
  records: { v: string; i: number; n: number }[];
}

/**
 * The search index, built once at build time. Passage `p` is sentence `s` of article `a` when `p` is the number of
 * sentences in the articles before `a`, plus `s`.
 */
export interface SearchIndex {
  /** Each passage's folded text (see `fold`), in passage order: Fuse's extended syntax runs over these. */
  passages: FuseStringIndex;
  /** Every distinct word of the folded passages, sorted: typo-tolerant matching runs over these. */
  words: FuseStringIndex;
  /** For each word, in the order of `words`, the numbers of the passages holding it, ascending. */
  postings: number[][];
}

export interface Corpus {
  schemaVersion: typeof SCHEMA_VERSION;
  articles: Article[];
  search: SearchIndex;
  quoteGroups: QuoteGroup[];
  /**
   * Aligned sentence pairs across all articles, ordered by `a` then `b`. What one article has that another lacks
   * is derived from these (its sentences with no partner in the other), not stored.
   */
  alignments: AlignedPair[];
  /** Story elements, those carried by the most articles first. */
  elements: StoryElement[];
  timeline: Timeline;
  warnings: CorpusWarning[];
}
