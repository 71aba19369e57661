// A passage cited as plain text, for the clipboard: its words, whose they are and when, the original's address, and
// the Parallax link that opens the reader at the passage. Pure: the page's address is passed in.
import type { Article } from '../corpus/types.ts';
import { isolateText } from './bidi.ts';
import { formatDate, outletName, safeHref } from './format.ts';
import { href } from './routes.ts';

/** What a citation says of the article a passage is in. */
export type CitedArticle = Pick<Article, 'outlet' | 'title' | 'published' | 'publishedBound' | 'url'>;

export interface Cited {
  /** The passage's words (a sentence, or a quote's words), as the page shows them. */
  text: string;
  article: CitedArticle;
  /** The Parallax link to the passage (see passageLink). */
  link: string;
}

/**
 * The reader's link to a sentence as an absolute URL: the page's own address (whose query, such as `?corpus=`,
 * names the corpus being viewed) with the reader's hash in place of the current one.
 */
export function passageLink(articleId: string, sentence: number, page: string): string {
  return new URL(href.article(articleId, { p: String(sentence) }), page).href;
}

/** The publication date as the page gives it (PublishedDate.tsx), in words that fit in a sentence. */
function publishedText(article: CitedArticle): string {
  if (article.published !== null) return formatDate(article.published);
  if (article.publishedBound !== null) return `on or after ${formatDate(article.publishedBound.after)}`;
  return 'undated';
}

/** Text as the page shows it, on one line: the corpus keeps the line breaks of the file. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The citation, a line each: the words quoted; the outlet, title and date; the original's address, where it has a
 * usable one; the Parallax link. Corpus text that could reorder the app's words around it is isolated (bidi.ts).
 */
export function citation({ text, article, link }: Cited): string {
  const url = safeHref(article.url);
  return [
    `“${isolateText(oneLine(text))}”`,
    `${isolateText(outletName(article))}, “${isolateText(oneLine(article.title))}”, ${publishedText(article)}.`,
    ...(url === null ? [] : [url]),
    `Parallax: ${link}`,
  ].join('\n');
}
