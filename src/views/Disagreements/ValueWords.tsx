// A side's value as the page shows it, dates in `<time>`: a figure as normalised (`$465 billion`), a day as written
// with the day it is (`‘Tuesday’, 11 Mar 2025`), a weekday slip as what is wrong with it.
import type { Article, DisagreementKind, DisagreementSide } from '../../corpus/types.ts';
import { formatDate } from '../../app/format.ts';
import { Untrusted } from '../../app/Untrusted.tsx';
import { DateTime } from '../Timeline/DateTime.tsx';
import { daySpan, weekdaySlip, writtenWords } from './words.ts';

export function ValueWords({
  kind,
  side,
  article,
}: {
  kind: DisagreementKind;
  side: DisagreementSide;
  article: Pick<Article, 'text'>;
}) {
  if (kind === 'weekday') {
    const { said, day, actual } = weekdaySlip(side.value);
    return (
      <>
        says {said}, but <time dateTime={day}>{formatDate(day)}</time> was a {actual}
      </>
    );
  }
  if (kind === 'date')
    return (
      <>
        ‘<Untrusted>{writtenWords(article, side)}</Untrusted>’, <DateTime span={daySpan(side.value)} />
      </>
    );
  return <Untrusted>{side.value}</Untrusted>;
}
