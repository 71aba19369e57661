// A block's text as React text: each sentence its own span (`s-<index>`), the one in `?p=` marked.
import type { ReactNode } from 'react';
import { sentenceId, type Piece } from './layout.ts';

/** The sentence named in `?p=`, and how to show its text (with a search's matches marked, for instance). */
export interface PassageFocus {
  sentence: number;
  content: (piece: Piece) => ReactNode;
}

export function Pieces({ pieces, passage }: { pieces: readonly Piece[]; passage: PassageFocus | null }) {
  return pieces.map((piece, i) => {
    if (piece.sentence === null) return piece.text;
    const id = sentenceId(piece.sentence);
    return piece.sentence === passage?.sentence ? (
      <mark key={i} id={id} className="passage" tabIndex={-1}>
        {passage.content(piece)}
      </mark>
    ) : (
      <span key={i} id={id}>
        {piece.text}
      </span>
    );
  });
}
