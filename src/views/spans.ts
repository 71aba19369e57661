// Marked spans of an article's text (quotes, dates, search matches): which to mark where they overlap, and a
// stretch of text cut at their edges.

/** The spans in text order, less each one overlapping the one kept before it. */
export function withoutOverlaps<T extends { start: number; end: number }>(spans: Iterable<T>): T[] {
  const kept: T[] = [];
  for (const span of spans) {
    const last = kept[kept.length - 1];
    if (!last || span.start >= last.end) kept.push(span);
  }
  return kept;
}

/** A stretch of text: inside span `span` (an index into the spans) or not, and whether it starts or ends that span. */
export interface Cut {
  text: string;
  span: number | null;
  first: boolean;
  last: boolean;
}

/** `text`, which starts at `from` in the article, cut where the spans (in order, not overlapping) start and end. */
export function cutAtSpans(
  text: string,
  from: number,
  spans: readonly { start: number; end: number }[],
): Cut[] {
  const to = from + text.length;
  const cuts: Cut[] = [];
  let cursor = from;
  spans.forEach((span, index) => {
    if (span.end <= from || span.start >= to) return;
    const start = Math.max(span.start, cursor);
    const end = Math.min(span.end, to);
    if (end <= start) return;
    if (start > cursor)
      cuts.push({ text: text.slice(cursor - from, start - from), span: null, first: false, last: false });
    cuts.push({
      text: text.slice(start - from, end - from),
      span: index,
      first: start === span.start,
      last: end === span.end,
    });
    cursor = end;
  });
  if (cursor < to) cuts.push({ text: text.slice(cursor - from), span: null, first: false, last: false });
  return cuts;
}
