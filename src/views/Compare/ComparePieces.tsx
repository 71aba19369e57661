// One block of a compared article: linked sentences numbered and focusable, one-sided runs labelled, the rest
// (headlines, headings, credits) plain; under a sentence that shares a quote, how the quote's wording differs. The
// text's direction controls are balanced piece by piece (bidi.ts), so none reaches a badge, tag or label after it.
import type { MouseEvent, KeyboardEvent } from 'react';
import type { Piece } from '../Reader/layout.ts';
import type { SharedQuote, Side, SideLinks } from './links.ts';
import { similarity, toRuns } from './runs.ts';
import { QuoteDiff } from './QuoteDiff.tsx';
import { Untrusted } from '../../app/Untrusted.tsx';
import { balanceBidi } from '../../app/bidi.ts';

export interface ColumnContext {
  side: Side;
  links: SideLinks;
  /** This column's outlet (what its one-sided runs are "only in") and the other column's. */
  outlet: string;
  otherOutlet: string;
  /** The sentence being looked at on this side, and this side's partners of one looked at on the other. */
  active: number | null;
  partners: ReadonlySet<number>;
  /** Shared quotes to show the wording of, by the sentence they follow. */
  diffs: ReadonlyMap<number, readonly SharedQuote[]>;
  onLook: (sentence: number | null, how: 'focus' | 'hover') => void;
  onJump: (sentence: number) => void;
}

/** The element id of a sentence in a compare column. */
export function passageId(side: Side, sentence: number): string {
  return `cmp-${side}-${String(sentence)}`;
}

export function ComparePieces({ pieces, ctx }: { pieces: readonly Piece[]; ctx: ColumnContext }) {
  const only = new Set(ctx.links.only);
  return toRuns(pieces, (sentence) => only.has(sentence)).map((run, i) =>
    run.only ? (
      <span key={i} className="only-run">
        <span className="only-tag">
          Only in <Untrusted>{ctx.outlet}</Untrusted>
        </span>{' '}
        {run.pieces.map((piece, j) =>
          piece.sentence === null ? (
            balanceBidi(piece.text)
          ) : (
            <span key={j} id={passageId(ctx.side, piece.sentence)} aria-describedby={`cmp-${ctx.side}-only`}>
              {balanceBidi(piece.text)}
            </span>
          ),
        )}
      </span>
    ) : run.piece.sentence === null || !ctx.links.links.has(run.piece.sentence) ? (
      balanceBidi(run.piece.text)
    ) : (
      <Linked key={i} text={run.piece.text} sentence={run.piece.sentence} ctx={ctx} />
    ),
  );
}

function Linked({ text, sentence, ctx }: { text: string; sentence: number; ctx: ColumnContext }) {
  const id = passageId(ctx.side, sentence);
  const links = ctx.links.links.get(sentence) ?? [];
  const scores = links.flatMap((link) => (link.score === null ? [] : [link.score]));
  const quoted = links.some((link) => link.quoteGroups.length > 0);
  const badge = ctx.links.badge.get(sentence);
  const note = [
    `Linked passage ${String(badge)}: ${ctx.otherOutlet} says this too`,
    scores.length > 0 ? similarity(Math.max(...scores)) : null,
    quoted ? 'shares a quote' : null,
  ]
    .filter(Boolean)
    .join(', ');
  const jump = (event: MouseEvent | KeyboardEvent) => {
    event.preventDefault();
    ctx.onJump(sentence);
  };
  const state = ctx.active === sentence ? 'active' : ctx.partners.has(sentence) ? 'partner' : undefined;
  return (
    <>
      <span
        id={id}
        className="linked"
        data-state={state}
        tabIndex={0}
        aria-current={state === 'partner' ? 'true' : undefined}
        aria-describedby={`${id}-note`}
        onFocus={() => {
          ctx.onLook(sentence, 'focus');
        }}
        onBlur={() => {
          ctx.onLook(null, 'focus');
        }}
        onMouseEnter={() => {
          ctx.onLook(sentence, 'hover');
        }}
        onMouseLeave={() => {
          ctx.onLook(null, 'hover');
        }}
        onClick={(event) => {
          if (window.getSelection()?.isCollapsed !== false) jump(event);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') jump(event);
        }}
      >
        <span className="link-badge" aria-hidden="true">
          {badge}
        </span>
        {balanceBidi(text)}
      </span>
      <span id={`${id}-note`} hidden>
        {note}
      </span>
      {quoted && ctx.side === 'a' && <span className="quote-tag">shared quote</span>}
      {(ctx.diffs.get(sentence) ?? []).map((shared, i) => (
        <QuoteDiff key={i} diff={shared.diff} from={ctx.otherOutlet} to={ctx.outlet} />
      ))}
    </>
  );
}
