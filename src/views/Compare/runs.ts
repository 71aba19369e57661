// A block's pieces cut into runs: stretches of sentences only one side has (labelled once), and the rest.
import type { Piece } from '../Reader/layout.ts';

export type Run = { only: true; pieces: Piece[] } | { only: false; piece: Piece };

/** Consecutive one-sided sentences (and the spaces between them) as one run; every other piece on its own. */
export function toRuns(pieces: readonly Piece[], isOnly: (sentence: number) => boolean): Run[] {
  const runs: Run[] = [];
  let open: Piece[] | null = null;
  pieces.forEach((piece, i) => {
    const only = piece.sentence !== null && isOnly(piece.sentence);
    const next = pieces[i + 1];
    const bridge =
      open !== null &&
      piece.sentence === null &&
      next?.sentence != null &&
      isOnly(next.sentence) &&
      piece.text.trim() === '';
    if (only || bridge) {
      if (open === null) {
        open = [];
        runs.push({ only: true, pieces: open });
      }
      open.push(piece);
    } else {
      open = null;
      runs.push({ only: false, piece });
    }
  });
  return runs;
}

/** `0.823` → `82 % similar`. */
export function similarity(score: number): string {
  return `${String(Math.round(score * 100))} % similar`;
}

/** A run, or a stretch of sentences hidden as the same in both articles, shown as one stub. */
export type Shown = Run | { hidden: number[] };

/**
 * The runs with each stretch of hidden sentences, and the spaces between them, made one: a copy's column then
 * reads "4 5 6 same in both" once rather than a stub after each sentence.
 */
export function foldHidden(runs: readonly Run[], isHidden: (sentence: number) => boolean): Shown[] {
  const out: Shown[] = [];
  let open: number[] | null = null;
  let space: Run | null = null;
  for (const run of runs) {
    const sentence = run.only ? null : run.piece.sentence;
    if (sentence !== null && isHidden(sentence)) {
      if (open === null) {
        open = [];
        out.push({ hidden: open });
      }
      open.push(sentence);
      space = null;
    } else if (
      open !== null &&
      space === null &&
      !run.only &&
      sentence === null &&
      run.piece.text.trim() === ''
    ) {
      space = run;
    } else {
      if (space) out.push(space);
      out.push(run);
      open = null;
      space = null;
    }
  }
  if (space) out.push(space);
  return out;
}
