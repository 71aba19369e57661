// Metadata: an article's id, title, outlet, URL, publication date and word count, each with where it came from.
import { parseLeadingDate } from './calendar.ts';
import { isoDay } from './dates.ts';
import { LEADING_BULLETS } from './parse.ts';
import { shorten } from './shorten.ts';
import type { StatedPublication } from './published.ts';
import type { SourceEntry } from './sources.ts';
import type {
  MetadataField,
  OutletSource,
  Paragraph,
  PublishedSource,
  Sentence,
  TitleSource,
} from './types.ts';

/** `000_fba6e2117cdd8943.txt` → `000`; `My Story.txt` → `my-story`; `''` when nothing usable is left. */
export function articleId(file: string): string {
  const stem = file.replace(/\.[^.]*$/, '');
  const head = stem.includes('_') ? stem.slice(0, stem.indexOf('_')) : stem;
  return (head === '' ? stem : head)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Words in the article's blocks (list bullets and metadata lines not counted). */
export function countWords(text: string, paragraphs: Paragraph[]): number {
  let count = 0;
  for (const p of paragraphs) count += text.slice(p.marker?.end ?? p.start, p.end).match(WORD)?.length ?? 0;
  return count;
}

/** The most frequent spelling of each word in the text, keyed by its lower-case letters, to recase URL slugs. */
function spellings(text: string): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const [match] of text.matchAll(WORD)) {
    const word = /^(?:\p{L}\.)+\p{L}$/u.test(match) ? `${match}.` : match; // U.S keeps its last full stop
    const key = word.toLowerCase().replace(/['’.-]/g, '');
    const forms = counts.get(key) ?? new Map<string, number>();
    forms.set(word, (forms.get(word) ?? 0) + 1);
    counts.set(key, forms);
  }
  const best = new Map<string, string>();
  for (const [key, forms] of counts) {
    const [form] = [...forms].sort(
      (a, b) => b[1] - a[1] || (a[0] === key ? -1 : b[0] === key ? 1 : 0),
    )[0] ?? [key];
    best.set(key, form);
  }
  return best;
}

/** Trailing slug words that are ids, not words: `13857710`, `679a6df352e1f`. */
function isIdToken(token: string): boolean {
  return /^\d+$/.test(token) || (token.length >= 6 && /\d/.test(token) && /^[a-z0-9]+$/i.test(token));
}

/** `u-s-export` spells "U.S. export": runs of one-letter slug words are one word. */
function joinInitials(tokens: string[]): string[] {
  const joined: string[] = [];
  let run = '';
  for (const token of [...tokens, '']) {
    if (token.length === 1 && /\p{L}/u.test(token)) {
      run += token;
      continue;
    }
    if (run !== '') joined.push(run);
    run = '';
    if (token !== '') joined.push(token);
  }
  return joined;
}

/** A title from the URL's last wordy path segment, spelt as the article spells those words. */
export function titleFromUrl(url: string, text: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  const segments = path.split('/').filter((s) => /[-_]/.test(s) && /\p{L}/u.test(s));
  const last = segments[segments.length - 1];
  if (last === undefined) return null;
  const tokens = joinInitials(
    last
      .replace(/\.(?:s?html?|php|aspx?|jsp)$/i, '')
      .split(/[-_+]+/)
      .filter(Boolean),
  );
  while (tokens.length > 0 && isIdToken(tokens[tokens.length - 1] ?? '')) tokens.pop();
  // `8-5-million` is "8.5 million" where the text says 8.5: a slug loses decimal points.
  for (let i = tokens.length - 2; i >= 0; i--) {
    const decimal = `${tokens[i] ?? ''}.${tokens[i + 1] ?? ''}`;
    if (/^\d+\.\d+$/.test(decimal) && text.includes(decimal)) tokens.splice(i, 2, decimal);
  }
  if (tokens.length < 3) return null;
  const known = spellings(text);
  const words = tokens.map((t) => known.get(t.toLowerCase()) ?? t.toLowerCase());
  return words.join(' ').replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

/** The longest title made of a first sentence. */
const SENTENCE_TITLE = 90;

export interface TitleInput {
  file: string;
  text: string;
  source: SourceEntry;
  metadata: MetadataField[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  url: string | null;
}

/** The title, tried in order: sources.json, a `title:` metadata line, the headline, the URL slug, the first sentence. */
export function chooseTitle(input: TitleInput): { title: string; titleSource: TitleSource } {
  const { text, source, metadata, paragraphs, sentences, url } = input;
  if (source.title) return { title: source.title, titleSource: 'sources.json' };
  const field = metadata.find((m) => m.key === 'title' || m.key === 'headline');
  if (field) return { title: field.value, titleSource: 'metadata' };
  // A short label over the headline ("Technology", "World News") is a section, not the title.
  const headlines = paragraphs.filter((p) => p.kind === 'headline').map((p) => text.slice(p.start, p.end));
  const headline = headlines.find((h) => h.split(/\s+/u).length > 3) ?? headlines[0];
  if (headline) return { title: headline.replace(LEADING_BULLETS, ''), titleSource: 'headline' };
  const fromUrl = url === null ? null : titleFromUrl(url, text);
  if (fromUrl) return { title: fromUrl, titleSource: 'url' };
  const first = sentences[0];
  if (first)
    return {
      title: shorten(text.slice(first.start, first.end), SENTENCE_TITLE),
      titleSource: 'first-sentence',
    };
  return { title: input.file.replace(/\.[^.]*$/, ''), titleSource: 'file-name' };
}

/**
 * The publication date, tried in order: sources.json, a `date` metadata line, what the text or URL states of it
 * (`stated`, see published.ts; a dateline without a year is dated later, by the corpus), a date in the file name.
 */
export function choosePublished(
  file: string,
  source: SourceEntry,
  metadata: MetadataField[],
  stated: StatedPublication | null,
): { published: string | null; publishedSource: PublishedSource | null } {
  if (source.published) return { published: source.published, publishedSource: 'sources.json' };
  const field = metadata.find((m) => m.key !== 'updated' && parseLeadingDate(m.value)?.iso);
  if (field) return { published: field.value, publishedSource: 'metadata' };
  const day = stated?.year == null ? null : isoDay(stated.year, stated.month, stated.day);
  if (stated && day) return { published: day, publishedSource: stated.source };
  const inName = /(?:^|\D)(\d{4}-\d{2}-\d{2})(?!\d)/.exec(file);
  const iso = inName ? parseLeadingDate(inName[1] ?? '')?.iso : null;
  if (iso) return { published: iso, publishedSource: 'file-name' };
  return { published: null, publishedSource: null };
}

/**
 * The outlet, and where it comes from: sources.json; an `outlet:`/`source:`/`publisher:` metadata line; the host of
 * the article's URL (sources.json's, a `url:` line's, or one on a line of its own at the top or bottom of the text);
 * else the file name less its id (`12_some-outlet-story.txt` → `some-outlet-story`), so that sources can still be
 * told apart; `null` when even that is empty.
 */
export function chooseOutlet(
  source: SourceEntry,
  metadata: MetadataField[],
  url: string | null,
  file: string,
): { outlet: string | null; outletSource: OutletSource | null } {
  if (source.outlet) return { outlet: source.outlet, outletSource: 'sources.json' };
  const field = metadata.find((m) => m.key === 'outlet' || m.key === 'source' || m.key === 'publisher');
  if (field) return { outlet: field.value, outletSource: 'metadata' };
  if (url !== null) return { outlet: new URL(url).hostname.replace(/^www\./, ''), outletSource: 'url' };
  const stem = file.replace(/\.[^.]*$/, '');
  const name = (stem.includes('_') ? stem.slice(stem.indexOf('_') + 1) : stem).trim();
  return name === '' ? { outlet: null, outletSource: null } : { outlet: name, outletSource: 'file-name' };
}

/** How far from either end of the text a line holding only the article's URL is looked for. */
const URL_LINE_REACH = 3;

/**
 * The article's URL, written in its text: a paragraph at the top or bottom that is a web address, perhaps after a
 * label ("Source: https://…", "Originally published at https://…"). Only `http:` and `https:` addresses.
 */
export function urlInText(text: string, paragraphs: readonly Paragraph[]): string | null {
  const ends = [...paragraphs.slice(0, URL_LINE_REACH), ...paragraphs.slice(-URL_LINE_REACH)];
  for (const p of ends) {
    const m = /^(?:[\p{L} ]{0,40}:?\s*)?(https?:\/\/\S+)$/u.exec(text.slice(p.start, p.end).trim());
    if (!m) continue;
    try {
      const url = new URL(m[1] ?? '');
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // Not a well-formed address: not the article's URL.
    }
  }
  return null;
}
