// One block of a compared article: linked sentences numbered and focusable, with the words their partner lacks
// marked, one-sided runs labelled, the rest (headlines, headings, credits) plain; under a sentence that shares a
// quote, how the quote's wording differs; a value the other article gives differently boxed, with a word after the
// passage linking to the disagreement; a passage hidden as the same in both, a stub with its number. The text's
// direction controls are balanced piece by piece (bidi.ts), so none reaches a badge, tag or label after it.
import type { MouseEvent, KeyboardEvent } from 'react';
import type { Piece } from '../Reader/layout.ts';
import type { SharedQuote, Side, SideLinks } from './links.ts';
import { foldHidden, similarity, toRuns } from './runs.ts';
import { QuoteDiff } from './QuoteDiff.tsx';
import { MarkedText } from './MarkedText.tsx';
import type { Mark } from './wordMarks.ts';
import { marksWithin, type ValueMark } from '../Disagreements/model.ts';
import { ValueTag } from '../Reader/ValueMarked.tsx';
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
  /** This side's aligned sentences' words that the other article lacks. */
  marks: ReadonlyMap<number, readonly Mark[]>;
  /** This side's values the other article gives differently, and its weekdays that miss their date. */
  values: readonly ValueMark[];
  /** Numbered passages hidden because they read the same in both ("Hide identical passages"). */
  hidden: ReadonlySet<number>;
  onLook: (sentence: number | null, how: 'focus' | 'hover') => void;
  onJump: (sentence: number) => void;
}

/** The element id of a sentence in a compare column. */
export function passageId(side: Side, sentence: number): string {
  return `cmp-${side}-${String(sentence)}`;
}

export function ComparePieces({ pieces, ctx }: { pieces: readonly Piece[]; ctx: ColumnContext }) {
  const only = new Set(ctx.links.only);
  const hidden = (sentence: number) => {
    const badge = ctx.links.badge.get(sentence);
    return badge !== undefined && ctx.hidden.has(badge);
  };
  return foldHidden(
    toRuns(pieces, (sentence) => only.has(sentence)),
    hidden,
  ).map((run, i) =>
    'hidden' in run ? (
      <SameStub key={i} badges={run.hidden.map((sentence) => ctx.links.badge.get(sentence))} />
    ) : run.only ? (
      <span key={i} className="only-run">
        <span className="only-tag">
          Only in <Untrusted>{ctx.outlet}</Untrusted>
        </span>{' '}
        {run.pieces.map((piece, j) =>
          piece.sentence === null ? (
            balanceBidi(piece.text)
          ) : (
            <OnlyPassage key={j} text={piece.text} start={piece.start} sentence={piece.sentence} ctx={ctx} />
          ),
        )}
      </span>
    ) : run.piece.sentence === null || !ctx.links.links.has(run.piece.sentence) ? (
      balanceBidi(run.piece.text)
    ) : (
      <Linked key={i} text={run.piece.text} start={run.piece.start} sentence={run.piece.sentence} ctx={ctx} />
    ),
  );
}

/** How many marked stretches a passage's description quotes before it only counts the rest. */
const NOTED_MARKS = 3;

/** The marked words in words: "struck, not in X: “a”, “b” and 2 more". */
function markedNote(text: string, marks: readonly Mark[], ctx: ColumnContext): string {
  const quoted = marks.slice(0, NOTED_MARKS).map((mark) => `“${text.slice(mark.start, mark.end)}”`);
  const more = marks.length - quoted.length;
  const how = ctx.side === 'a' ? 'struck' : 'underlined';
  return `${how}, not in ${ctx.otherOutlet}: ${quoted.join(', ')}${more > 0 ? ` and ${String(more)} more` : ''}`;
}

/** Where passages hidden as the same in both were: their numbers, once each. */
function SameStub({ badges }: { badges: readonly (number | undefined)[] }) {
  return (
    <span className="same-hidden">
      {[...new Set(badges)].map((badge) => (
        <span key={badge} className="link-badge">
          {badge}
        </span>
      ))}{' '}
      same in both
    </span>
  );
}

/** A sentence only one article has, with its values boxed when the other gives them differently nearby. */
function OnlyPassage({ text, start, sentence, ctx }: PassageProps) {
  const id = passageId(ctx.side, sentence);
  const values = marksWithin(ctx.values, start, start + text.length);
  return (
    <>
      <span id={id} aria-describedby={`cmp-${ctx.side}-only`}>
        {values.length === 0 ? (
          balanceBidi(text)
        ) : (
          <MarkedText text={text} marks={[]} side={ctx.side} values={values} />
        )}
      </span>
      <ValueTags values={values} id={id} />
    </>
  );
}

/** The words after a passage linking to the disagreements of its boxed values, with their descriptions. */
function ValueTags({ values, id }: { values: readonly ValueMark[]; id: string }) {
  return values.map((value, i) => (
    <span key={i}>
      {' '}
      <ValueTag value={value} describedBy={`${id}-value-${String(i)}`} />
      <span id={`${id}-value-${String(i)}`} hidden>
        {value.description}
      </span>
    </span>
  ));
}

interface PassageProps {
  text: string;
  /** Where the text starts in the article's text. */
  start: number;
  sentence: number;
  ctx: ColumnContext;
}

function Linked({ text, start, sentence, ctx }: PassageProps) {
  const id = passageId(ctx.side, sentence);
  const links = ctx.links.links.get(sentence) ?? [];
  const scores = links.flatMap((link) => (link.score === null ? [] : [link.score]));
  const quoted = links.some((link) => link.quoteGroups.length > 0);
  const badge = ctx.links.badge.get(sentence);
  const marks = ctx.marks.get(sentence) ?? [];
  const values = marksWithin(ctx.values, start, start + text.length);
  const note = [
    `Linked passage ${String(badge)}: ${ctx.otherOutlet} says this too`,
    scores.length > 0 ? similarity(Math.max(...scores)) : null,
    quoted ? 'shares a quote' : null,
    marks.length > 0 ? markedNote(text, marks, ctx) : null,
    ...values.map((value) => `boxed, “${text.slice(value.start, value.end)}”: ${value.description}`),
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
        {marks.length === 0 && values.length === 0 ? (
          balanceBidi(text)
        ) : (
          <MarkedText text={text} marks={marks} side={ctx.side} values={values} />
        )}
      </span>
      <span id={`${id}-note`} hidden>
        {note}
      </span>
      <ValueTags values={values} id={id} />
      {quoted && ctx.side === 'a' && <span className="quote-tag">shared quote</span>}
      {(ctx.diffs.get(sentence) ?? []).map((shared, i) => (
        <QuoteDiff key={i} diff={shared.diff} from={ctx.otherOutlet} to={ctx.outlet} />
      ))}
    </>
  );
}
