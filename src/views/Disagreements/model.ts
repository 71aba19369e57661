// The disagreements view's model, pure: its state in the URL, which disagreements it lists where, and the marks the
// reader and compare put on the values that differ.
import type { Article, Disagreement, DisagreementKind } from '../../corpus/types.ts';
import type { Query, QueryPatch } from '../../app/location.ts';
import { withoutOverlaps } from '../spans.ts';
import { sideDescription } from './words.ts';

export const KINDS: readonly DisagreementKind[] = ['amount', 'percent', 'number', 'date', 'weekday', 'name'];

export interface DisagreementsState {
  /** The kind shown, or null for every kind. */
  kind: DisagreementKind | null;
  /** The disagreement a link asked for (`?d=`, its index in the corpus's list), to bring into view. */
  chosen: number | null;
}

/** The view's state from the URL; a kind or number it does not know is ignored. */
export function disagreementsState(query: Query, count: number): DisagreementsState {
  const kind = KINDS.find((k) => k === query.kind) ?? null;
  const d = /^\d+$/.test(query.d ?? '') ? Number(query.d) : null;
  return { kind, chosen: d !== null && d < count ? d : null };
}

/** Showing one kind, or every kind (`null`); the disagreement asked for is let go, since it may not be shown. */
export function kindPatch(kind: DisagreementKind | null): QueryPatch {
  return { kind, d: null };
}

/** What the view lists: the indexes of the disagreements of the kind shown, contradictions apart from updates. */
export interface Listed {
  conflicts: number[];
  updates: number[];
}

export function listed(disagreements: readonly Disagreement[], kind: DisagreementKind | null): Listed {
  const conflicts: number[] = [];
  const updates: number[] = [];
  disagreements.forEach((d, i) => {
    if (kind !== null && d.kind !== kind) return;
    (d.update ? updates : conflicts).push(i);
  });
  return { conflicts, updates };
}

/** How many disagreements there are of each kind. */
export function kindCounts(disagreements: readonly Disagreement[]): Record<DisagreementKind, number> {
  const counts: Record<DisagreementKind, number> = {
    amount: 0,
    percent: 0,
    number: 0,
    date: 0,
    weekday: 0,
    name: 0,
  };
  for (const d of disagreements) counts[d.kind]++;
  return counts;
}

/** What a value's mark says in a word beside it: the two sides differ, one updates the other, or a wrong weekday. */
export type ValueTag = 'differs' | 'update' | 'weekday';

export const TAG_WORDS: Record<ValueTag, string> = {
  differs: 'differs',
  update: 'update',
  weekday: 'wrong weekday',
};

/** A value that differs, as marked in the text: its range in the article's text, and what it is at odds with. */
export interface ValueMark {
  start: number;
  end: number;
  /** The (first) disagreement it is a side of, the index its link leads to. */
  disagreement: number;
  tag: ValueTag;
  /** What the other sides give, in words: the mark's description. */
  description: string;
}

/**
 * The marks of an article's values that differ, in text order: one per value however many disagreements it is a
 * side of, naming each; with `partner`, only those at odds with that article (and the article's own weekday slips),
 * as compare shows them; a value overlapping the one before it is left out.
 */
export function valueMarks(
  disagreements: readonly Disagreement[],
  articles: readonly Pick<Article, 'text' | 'outlet' | 'published'>[],
  article: number,
  partner?: number,
): ValueMark[] {
  const byRange = new Map<string, ValueMark>();
  disagreements.forEach((d, index) => {
    d.sides.forEach((side, i) => {
      if (side.article !== article) return;
      const other = d.sides[1 - i];
      if (partner !== undefined && other !== undefined && other.article !== partner) return;
      const tag: ValueTag = d.kind === 'weekday' ? 'weekday' : d.update ? 'update' : 'differs';
      const description = sideDescription(d, i, articles);
      const key = `${String(side.start)}:${String(side.end)}`;
      const mark = byRange.get(key);
      if (mark === undefined) {
        byRange.set(key, { start: side.start, end: side.end, disagreement: index, tag, description });
        return;
      }
      // A contradiction outweighs an update in the tag: the value is at odds with something either way.
      if (mark.tag === 'update' && tag !== 'update') mark.tag = tag;
      mark.description = `${mark.description}; ${description}`;
    });
  });
  return withoutOverlaps([...byRange.values()].sort((x, y) => x.start - y.start || y.end - x.end));
}

/**
 * Marks cut to the stretch `[start, end)` and moved to offsets into it: a passage's marks from the article's (a
 * value's range in a compared sentence), or a word diff's from the passage's to a value's inside it.
 */
export function marksWithin<M extends { start: number; end: number }>(
  marks: readonly M[],
  start: number,
  end: number,
): M[] {
  return marks.flatMap((m) =>
    m.end <= start || m.start >= end
      ? []
      : [{ ...m, start: Math.max(m.start, start) - start, end: Math.min(m.end, end) - start }],
  );
}
