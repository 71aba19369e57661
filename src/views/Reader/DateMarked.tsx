// Text of the reader with its dates marked: each date expression focusable, with what it resolves to shown on hover
// and focus (a tooltip drawn by CSS from its description) and given to screen readers as its description. Each
// stretch has its direction controls balanced (bidi.ts), so an override in the text cannot move a mark after it.
import type { DateSpan } from './dateMarks.ts';
import { cutAtDates } from './dateMarks.ts';
import { balanceBidi } from '../../app/bidi.ts';

/** The element id of a date's description, which the reader lists once, hidden, after the article. */
export function dateDescriptionId(index: number): string {
  return `date-${String(index)}-about`;
}

interface Props {
  text: string;
  /** Where the text starts in the article's text. */
  start: number;
  dates: readonly DateSpan[];
}

export function DateMarked({ text, start, dates }: Props) {
  if (dates.length === 0) return balanceBidi(text);
  return cutAtDates(text, start, dates).map((segment, i) => {
    const words = balanceBidi(segment.text);
    if (segment.date === null) return words;
    const span = dates[segment.date];
    if (!span) return words;
    const props = {
      className: 'date-mark',
      'data-description': span.description,
      'aria-describedby': dateDescriptionId(segment.date),
      tabIndex: segment.first ? 0 : undefined,
    };
    return span.dateTime === null ? (
      <span key={i} {...props}>
        {words}
      </span>
    ) : (
      <time key={i} dateTime={span.dateTime} {...props}>
        {words}
      </time>
    );
  });
}
