// The pipeline, top to bottom: a folder's files in, one corpus out. This is the one place the order of its stages
// is written down (README.md and docs/corpus.md point here). Each stage returns values of its own type, and none
// changes what another returned: each `Article` is put together once, when every stage that adds to it has run.
//
//   1. companions    sources.json (sources.ts) and events.json (events.ts), decoded (decode.ts) and checked
//   2. read          each article on its own (`analyseArticle` → `ReadArticle`): decode.ts, then parse.ts (metadata
//                    lines, paragraphs), segment.ts (sentences), quotes.ts (quotes, speakers), metadata.ts and
//                    published.ts (title, outlet, URL, publication date)
//   3. datelines     a dateline with no year, dated from the corpus (`datelineYears`)
//   4. dates         each article's reference day and date expressions (timeline.ts `resolveDates`, temporal.ts)
//   5. timeline      named events found and dated by their mentions (timeline.ts `buildTimeline`)
//   6. bounds        an undated article's earliest publication, from the events it reports (`publishedBounds`)
//   7. quote groups  the same quote across articles, scare quotes dropped (quote-groups.ts `groupQuotes`)
//   8. articles      each `Article`, whole
//   9. alignment     sentences of two articles that say the same thing (align.ts)
//  10. elements      story elements, from the alignments (elements.ts)
//  11. copy families which articles copy or rewrite which, from the alignments (copies.ts)
//  12. disagreements figures and days that aligned passages or one story element give differently
//                    (disagreements.ts)
//  13. search index  passages and words for search (search-index.ts)
import { companionLimit, decodeText, DEFAULT_MAX_BYTES } from './decode.ts';
import { articleId, chooseOutlet, choosePublished, chooseTitle, countWords, urlInText } from './metadata.ts';
import { parseStructure } from './parse.ts';
import { lineAndColumn, storedWarning, type CorpusError, type InputWarning } from './problems.ts';
import { alignArticles } from './align.ts';
import { storyElements } from './elements.ts';
import { copyFamilies } from './copies.ts';
import { disagreementsOf } from './disagreements.ts';
import { findQuotes, type FoundQuote } from './quotes.ts';
import { groupQuotes } from './quote-groups.ts';
import { buildSearchIndex } from './search-index.ts';
import { EVENTS_FILE, readEvents, type EventDefinition } from './events.ts';
import { buildTimeline, publishedBounds, resolveDates, type ArticleDates } from './timeline.ts';
import { segment } from './segment.ts';
import { statedPublication, yearFor, type StatedPublication } from './published.ts';
import { isoDay } from './dates.ts';
import { readSources, safeUrl, SOURCES_FILE, type SourceEntry } from './sources.ts';
import { SCHEMA_VERSION, type Article, type Corpus, type PublishedBound, type Quote } from './types.ts';

export interface SourceFile {
  /** The file's name inside the corpus folder. */
  name: string;
  bytes: Uint8Array;
}

export interface AnalyseOptions {
  /** Largest article file accepted, in bytes. */
  maxBytes?: number;
  /** Told as each stage starts, and after each article read: for a progress bar (the browser's import). */
  onProgress?: (progress: AnalyseProgress) => void;
}

/** The stages a progress bar shows, in order. */
export const ANALYSE_STAGES = [
  'Reading articles',
  'Dating',
  'Grouping quotes',
  'Aligning passages',
  'Finding story elements',
  'Finding copies',
  'Finding disagreements',
  'Indexing for search',
] as const;

/** Where the analysis is: its stage, and, while reading, how many of the articles are read. */
export interface AnalyseProgress {
  stage: (typeof ANALYSE_STAGES)[number];
  done: number;
  articles: number;
}

export type AnalyseResult =
  | { ok: true; corpus: Corpus; warnings: InputWarning[] }
  | { ok: false; errors: CorpusError[]; warnings: InputWarning[] };

/** Files the corpus folder may hold besides articles, passed over without a word. */
const COMPANION_FILES = new Set([SOURCES_FILE, EVENTS_FILE, 'README.md']);

/** Notes about the folder, by convention, though a `.txt`: left out of the corpus, with a warning. */
const README_TXT = 'README.txt';

const isArticleFile = (name: string) => /\.txt$/i.test(name) && name !== README_TXT;

/** Why a file that is neither an article nor a companion is left out, and what to do about it. */
function ignoredBecause(name: string): string {
  const companion = [SOURCES_FILE, EVENTS_FILE].find((c) => c === name.toLowerCase());
  if (companion !== undefined)
    return `is not read: it is probably ${companion}, whose name must be exactly that, in lower case; rename it to ${companion}`;
  if (name === README_TXT)
    return 'is taken for notes about the folder, so it is not in the corpus: if it is an article, rename it (notes can go in README.md, which is passed over without a warning)';
  return 'is not a .txt article, so it is not in the corpus: rename it to .txt if it is one';
}

/** An article as read on its own: every field of `Article` but those the stages over the whole corpus give. */
export type ReadArticle = Omit<Article, 'quotes' | 'dateReference' | 'dates' | 'publishedBound'> & {
  quotes: FoundQuote[];
};

/** One article from its decoded text and its sources.json entry. */
export function analyseArticle(
  file: string,
  text: string,
  source: SourceEntry,
): { article: ReadArticle; warnings: InputWarning[]; yearless: StatedPublication | null } {
  const warnings: InputWarning[] = [];
  const { metadata, paragraphs, badDates } = parseStructure(text);
  for (const field of badDates) {
    warnings.push({
      severity: 'warning',
      code: 'bad-metadata-date',
      file,
      line: lineAndColumn(text, field.start).line,
      message: `the ${field.key} line says "${field.value}", which is not a real day: it is not used as the publication date; correct it`,
    });
  }
  const sentences = segment(text, paragraphs);
  const quotes = findQuotes(text, paragraphs, sentences);
  let url = source.url ?? null;
  const urlField = metadata.find((m) => m.key === 'url' || m.key === 'link');
  if (url === null && urlField) {
    url = safeUrl(urlField.value);
    if (url === null) {
      warnings.push({
        severity: 'warning',
        code: 'unsafe-url',
        file,
        line: lineAndColumn(text, urlField.start).line,
        message: `the ${urlField.key} line is not an http: or https: address, so it is not linked`,
      });
    }
  }
  if (url === null && !urlField) url = urlInText(text, paragraphs);
  if (text.length === 0) {
    warnings.push({
      severity: 'warning',
      code: 'empty-file',
      file,
      message: 'is empty: kept as an article with no text; add its text, or remove the file',
    });
  } else if (paragraphs.length === 0) {
    warnings.push({
      severity: 'warning',
      code: 'blank-file',
      file,
      message: 'holds only white space: kept as an article with no text; add its text, or remove the file',
    });
  }
  const stated = statedPublication(text, paragraphs, url);
  const article: ReadArticle = {
    id: articleId(file),
    file,
    ...chooseTitle({ file, text, source, metadata, paragraphs, sentences, url }),
    ...chooseOutlet(source, metadata, url, file),
    url,
    ...choosePublished(file, source, metadata, stated),
    text,
    metadata,
    paragraphs,
    sentences,
    wordCount: countWords(text, paragraphs),
    quotes,
  };
  // A dateline without its year ("Islamabad, Jan 28:") is dated once the corpus is read.
  const yearless = article.published === null && stated?.year === null ? stated : null;
  return { article, warnings, yearless };
}

/**
 * The articles, each whose dateline gives a month and day but no year dated, as a new object: the year is the one
 * that puts that day nearest the middle publication date of the corpus's dated articles. With no dated article,
 * they stay undated.
 */
function datelineYears(
  articles: readonly ReadArticle[],
  yearless: readonly (StatedPublication | null)[],
): ReadArticle[] {
  const dated = articles.flatMap((a) => (a.published ? [a.published] : [])).sort();
  const middle = dated[Math.floor((dated.length - 1) / 2)];
  return articles.map((article, a) => {
    const stated = yearless[a];
    if (!stated || middle === undefined) return article;
    const published = isoDay(yearFor(stated.month, stated.day, middle), stated.month, stated.day);
    return { ...article, published, publishedSource: 'dateline' };
  });
}

/**
 * Each article whole, put together once every stage that adds to it has run: as read and dated, with its quotes
 * as grouping kept them and its publication bound. Fields keep the order of `Article`, which the JSON follows.
 */
export function wholeArticles(
  dated: readonly (ReadArticle & ArticleDates)[],
  quotes: readonly Quote[][],
  bounds: readonly (PublishedBound | null)[],
): Article[] {
  return dated.map((article, a) => ({
    ...article,
    quotes: quotes[a] ?? [],
    publishedBound: bounds[a] ?? null,
  }));
}

/** Every article file of a corpus folder, analysed; errors where the corpus would be wrong, warnings otherwise. */
export function analyseCorpus(files: SourceFile[], options: AnalyseOptions = {}): AnalyseResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const told = options.onProgress ?? (() => undefined);
  const errors: CorpusError[] = [];
  const warnings: InputWarning[] = [];

  const articleFiles = files.filter((f) => isArticleFile(f.name));
  for (const f of files) {
    if (!isArticleFile(f.name) && !COMPANION_FILES.has(f.name))
      warnings.push({
        severity: 'warning',
        code: 'ignored-file',
        file: f.name,
        message: ignoredBecause(f.name),
      });
  }
  if (articleFiles.length === 0) {
    errors.push({
      severity: 'error',
      code: 'no-articles',
      file: '',
      message: 'holds no .txt article: add one article per .txt file (UTF-8 plain text)',
    });
  }

  const firstFileOfId = new Map<string, string>();
  for (const { name } of articleFiles) {
    const id = articleId(name);
    const other = firstFileOfId.get(id);
    if (id === '') {
      errors.push({
        severity: 'error',
        code: 'no-article-id',
        file: name,
        message: 'gives no usable article id: rename it to start with letters or digits',
      });
    } else if (other !== undefined) {
      errors.push({
        severity: 'error',
        code: 'duplicate-id',
        file: name,
        message: `has the same article id "${id}" as ${other}: rename one of them (the id is the name up to its first "_")`,
      });
    } else firstFileOfId.set(id, name);
  }

  const companionBytes = companionLimit(maxBytes, articleFiles.length);
  let entries = new Map<string, SourceEntry>();
  const sourcesFile = files.find((f) => f.name === SOURCES_FILE);
  if (sourcesFile) {
    const decoded = decodeText(SOURCES_FILE, sourcesFile.bytes, companionBytes, 'companion');
    if (!decoded.ok) errors.push(decoded.error);
    else {
      const sources = readSources(decoded.text, new Set(articleFiles.map((f) => f.name)));
      errors.push(...sources.errors);
      warnings.push(...sources.warnings);
      entries = sources.entries;
    }
  }

  let definitions: EventDefinition[] = [];
  const eventsFile = files.find((f) => f.name === EVENTS_FILE);
  if (eventsFile) {
    const decoded = decodeText(EVENTS_FILE, eventsFile.bytes, companionBytes, 'companion');
    if (!decoded.ok) errors.push(decoded.error);
    else {
      const checked = readEvents(decoded.text);
      errors.push(...checked.errors);
      definitions = checked.events;
    }
  }

  const read: ReadArticle[] = [];
  const yearless: (StatedPublication | null)[] = [];
  const articleCount = articleFiles.length;
  const stage = (name: AnalyseProgress['stage'], done = 0) => {
    told({ stage: name, done, articles: articleCount });
  };
  for (const f of articleFiles) {
    stage('Reading articles', read.length);
    const decoded = decodeText(f.name, f.bytes, maxBytes);
    if (!decoded.ok) {
      errors.push(decoded.error);
      continue;
    }
    const result = analyseArticle(f.name, decoded.text, entries.get(f.name) ?? {});
    read.push(result.article);
    yearless.push(result.yearless);
    warnings.push(...result.warnings);
  }

  if (errors.length > 0) return { ok: false, errors, warnings };
  stage('Dating');
  const dated = resolveDates(datelineYears(read, yearless));
  const { timeline, errors: eventErrors } = buildTimeline(dated, definitions);
  if (eventErrors.length > 0) return { ok: false, errors: eventErrors, warnings };
  const bounds = publishedBounds(dated, timeline);
  stage('Grouping quotes');
  const { groups: quoteGroups, quotes } = groupQuotes(dated);
  const articles = wholeArticles(dated, quotes, bounds);
  stage('Aligning passages');
  const alignments = alignArticles(articles, quoteGroups);
  stage('Finding story elements');
  const elements = storyElements(articles, alignments);
  stage('Finding copies');
  const sources = copyFamilies({ articles, alignments });
  stage('Finding disagreements');
  const disagreements = disagreementsOf({ articles, alignments, elements, quoteGroups });
  stage('Indexing for search');
  const corpus: Corpus = {
    schemaVersion: SCHEMA_VERSION,
    articles,
    search: buildSearchIndex(articles),
    quoteGroups,
    alignments,
    elements,
    timeline,
    sources,
    disagreements,
    warnings: warnings.map(storedWarning),
  };
  return { ok: true, corpus, warnings };
}
