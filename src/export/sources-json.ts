// The articles' titles, outlets, dates and URLs, as the page shows them, in the format of the `sources.json` a
// corpus folder may hold (src/corpus/sources.ts reads it): a researcher corrects it and puts it back in the folder.
import type { ArticleSummary } from '../corpus/client.ts';

/** One article's entry: what is known of it; a field the article lacks is left out (`sources.json` takes strings). */
function entry(article: ArticleSummary): Record<string, string> {
  const fields: [string, string | null][] = [
    ['outlet', article.outlet],
    ['url', article.url],
    ['title', article.title],
    ['published', article.published],
  ];
  return Object.fromEntries(fields.filter((field): field is [string, string] => field[1] !== null));
}

/** `sources.json`'s text, keyed by article file name in corpus order, two-space indented. */
export function sourcesJson(articles: readonly ArticleSummary[]): string {
  const entries = Object.fromEntries(articles.map((article) => [article.file, entry(article)]));
  return `${JSON.stringify(entries, null, 2)}\n`;
}
