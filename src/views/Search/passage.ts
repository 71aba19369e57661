// Pure pieces of a search result: the passage cut at its matches, a short excerpt of a long one, and its context.
import type { Article, Range } from '../../corpus/types.ts';
import { cutAtSpans } from '../spans.ts';

/** A run of the passage's text, marked when it is part of a match. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** The text of `[start, end)` cut at the (sorted, non-overlapping) ranges that fall in it; nothing is lost. */
export function segments(text: string, start: number, end: number, ranges: readonly Range[]): Segment[] {
  return cutAtSpans(text.slice(start, end), start, ranges).map((cut) => ({
    text: cut.text,
    mark: cut.span !== null,
  }));
}

/** The part of a long passage to show: up to `max` characters around its first match, cut between words. */
export function excerpt(
  text: string,
  start: number,
  end: number,
  ranges: readonly Range[],
  max: number,
): Range {
  if (end - start <= max) return { start, end };
  const first = ranges.find((r) => r.end > start && r.start < end);
  const anchor = first ? Math.max(first.start, start) : start;
  let from = Math.max(start, anchor - Math.floor(max / 3));
  const to = Math.min(end, from + max);
  from = Math.max(start, to - max);
  return {
    start: from === start ? start : afterSpace(text, from, anchor),
    end: to === end ? end : beforeSpace(text, to),
  };
}

/** The first word start at or after `at`, not past `limit`; `at` itself when no space comes first. */
function afterSpace(text: string, at: number, limit: number): number {
  const space = text.slice(at, limit).search(/\s/);
  return space === -1 ? safeCut(text, at) : at + space + 1;
}

/** The end of the last whole word before `at`, or `at` itself when the text has no space near it. */
function beforeSpace(text: string, at: number): number {
  const window = text.slice(Math.max(0, at - 40), at);
  const space = window.search(/\s\S*$/);
  return space === -1 ? safeCut(text, at) : at - window.length + space;
}

/** `at`, moved off the middle of a surrogate pair so no half of an emoji is shown. */
function safeCut(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff ? at + 1 : at;
}

/** Whitespace runs as one space; a very long text is first cut to a few times what can be shown. */
function squash(text: string, max: number, from: 'start' | 'end'): { flat: string; cut: boolean } {
  const room = max * 4;
  const cut = text.length > room;
  const part = !cut ? text : from === 'start' ? text.slice(0, room) : text.slice(-room);
  return { flat: part.replace(/\s+/g, ' ').trim(), cut };
}

/** The first words of `text`, cut between words to at most `max` characters and ended with `…`. */
export function head(text: string, max: number): string {
  const { flat, cut: long } = squash(text, max, 'start');
  if (flat.length <= max && !long) return flat;
  const space = flat.lastIndexOf(' ', max);
  const cut = space > max / 2 ? space : safeCut(flat, max);
  return `${flat.slice(0, cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

/** The last words of `text`, cut between words to at most `max` characters and opened with `…`. */
export function tail(text: string, max: number): string {
  const { flat, cut: long } = squash(text, max, 'end');
  if (flat.length <= max && !long) return flat;
  const from = Math.max(0, flat.length - max);
  const space = flat.charAt(from - 1) === ' ' ? from - 1 : flat.indexOf(' ', from);
  const cut = space !== -1 && space < from + max / 2 ? space + 1 : safeCut(flat, from);
  return `…${flat.slice(cut)}`;
}

export interface Context {
  /** The end of the sentence before, in the same paragraph. */
  before: string | null;
  /** The start of the sentence after, in the same paragraph. */
  after: string | null;
}

/** The neighbours of a sentence within its paragraph, shortened to about `max` characters each. */
export function contextOf(article: Article, sentence: number, max = 80): Context {
  const own = article.sentences[sentence];
  const neighbour = (index: number) => {
    const s = article.sentences[index];
    return s && own && s.paragraph === own.paragraph ? article.text.slice(s.start, s.end) : null;
  };
  const before = neighbour(sentence - 1);
  const after = neighbour(sentence + 1);
  return {
    before: before === null ? null : tail(before, max),
    after: after === null ? null : head(after, max),
  };
}
