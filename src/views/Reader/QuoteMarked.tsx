// A piece of the reader's text with its quotes marked: a tint and a rule under the quoted words, the speaker in a
// tag after the closing mark (drawn by CSS, so the text itself stays as typed), and a description for screen readers.
import { Fragment } from 'react';
import type { Piece } from './layout.ts';
import { cutAtQuotes, type QuoteSpan } from './quoteMarks.ts';
import { startsOf, type DateSpan } from './dateMarks.ts';
import type { ValueMark } from '../Disagreements/model.ts';
import { ValueMarked } from './ValueMarked.tsx';

/** The element id of a quote's description, which the reader lists once, hidden, after the article. */
export function quoteDescriptionId(index: number): string {
  return `quote-${String(index)}-about`;
}

const NO_DATES: readonly DateSpan[] = [];
const NO_VALUES: readonly ValueMark[] = [];

/** The piece with its quotes marked, and inside and between them its differing values and dates (when given). */
export function QuoteMarked({
  piece,
  spans,
  dates = NO_DATES,
  values = NO_VALUES,
}: {
  piece: Piece;
  spans: readonly QuoteSpan[];
  dates?: readonly DateSpan[];
  values?: readonly ValueMark[];
}) {
  if (spans.length === 0)
    return <ValueMarked text={piece.text} start={piece.start} values={values} dates={dates} />;
  const segments = cutAtQuotes(piece, spans);
  const starts = startsOf(piece.start, segments);
  return segments.map((segment, i) => {
    const text = (
      <ValueMarked text={segment.text} start={starts[i] ?? piece.start} values={values} dates={dates} />
    );
    if (segment.quote === null) return <Fragment key={i}>{text}</Fragment>;
    const span = spans[segment.quote];
    return (
      <span
        key={i}
        className={segment.ends ? 'quote quote-end' : 'quote'}
        data-speaker={segment.ends ? (span?.speaker ?? undefined) : undefined}
        title={span?.description}
        aria-describedby={quoteDescriptionId(segment.quote)}
      >
        {text}
      </span>
    );
  });
}
