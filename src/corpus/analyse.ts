// The pipeline, top to bottom: a folder's files in, one corpus out (read → parse → segment → metadata → quotes →
// dates and the timeline → align → story elements → search index).
import { companionLimit, decodeText, DEFAULT_MAX_BYTES } from './decode.ts';
import { articleId, chooseOutlet, choosePublished, chooseTitle, countWords, urlInText } from './metadata.ts';
import { parseStructure } from './parse.ts';
import { lineAndColumn, type CorpusError } from './problems.ts';
import { alignArticles } from './align.ts';
import { storyElements } from './elements.ts';
import { findQuotes, groupQuotes } from './quotes.ts';
import { buildSearchIndex } from './search-index.ts';
import { EVENTS_FILE, readEvents, type EventDefinition } from './events.ts';
import { buildTimeline, publishedBounds, resolveDates } from './timeline.ts';
import { segment } from './segment.ts';
import { statedPublication, yearFor, type StatedPublication } from './published.ts';
import { isoDay } from './calendar.ts';
import { readSources, safeUrl, SOURCES_FILE, type SourceEntry } from './sources.ts';
import { SCHEMA_VERSION, type Article, type Corpus, type CorpusWarning } from './types.ts';

export interface SourceFile {
  /** The file's name inside the corpus folder. */
  name: string;
  bytes: Uint8Array;
}

export interface AnalyseOptions {
  /** Largest article file accepted, in bytes. */
  maxBytes?: number;
}

export type AnalyseResult =
  | { ok: true; corpus: Corpus; warnings: CorpusWarning[] }
  | { ok: false; errors: CorpusError[]; warnings: CorpusWarning[] };

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

/** One article from its decoded text and its sources.json entry. */
export function analyseArticle(
  file: string,
  text: string,
  source: SourceEntry,
): { article: Article; warnings: CorpusWarning[]; yearless: StatedPublication | null } {
  const warnings: CorpusWarning[] = [];
  const { metadata, paragraphs, badDates } = parseStructure(text);
  for (const field of badDates) {
    warnings.push({
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
      code: 'empty-file',
      file,
      message: 'is empty: kept as an article with no text; add its text, or remove the file',
    });
  } else if (paragraphs.length === 0) {
    warnings.push({
      code: 'blank-file',
      file,
      message: 'holds only white space: kept as an article with no text; add its text, or remove the file',
    });
  }
  const stated = statedPublication(text, paragraphs, url);
  const article: Article = {
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
    // Dates are resolved once the whole corpus is read: an undated article borrows its reference day from it.
    dateReference: null,
    dates: [],
    publishedBound: null,
  };
  // A dateline without its year ("Islamabad, Jan 28:") is dated once the corpus is read.
  const yearless = article.published === null && stated?.year === null ? stated : null;
  return { article, warnings, yearless };
}

/**
 * Dates the articles whose dateline gives a month and day but no year: the year that puts that day nearest the
 * middle publication date of the corpus's dated articles. With no dated article, they stay undated.
 */
function dateYearlessDatelines(articles: Article[], yearless: readonly (StatedPublication | null)[]): void {
  const dated = articles.flatMap((a) => (a.published ? [a.published] : [])).sort();
  const middle = dated[Math.floor((dated.length - 1) / 2)];
  if (middle === undefined) return;
  yearless.forEach((stated, a) => {
    const article = articles[a];
    if (!stated || !article) return;
    article.published = isoDay(yearFor(stated.month, stated.day, middle), stated.month, stated.day);
    article.publishedSource = 'dateline';
  });
}

/** Every article file of a corpus folder, analysed; errors where the corpus would be wrong, warnings otherwise. */
export function analyseCorpus(files: SourceFile[], options: AnalyseOptions = {}): AnalyseResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const errors: CorpusError[] = [];
  const warnings: CorpusWarning[] = [];

  const articleFiles = files.filter((f) => isArticleFile(f.name));
  for (const f of files) {
    if (!isArticleFile(f.name) && !COMPANION_FILES.has(f.name))
      warnings.push({ code: 'ignored-file', file: f.name, message: ignoredBecause(f.name) });
  }
  if (articleFiles.length === 0) {
    errors.push({
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
        file: name,
        message: 'gives no usable article id: rename it to start with letters or digits',
      });
    } else if (other !== undefined) {
      errors.push({
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
      const read = readEvents(decoded.text);
      errors.push(...read.errors);
      definitions = read.events;
    }
  }

  const articles: Article[] = [];
  const yearless: (StatedPublication | null)[] = [];
  for (const f of articleFiles) {
    const decoded = decodeText(f.name, f.bytes, maxBytes);
    if (!decoded.ok) {
      errors.push(decoded.error);
      continue;
    }
    const result = analyseArticle(f.name, decoded.text, entries.get(f.name) ?? {});
    articles.push(result.article);
    yearless.push(result.yearless);
    warnings.push(...result.warnings);
  }

  if (errors.length > 0) return { ok: false, errors, warnings };
  dateYearlessDatelines(articles, yearless);
  resolveDates(articles);
  const { timeline, errors: eventErrors } = buildTimeline(articles, definitions);
  if (eventErrors.length > 0) return { ok: false, errors: eventErrors, warnings };
  publishedBounds(articles, timeline).forEach((bound, a) => {
    const article = articles[a];
    if (article) article.publishedBound = bound;
  });
  const { groups: quoteGroups, groupOf } = groupQuotes(articles);
  articles.forEach((article, a) =>
    article.quotes.forEach((quote, q) => (quote.group = groupOf[a]?.[q] ?? -1)),
  );
  const alignments = alignArticles(articles, quoteGroups);
  const corpus: Corpus = {
    schemaVersion: SCHEMA_VERSION,
    articles,
    search: buildSearchIndex(articles),
    quoteGroups,
    alignments,
    elements: storyElements(articles, alignments),
    timeline,
    warnings,
  };
  return { ok: true, corpus, warnings };
}
