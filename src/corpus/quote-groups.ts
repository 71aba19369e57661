// Quote groups: the same quote as several articles (or one, twice) render it, with each rendering's word-level diff.
import { fold } from './fold.ts';
import { cluster, type Item } from './quote-clusters.ts';
import { findNumbers, numberKey } from './numbers.ts';
import { diffText, quoteDiff } from './quote-diff.ts';
import { surnameOf } from './speaker-names.ts';
import type { FoundQuote } from './quotes.ts';
import type { Quote, QuoteGroup, QuoteRef } from './types.ts';

/** Quotes of one or two words with no speaker are scare quotes ("bipolar"), unless other articles carry them too. */
export const SCARE_QUOTE_WORDS = 2;

/**
 * A quote's words as grouping compares them: case, quotation marks, apostrophes, dashes, ellipses (`…`, `...`),
 * brackets and punctuation at word edges folded away; hyphens and points inside words kept (`7-10`, `u.s`).
 */
export function quoteWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‛′`´]/gu, "'")
    .replace(/[“”„‟″«»"]|…|\.{3,}|[()[\]{}]|[–—―]|(?<=\s|^)-+(?=\s|$)/gu, ' ')
    .split(/\s+/u)
    .map((word) => word.replace(/^[^\p{L}\p{N}$€£]+|[^\p{L}\p{N}%]+$/gu, ''))
    .filter((word) => word !== '');
}

/** A percent sign or word right after a figure: "17%", "17 percent" and "17 per cent" are one rendering. */
const PERCENT = /^\s?(?:%|per\s?cent\b)/iu;

/**
 * The words grouping compares: `quoteWords`, with each figure (with its currency sign or percent) one word holding
 * its value, so that two outlets' renderings of one spoken figure ("a few $10M's", "a few tens of millions") agree.
 */
export function groupingWords(text: string): string[] {
  let out = '';
  let at = 0;
  for (const figure of findNumbers(fold(text))) {
    const start = /[$€£¥]$/u.test(text.slice(at, figure.start)) ? figure.start - 1 : figure.start;
    out += `${text.slice(at, start)} ${numberKey(figure)} `;
    at = figure.end + (PERCENT.exec(text.slice(figure.end))?.[0].length ?? 0);
  }
  return quoteWords(out + text.slice(at));
}

/** A verb of naming a few words before a quote: what "some experts called “historic”" quotes is someone's word. */
const CALLED =
  /(?<![\p{L}\p{N}'’-])(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)?|term(?:s|ed|ing)?)\s+(?:[^\s.,!?;:“”"'‘’«»]+\s+){0,3}$/u;

/**
 * Is this quote a scare quote: one or two words, nobody named as saying it, and not what someone "called" a thing
 * (the words right before it)?
 */
export function isScareQuote(text: string, quote: FoundQuote): boolean {
  if (quote.speaker !== null || quoteWords(text.slice(quote.start, quote.end)).length > SCARE_QUOTE_WORDS)
    return false;
  return !CALLED.test(text.slice(Math.max(0, quote.outer.start - 60), quote.outer.start));
}

/**
 * The most common value by `key`; on a tie of counts, and within one key, the value `order` puts first. Never the
 * first seen: values come in file order, and renaming a file must not change a group's text or speaker.
 */
function mostCommon<T>(
  values: readonly T[],
  key: (value: T) => string,
  order: (x: T, y: T) => number,
): T | undefined {
  const counts = new Map<string, { count: number; value: T }>();
  for (const value of values) {
    const k = key(value);
    const entry = counts.get(k);
    if (!entry) counts.set(k, { count: 1, value });
    else {
      entry.count++;
      if (order(value, entry.value) < 0) entry.value = value;
    }
  }
  let best: { count: number; value: T } | undefined;
  for (const entry of counts.values())
    if (
      !best ||
      entry.count > best.count ||
      (entry.count === best.count && order(entry.value, best.value) < 0)
    )
      best = entry;
  return best?.value;
}

/** Longer first, then in code-point order: a speaker's fullest name, by content alone. */
const fullestFirst = (x: string, y: string) => y.length - x.length || (x < y ? -1 : x > y ? 1 : 0);

/**
 * The speaker most occurrences name. "Dario Amodei" and "Amodei" are one person (the same last word), shown by
 * the fullest form given; on a tie, the person whose fullest name is the fullest.
 */
function groupSpeaker(speakers: readonly string[]): string | null {
  return mostCommon(speakers, surnameOf, fullestFirst) ?? null;
}

type Articles = readonly { id: string; text: string; quotes: readonly FoundQuote[] }[];

/**
 * Orders occurrences by article id, then by place in the article: an order of content, where file order would
 * change when a file is renamed. A group's first occurrence is the one its variants are worded against.
 */
function byArticleId(articles: Articles): (x: QuoteRef, y: QuoteRef) => number {
  const idOf = (ref: QuoteRef) => articles[ref.article]?.id ?? '';
  return (x, y) => (idOf(x) < idOf(y) ? -1 : idOf(x) > idOf(y) ? 1 : x.quote - y.quote);
}

/**
 * Orders renderings of one quote: the fullest first (an excerpt or a shortened rendering is shorter), its length
 * read with typography and closing punctuation aside (see `diffText`), then by `byArticleId`.
 */
function fullestRendering(articles: Articles): (x: Item, y: Item) => number {
  const byId = byArticleId(articles);
  return (x, y) => diffText(y.text).length - diffText(x.text).length || byId(x, y);
}

function itemsOf(articles: Articles): Item[] {
  return articles.flatMap((article, a) =>
    article.quotes.map((quote, q) => {
      const text = article.text.slice(quote.start, quote.end);
      return { article: a, quote: q, words: groupingWords(text), text, speaker: quote.speaker };
    }),
  );
}

/**
 * Each article's quotes less the scare quotes (one or two words, no speaker) no other article carries: a phrase two
 * outlets both put in quotation marks ("few $10M's") is a quotation of someone, not an author's irony. With them,
 * the items of the quotes kept, numbered as they now stand (reading a quote's words takes longer than clustering).
 */
function dropScareQuotes(articles: Articles): { kept: FoundQuote[][]; items: Item[] } {
  const items = itemsOf(articles);
  const roots = cluster(items);
  const articlesOf = new Map<number, Set<number>>();
  items.forEach((item, i) => {
    const root = roots[i] ?? i;
    const set = articlesOf.get(root) ?? new Set<number>();
    set.add(item.article);
    articlesOf.set(root, set);
  });
  const keptItems: Item[] = [];
  let i = 0;
  const kept = articles.map((article) => {
    const quotes: FoundQuote[] = [];
    for (const quote of article.quotes) {
      const item = items[i];
      const shared = (articlesOf.get(roots[i] ?? i)?.size ?? 0) > 1;
      i++;
      if (!shared && isScareQuote(article.text, quote)) continue;
      if (item) keptItems.push({ ...item, quote: quotes.length });
      quotes.push(quote);
    }
    return quotes;
  });
  return { kept, items: keptItems };
}

/**
 * Groups the quotes of all articles that render the same words. `quotes[a]` is article `a`'s quotes, each with its
 * group, less the scare quotes no other article shares (see `dropScareQuotes`): occurrences count in that list.
 * Groups come by the number of articles carrying them, most first, then by first appearance.
 */
export function groupQuotes(articles: Articles): { groups: QuoteGroup[]; quotes: Quote[][] } {
  const { kept, items } = dropScareQuotes(articles);
  const roots = cluster(items);
  const members = new Map<number, number[]>();
  roots.forEach((root, i) => {
    const list = members.get(root);
    if (list) list.push(i);
    else members.set(root, [i]);
  });

  // Items are in corpus order, so each cluster's first index is its first appearance.
  const clusters = [...members.values()].map((indexes) => {
    const occurrences = indexes.flatMap((i) => items[i] ?? []).sort(byArticleId(articles));
    return {
      occurrences,
      first: indexes[0] ?? 0,
      articleCount: new Set(occurrences.map((o) => o.article)).size,
    };
  });
  clusters.sort((a, b) => b.articleCount - a.articleCount || a.first - b.first);

  const groupOf = kept.map((quotes) => quotes.map(() => -1));
  const groups = clusters.map(({ occurrences }, g): QuoteGroup => {
    const quoteOf = (ref: QuoteRef) => kept[ref.article]?.[ref.quote];
    const textOf = (ref: QuoteRef) => {
      const quote = quoteOf(ref);
      return quote ? (articles[ref.article]?.text.slice(quote.start, quote.end) ?? '') : '';
    };
    for (const ref of occurrences) {
      const row = groupOf[ref.article];
      if (row) row[ref.quote] = g;
    }
    const [first, ...rest] = occurrences;
    const common = mostCommon(occurrences, (o) => o.words.join(' '), fullestRendering(articles));
    const speakers = occurrences.flatMap((ref) => quoteOf(ref)?.speaker ?? []);
    return {
      text: common ? textOf(common) : '',
      speaker: groupSpeaker(speakers),
      occurrences: occurrences.map(({ article, quote }) => ({ article, quote })),
      variants: rest.map((item) => ({
        occurrence: { article: item.article, quote: item.quote },
        diff: quoteDiff(first?.text ?? '', item.text),
      })),
    };
  });
  const quotes = kept.map((found, a) =>
    found.map(({ start, end, outer, sentence, speaker, speakerBasis }, q) => ({
      start,
      end,
      outer,
      sentence,
      group: groupOf[a]?.[q] ?? -1,
      speaker,
      speakerBasis,
    })),
  );
  return { groups, quotes };
}
