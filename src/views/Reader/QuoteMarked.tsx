// A piece of the reader's text with its quotes marked: a tint and a rule under the quoted words, the speaker in a
// tag after the closing mark (drawn by CSS, so the text itself stays as typed), and a description for screen readers.
import type { Piece } from './layout.ts';
import { cutAtQuotes, type QuoteSpan } from './quoteMarks.ts';

/** The element id of a quote's description, which the reader lists once, hidden, after the article. */
export function quoteDescriptionId(index: number): string {
  return `quote-${String(index)}-about`;
}

export function QuoteMarked({ piece, spans }: { piece: Piece; spans: readonly QuoteSpan[] }) {
  if (spans.length === 0) return piece.text;
  return cutAtQuotes(piece, spans).map((segment, i) => {
    if (segment.quote === null) return segment.text;
    const span = spans[segment.quote];
    return (
      <span
        key={i}
        className={segment.ends ? 'quote quote-end' : 'quote'}
        data-speaker={segment.ends ? (span?.speaker ?? undefined) : undefined}
        title={span?.description}
        aria-describedby={quoteDescriptionId(segment.quote)}
      >
        {segment.text}
      </span>
    );
  });
}

/** Every quote's description, hidden: what `aria-describedby` on the quoted words points to. */
export function QuoteDescriptions({ spans }: { spans: readonly QuoteSpan[] }) {
  if (spans.length === 0) return null;
  return (
    <div hidden>
      {spans.map((span, i) => (
        <span key={i} id={quoteDescriptionId(i)}>
          {span.description}
        </span>
      ))}
    </div>
  );
}
