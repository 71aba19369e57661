// A block's text as React text: each sentence its own span (`s-<index>`), the one in `?p=` marked, quotes, dates
// and the values other reports give differently marked.
import type { ReactNode } from 'react';
import { sentenceId, type Piece } from './layout.ts';
import type { QuoteSpan } from './quoteMarks.ts';
import type { DateSpan } from './dateMarks.ts';
import { QuoteMarked } from './QuoteMarked.tsx';
import type { ValueMark } from '../Disagreements/model.ts';

/** The sentence named in `?p=`, and how to show its text (with a search's matches marked, for instance). */
export interface PassageFocus {
  sentence: number;
  content: (piece: Piece) => ReactNode;
}

interface Props {
  pieces: readonly Piece[];
  passage: PassageFocus | null;
  /** The article's quotes, to mark in the text. */
  quotes?: readonly QuoteSpan[];
  /** The article's dates, to mark in the text. */
  dates?: readonly DateSpan[];
  /** The values other reports give differently, to mark in the text. */
  values?: readonly ValueMark[];
}

const NONE: readonly QuoteSpan[] = [];
const NO_DATES: readonly DateSpan[] = [];
const NO_VALUES: readonly ValueMark[] = [];

export function Pieces({ pieces, passage, quotes = NONE, dates = NO_DATES, values = NO_VALUES }: Props) {
  return pieces.map((piece, i) => {
    if (piece.sentence === null)
      return <QuoteMarked key={i} piece={piece} spans={quotes} dates={dates} values={values} />;
    const id = sentenceId(piece.sentence);
    return piece.sentence === passage?.sentence ? (
      <mark key={i} id={id} className="passage" tabIndex={-1}>
        {passage.content(piece)}
      </mark>
    ) : (
      <span key={i} id={id}>
        <QuoteMarked piece={piece} spans={quotes} dates={dates} values={values} />
      </span>
    );
  });
}
