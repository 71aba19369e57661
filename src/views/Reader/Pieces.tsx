// A block's text as React text: each sentence its own span (`s-<index>`), the one in `?p=` marked.
import { sentenceId, type Piece } from './layout.ts';

export function Pieces({ pieces, passage }: { pieces: readonly Piece[]; passage: number | null }) {
  return pieces.map((piece, i) => {
    if (piece.sentence === null) return piece.text;
    const id = sentenceId(piece.sentence);
    return piece.sentence === passage ? (
      <mark key={i} id={id} className="passage" tabIndex={-1}>
        {piece.text}
      </mark>
    ) : (
      <span key={i} id={id}>
        {piece.text}
      </span>
    );
  });
}
