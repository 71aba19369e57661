// Where, in a passage as written, lie the words its partner lacks. The word diff (`quoteDiff`) compares the passages
// with their typography folded, so its parts are cut from the folded text; the marks must land on the text the
// reader sees, curly quotes, runs of space and closing full stop included, which nothing may rewrite.
import { diffChars } from 'diff';
import type { DiffPart } from '../../corpus/types.ts';

/** A stretch `[start, end)` of a passage's own text (offsets into the passage). */
export interface Mark {
  start: number;
  end: number;
}

/** A passage cut at its marks: plain stretches and marked ones, in order, covering it all. */
export interface Segment {
  text: string;
  marked: boolean;
}

/**
 * The most character edits between a passage and its folded form that the mapping looks for: folding touches a few
 * characters of a news sentence (quotes, dashes, spaces); a passage that needs more is marked whole rather than
 * aligned at the square of its length.
 */
const MAX_FOLD_EDITS = 120;

/**
 * The stretches of `text` that a diff of it against its partner marks as its own (`kind`: `removed` when `text` was
 * the diff's first side, `added` when it was the second), trimmed of white space, in order and apart.
 */
export function ownChanges(text: string, diff: readonly DiffPart[], kind: 'removed' | 'added'): Mark[] {
  // This side's folded text, rebuilt from the parts it has, and the stretches of it the other side lacks.
  let folded = '';
  const changed: Mark[] = [];
  for (const part of diff) {
    if (part.kind !== 'same' && part.kind !== kind) continue;
    if (part.kind === kind) changed.push({ start: folded.length, end: folded.length + part.text.length });
    folded += part.text;
  }
  if (changed.length === 0) return [];
  // Folding most often drops no more than the closing full stop: the folded offsets are then the text's own.
  if (text.startsWith(folded)) return merged(changed.flatMap((mark) => trimmed(text, mark)));
  const spans = foldedSpans(text, folded);
  const marks = changed.flatMap((mark) =>
    trimmed(text, spans === null ? { start: 0, end: text.length } : spanOf(spans, mark, text.length)),
  );
  return merged(marks);
}

/**
 * For each character of `folded`, the stretch of `text` it stands for; null when the two are too far apart. A
 * character diff lines them up (case aside: the diff's common parts carry the second side's case): kept
 * characters stand for themselves, and a run that folding rewrote (`...` for `…`, `’` for `'`) stands, character by
 * character, for the whole run it replaced.
 */
function foldedSpans(text: string, folded: string): Mark[] | null {
  const changes = diffChars(text, folded, { ignoreCase: true, maxEditLength: MAX_FOLD_EDITS });
  if (!changes) return null;
  const spans: Mark[] = [];
  let at = 0;
  // A rewritten run is a removal next to an addition, in either order: remember the side seen first.
  let removed: Mark | null = null;
  let added: number | null = null;
  for (const change of changes) {
    const length = change.value.length;
    if (change.removed) {
      removed = { start: at, end: at + length };
      if (added !== null) spans.fill(removed, added);
      at += length;
    } else if (change.added) {
      const stand = removed ?? { start: at, end: at };
      added = spans.length;
      for (let i = 0; i < length; i++) spans.push(stand);
    } else {
      for (let i = 0; i < length; i++) spans.push({ start: at + i, end: at + i + 1 });
      at += length;
      removed = null;
      added = null;
    }
  }
  return spans;
}

/** The stretch of the text that folded characters `[mark.start, mark.end)` stand for. */
function spanOf(spans: readonly Mark[], mark: Mark, length: number): Mark {
  let start = length;
  let end = 0;
  for (let i = mark.start; i < mark.end; i++) {
    const span = spans[i];
    if (!span) continue;
    start = Math.min(start, span.start);
    end = Math.max(end, span.end);
  }
  return { start, end };
}

/** The range without white space at either end; none when nothing else is in it. */
function trimmed(text: string, { start, end }: Mark): Mark[] {
  let [from, to] = [start, end];
  while (from < to && /\s/u.test(text.charAt(from))) from++;
  while (to > from && /\s/u.test(text.charAt(to - 1))) to--;
  return from < to ? [{ start: from, end: to }] : [];
}

/** Marks in order, with those that touch or overlap made one. */
function merged(marks: readonly Mark[]): Mark[] {
  const out: Mark[] = [];
  for (const mark of [...marks].sort((x, y) => x.start - y.start)) {
    const last = out[out.length - 1];
    if (last && mark.start <= last.end) last.end = Math.max(last.end, mark.end);
    else out.push({ ...mark });
  }
  return out;
}

/** `text` cut at `marks` (ordered and apart, as `ownChanges` gives them). */
export function segments(text: string, marks: readonly Mark[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start > at) out.push({ text: text.slice(at, mark.start), marked: false });
    out.push({ text: text.slice(mark.start, mark.end), marked: true });
    at = mark.end;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), marked: false });
  return out;
}
