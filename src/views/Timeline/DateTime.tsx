// A span of days as `<time>` elements: one for a day, a month or a year, two (first and last) for a range.
import type { DaySpan } from '../../corpus/types.ts';
import { dateParts } from '../../app/format.ts';

export function DateTime({ span }: { span: DaySpan }) {
  const [first, second] = dateParts(span);
  if (!first) return null;
  if (!second) return <time dateTime={first.dateTime}>{first.text}</time>;
  return (
    <span className="tl-range">
      <time dateTime={first.dateTime}>{first.text}</time>
      {first.text.includes(' ') ? ' – ' : '–'}
      <time dateTime={second.dateTime}>{second.text}</time>
    </span>
  );
}
