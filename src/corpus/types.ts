// The corpus contract: the JSON the pipeline writes and the app reads (see docs/corpus.md).

/** Bumped whenever a field changes meaning or is removed; adding a field bumps the minor part. */
export const SCHEMA_VERSION = '1.5';

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
export type TitleSource =
  'sources.json' | 'headline' | 'metadata' | 'url' | 'first-sentence' | 'file-name' | Corrected;

/**
 * A title, outlet or date the reader corrected in the page (kept in their browser, see src/app/corrections.ts): the
 * page sets it over the corpus's own; a built corpus never holds it.
 */
export type Corrected = 'corrected';

/**
 * Where a publication date came from: `sources.json`; a metadata line (` date 2025-01-30`); a date line near the top
 * (`Last Updated : Jan 27 2025 | 9:38 PM IST`); a wire dateline (`July 19 (Reuters) -`, its year from the corpus when
 * it gives none); a day in the URL's path (`/2024/07/19/`); or a `YYYY-MM-DD` in the file name.
 */
export type PublishedSource =
  'sources.json' | 'metadata' | 'date-line' | 'dateline' | 'url' | 'file-name' | Corrected;

/** Where an outlet's name came from: `url` is the host of the article's URL; `file-name` the file name less its id. */
export type OutletSource = 'sources.json' | 'metadata' | 'url' | 'file-name' | Corrected;

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

// Copy families (copies.ts): who copied whom.

/** How much of two articles' words each carries of the other, for one pair that shares an aligned sentence. */
export interface SharedText {
  /** Article indices, `a < b`. */
  a: number;
  b: number;
  /**
   * Share of `a`'s own words (see `sentenceWords`) in sentences `b` carries at copy level (score ≥ `COPY_LEVEL`), then
   * of `b`'s in sentences `a` carries so; 0 to 1, three decimals.
   */
  verbatim: [number, number];
  /** The same, for sentences aligned at any score: told in any words. */
  aligned: [number, number];
  /**
   * `aligned` with quoted words counted too: an article that is mostly a quotation has few words of its own, and
   * their share alone can be high on a few loosely aligned sentences.
   */
  withQuotes: [number, number];
  /**
   * Of `a`'s sentences aligned with `b`, the share that keep `b`'s order (the longest run of them whose partners
   * come in the same order, over all of them): a rewrite follows its source; two reports of one event need not.
   */
  inOrder: number;
}

/**
 * How a credit is given, strongest first: `dateline`, a name in brackets at the head of a paragraph before a dash
 * ("July 19 (Reuters) -", "Rome, Jan. 30 (LaPresse) –"), the wire's own mark; `contributed`, "X contributed to
 * this report"; `according-to`, "According to X" near the top, which may credit a source of one fact as well as
 * of the whole article, so it weighs least.
 */
export type CreditKind = 'dateline' | 'contributed' | 'according-to';

/**
 * How an article stands to the others: `copy`, near-verbatim the text of `of`, possibly trimmed; `rewrite`, a
 * paraphrase of it that keeps its order and facts; `original`, the member of a family of copies and rewrites that
 * the evidence says came first; `independent`, in no family.
 */
export type SourceKind = 'original' | 'copy' | 'rewrite' | 'independent';

/** What an article shares with one other article, as the shares of `SharedText`, seen from the article. */
export interface PairEvidence {
  /** The other article. */
  article: number;
  /** Share of this article's own words the other carries near-verbatim. */
  verbatim: number;
  /** Share of this article's own words the other carries in any words. */
  aligned: number;
  /** The same with quoted words counted. */
  withQuotes: number;
  /** Share of the other's own words this article carries in any words: under 1 when this one is trimmed. */
  covers: number;
  /** Share of the aligned sentences in the same order in both. */
  inOrder: number;
}

export interface ArticleSource {
  kind: SourceKind;
  /** The article it most likely comes from, for a copy or a rewrite; else `null`. */
  of: number | null;
  /** How much of its own words `of` carries: near-verbatim for a copy, in any words for a rewrite; else 0. */
  share: number;
  /** Index into `families`, or `null` for an independent article. */
  family: number | null;
  /**
   * What the class rests on: for a copy or a rewrite, what it shares with `of`; for an original or an independent
   * article, with the article that carries most of its words (`null` when none carries any).
   */
  evidence: PairEvidence | null;
}

/**
 * Why a family's original was chosen, the first test that told it from the rest: `earliest`, every other dated
 * member was published later (an undated one may be earlier, so it is not ruled out); `credit-line`, it names the
 * agency it comes from (see `CreditKind`) where the others do not, or more strongly; `fullest`, the most words;
 * `listed-first`, nothing told them apart, so the first by file order.
 */
export type OriginalBasis = 'earliest' | 'credit-line' | 'fullest' | 'listed-first';

export interface CopyFamily {
  original: number;
  /** Its articles, the original first, then by index. */
  members: number[];
  basis: OriginalBasis;
  /** The agency a member's text credits, the original's first, else the strongest credit; `null` when none. */
  credit: { agency: string; kind: CreditKind; article: number } | null;
}

export interface CopyFamilies {
  /**
   * The pairs of articles that share an aligned sentence, ordered by `a` then `b`: every one in a corpus of up to
   * `EVERY_PAIR_UP_TO` (40) articles, else those linked as copies or rewrites.
   */
  shared: SharedText[];
  /** For each article, in corpus order. */
  articles: ArticleSource[];
  /** The families, the largest first, then by original. */
  families: CopyFamily[];
}

// Disagreements on the facts (disagreements.ts).

/**
 * What the passages disagree on: an amount of money, a percentage, a count of something, a day, a weekday, or a
 * name (who said a quotation).
 */
export type DisagreementKind = 'amount' | 'percent' | 'number' | 'date' | 'weekday' | 'name';

/**
 * How the passages were paired: `aligned`, an aligned pair (`Corpus.alignments`); `nearby`, the sentences next to
 * an aligned pair, which often carry the figure one side states and the other moved to its next sentence; `element`,
 * two members of one story element; `linked`, a passage telling a figure alike with one that disagrees with a
 * third (17 % in two reports, one of them paired with 13 %: the other disagrees with 13 % too); `calendar`, one passage
 * checked against the calendar; `quote`, two renderings of one quotation (`Corpus.quoteGroups`) credited to two
 * people.
 */
export type DisagreementPairing = 'aligned' | 'nearby' | 'element' | 'linked' | 'calendar' | 'quote';

/** One passage's side of a disagreement: where the value is and what it says. */
export interface DisagreementSide {
  article: number;
  /** Index into the article's `sentences`. */
  sentence: number;
  /** The value's range in the article's `text`, hedge included ("about $465 billion"). */
  start: number;
  end: number;
  /**
   * The value normalised, as the page shows it: `$465 billion`, `13%`, `417 flights`, a day `2025-01-28` (or
   * `2025-01-25/2025-01-26`), or for a weekday, the weekday and the day its date is: `Thursday/2024-07-19 Friday`.
   */
  value: string;
}

/** Two passages giving different values for one thing, or one passage contradicting itself. */
export interface Disagreement {
  kind: DisagreementKind;
  /** Two sides, the earlier-published first (else in corpus order); one for a weekday that misses its date. */
  sides: DisagreementSide[];
  /**
   * The later side reports a later figure for the same thing rather than contradicting the earlier: the articles
   * are known to report from different days and one of the passages marks its figure as of a time ("as much as",
   * "early", "so far", "at the close"; see `TIME_MARK`), or one passage marks its figure as interim and the other
   * does not ("as much as 13 % soon after the opening bell" against the day's 17 %; see `INTERIM`). Never for days
   * and weekdays.
   */
  update: boolean;
  pairing: DisagreementPairing;
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
  /** Copy families: which articles are copies or rewrites of which (copies.ts). */
  sources: CopyFamilies;
  /** Where passages that tell the same thing give different figures or days for it (disagreements.ts). */
  disagreements: Disagreement[];
  warnings: CorpusWarning[];
}
