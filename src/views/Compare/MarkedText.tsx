// A passage with the words its partner lacks marked, as a track-changes view shows them: struck through in the
// first article (the second leaves them out), underlined in the second (it adds them). The marks hold the passage's
// own text and nothing else, so it reads, selects and copies as written; the passage's description says in words
// what is marked (ComparePieces.tsx), and the legend above the columns what each line means. A value the other
// article gives differently is boxed round its word marks (see Disagreements/model.ts).
import { Fragment } from 'react';
import { balanceBidi } from '../../app/bidi.ts';
import { cutAtSpans } from '../spans.ts';
import { startsOf } from '../Reader/dateMarks.ts';
import { marksWithin, type ValueMark } from '../Disagreements/model.ts';
import type { Side } from './links.ts';
import { segments, type Mark } from './wordMarks.ts';

const NO_VALUES: readonly ValueMark[] = [];

interface Props {
  text: string;
  marks: readonly Mark[];
  side: Side;
  /** The values to box, as offsets into the passage, in order and apart. */
  values?: readonly ValueMark[];
}

export function MarkedText({ text, marks, side, values = NO_VALUES }: Props) {
  if (values.length === 0)
    return (
      <span className="diff-text">
        <WordMarks text={text} marks={marks} side={side} />
      </span>
    );
  const cuts = cutAtSpans(text, 0, values);
  const starts = startsOf(0, cuts);
  return (
    <span className="diff-text">
      {cuts.map((cut, i) => {
        const from = starts[i] ?? 0;
        const words = (
          <WordMarks text={cut.text} marks={marksWithin(marks, from, from + cut.text.length)} side={side} />
        );
        const value = cut.span === null ? undefined : values[cut.span];
        return value === undefined ? (
          <Fragment key={i}>{words}</Fragment>
        ) : (
          <mark key={i} className="value-mark" data-tag={value.tag}>
            {words}
          </mark>
        );
      })}
    </span>
  );
}

function WordMarks({ text, marks, side }: { text: string; marks: readonly Mark[]; side: Side }) {
  const Tag = side === 'a' ? 'del' : 'ins';
  return segments(text, marks).map((segment, i) =>
    segment.marked ? (
      <Tag key={i}>{balanceBidi(segment.text)}</Tag>
    ) : (
      <Fragment key={i}>{balanceBidi(segment.text)}</Fragment>
    ),
  );
}
