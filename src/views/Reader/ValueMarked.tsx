// Text of the reader with the values that other reports give differently marked (see Disagreements/model.ts): a box
// round the value, its dates still marked inside, and after it a word ("differs", "update", "wrong weekday")
// linking to the disagreement in the disagreements view, which on hover or focus says what the other report gives
// (a tooltip drawn by CSS from its description), and gives that to screen readers as its description.
import { Fragment } from 'react';
import { href } from '../../app/routes.ts';
import { cutAtSpans } from '../spans.ts';
import { TAG_WORDS, type ValueMark } from '../Disagreements/model.ts';
import type { DateSpan } from './dateMarks.ts';
import { startsOf } from './dateMarks.ts';
import { DateMarked } from './DateMarked.tsx';

/** The element id of a value's description, which the reader lists once, hidden, after the article. */
export function valueDescriptionId(index: number): string {
  return `value-${String(index)}-about`;
}

interface Props {
  text: string;
  /** Where the text starts in the article's text. */
  start: number;
  values: readonly ValueMark[];
  dates: readonly DateSpan[];
}

export function ValueMarked({ text, start, values, dates }: Props) {
  if (values.length === 0) return <DateMarked text={text} start={start} dates={dates} />;
  const cuts = cutAtSpans(text, start, values);
  const starts = startsOf(start, cuts);
  return cuts.map((cut, i) => {
    const words = <DateMarked text={cut.text} start={starts[i] ?? start} dates={dates} />;
    const value = cut.span === null ? undefined : values[cut.span];
    if (cut.span === null || !value) return <Fragment key={i}>{words}</Fragment>;
    return (
      <Fragment key={i}>
        <mark className="value-mark" data-tag={value.tag}>
          {words}
        </mark>
        {cut.last && <ValueTag value={value} describedBy={valueDescriptionId(cut.span)} />}
      </Fragment>
    );
  });
}

/** The word after a marked value, linking to its disagreement, its description in a tooltip and for screen readers. */
export function ValueTag({ value, describedBy }: { value: ValueMark; describedBy: string }) {
  return (
    <a
      className="value-tag"
      data-tag={value.tag}
      href={href.disagreements({ d: String(value.disagreement) })}
      data-description={value.description}
      aria-describedby={describedBy}
    >
      {TAG_WORDS[value.tag]}
    </a>
  );
}
