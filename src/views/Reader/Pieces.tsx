// A block's text as React text: each sentence its own span (`s-<index>`), the one in `?p=` marked, quotes, dates
// and the values other reports give differently marked.
import type { ReactNode } from 'react';
import { sentenceId, type Piece } from './layout.ts';
import type { QuoteSpan } from './quoteMarks.ts';
import type { DateSpan } from './dateMarks.ts';
import { QuoteMarked } from './QuoteMarked.tsx';
import type { ValueMark } from '../Disagreements/model.ts';

/**
 * The sentence named in `?p=`, how to show its text (with a search's matches marked, for instance), and what can be
 * done with it (copy its citation).
 */
export interface PassageFocus {
  sentence: number;
  content: (piece: Piece) => ReactNode;
  action: ReactNode;
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

/**
 * The passage's action, on a line after the block that holds it (else nothing): inside the block it would run into
 * the text, and in a heading it would join the heading's name.
 */
export function PassageAction({
  pieces,
  passage,
}: {
  pieces: readonly Piece[];
  passage: PassageFocus | null;
}) {
  if (passage === null || !pieces.some((piece) => piece.sentence === passage.sentence)) return null;
  return <p className="passage-action">{passage.action}</p>;
}
