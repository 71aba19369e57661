// Quotes in the reader: each quote's span (with its quotation marks) and speaker, and a piece of text cut at them.
import type { Article, SpeakerBasis } from '../../corpus/types.ts';
import type { Piece } from './layout.ts';
import { isolateText } from '../../app/bidi.ts';
import { cutAtSpans, withoutOverlaps } from '../spans.ts';

export interface QuoteSpan {
  start: number;
  end: number;
  speaker: string | null;
  /** What a screen reader hears about the quote, and the tooltip. */
  description: string;
}

const basis: Record<SpeakerBasis, string> = {
  named: 'named in the text',
  pronoun: 'the text says “he” or “she” after naming them',
  'credit-line': 'from the credit line under it',
};

/** The article's quotes, with their marks, in text order; a quote inside another is left to the outer one. */
export function quoteSpans(article: Pick<Article, 'quotes'>): QuoteSpan[] {
  return withoutOverlaps(
    article.quotes.map((quote) => ({ start: quote.outer.start, end: quote.outer.end, quote })),
  ).map(({ start, end, quote }) => ({
    start,
    end,
    speaker: quote.speaker,
    description:
      quote.speaker === null
        ? 'Quote; the text does not say who said it'
        : `Quote by ${isolateText(quote.speaker)} (${basis[quote.speakerBasis ?? 'named']})`,
  }));
}

/** A stretch of a piece: inside quote `quote` (an index into the spans) or not, and whether the quote ends here. */
export interface Segment {
  text: string;
  quote: number | null;
  ends: boolean;
}

/** The piece's text cut where quotes start and end; a quote running over several pieces is cut into each. */
export function cutAtQuotes(piece: Piece, spans: readonly QuoteSpan[]): Segment[] {
  return cutAtSpans(piece.text, piece.start, spans).map((cut) => ({
    text: cut.text,
    quote: cut.span,
    ends: cut.last,
  }));
}
