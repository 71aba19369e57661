// One event of the list: its date and how it is known, whether sources disagree, the articles mentioning it, and
// behind a disclosure button all its dates side by side and every passage that mentions it.
import type { Article, ArticleSource } from '../../corpus/types.ts';
import { countOf } from '../../app/format.ts';
import { Untrusted } from '../../app/Untrusted.tsx';
import { isolateText } from '../../app/bidi.ts';
import { DateTime } from './DateTime.tsx';
import { agreementWords, eventDateBasis, isImprecise, placedDate, precisionWords } from './describe.ts';
import { eventPassages, type EventEntry } from './model.ts';
import { EventPassages } from './EventPassages.tsx';
import { independentCount, reportsFrom } from '../Sources/sources.ts';

interface Props {
  entry: EventEntry;
  articles: readonly Article[];
  labels: readonly string[];
  /** Each article's copy family, when the view counts each family once; else null. */
  sources: readonly ArticleSource[] | null;
  open: boolean;
  onToggle: () => void;
}

/** The element id of an event's list item, and of its disclosure button. */
export const eventItemId = (index: number) => `tl-event-${String(index)}`;
export const eventButtonId = (index: number) => `tl-event-${String(index)}-button`;

export function EventItem({ entry, articles, labels, sources, open, onToggle }: Props) {
  const { event, index } = entry;
  const placed = placedDate(event);
  const panel = `tl-event-${String(index)}-details`;
  const agreement = agreementWords(event);
  const passages = eventPassages(event);
  return (
    <li id={eventItemId(index)} className={event.conflict ? 'tl-event conflict' : 'tl-event'}>
      <p className="tl-when">
        {placed === null ? (
          <span className="muted">Undated</span>
        ) : (
          <>
            <DateTime span={placed.span} />
            {isImprecise(placed) && (
              <span className="tl-precision"> ({precisionWords(placed.precision, placed.approximate)})</span>
            )}
          </>
        )}
      </p>
      <h3>
        <button
          id={eventButtonId(index)}
          type="button"
          className="tl-toggle"
          aria-expanded={open}
          aria-controls={panel}
          onClick={onToggle}
        >
          <span className="tl-chevron" aria-hidden="true" />
          <Untrusted>{event.name}</Untrusted>
        </button>
      </h3>
      <p className="tl-basis">
        {placed === null
          ? 'No article dates it, and events.json gives no date.'
          : eventDateBasis(articles, labels, placed)}
      </p>
      {event.conflict && (
        <p className="tl-conflict">
          <strong>Sources disagree</strong>: its datings do not all overlap, so they cannot all be true.
        </p>
      )}
      <div className="tl-mentioned">
        <span className="tl-mentioned-label" id={`${panel}-in`}>
          Mentioned in
          {sources !== null && (
            <> {reportsFrom(entry.articles.length, independentCount(entry.articles, sources))}:</>
          )}
        </span>
        <ul className="tl-badges" aria-labelledby={`${panel}-in`}>
          {entry.articles.map((a) => (
            <li key={a} className="tl-badge" title={isolateText(articles[a]?.title ?? '')}>
              <Untrusted>{labels[a] ?? ''}</Untrusted>
            </li>
          ))}
        </ul>
      </div>
      <div id={panel} className="tl-panel" hidden={!open}>
        {/* Built only when open: a closed event of a large corpus would hold hundreds of passages unseen. */}
        {open && (
          <>
            <h4>Dates{agreement !== null && <span className="tl-agreement"> · {agreement}</span>}</h4>
            {event.dates.length === 0 ? (
              <p className="muted">None of its mentions gives a date.</p>
            ) : (
              <ul className="tl-dates">
                {event.dates.map((date, i) => (
                  <li key={i} className={i === event.date ? 'tl-date placed' : 'tl-date'}>
                    <span className="tl-date-when">
                      <DateTime span={date.span} />
                      {i === event.date && <span className="tl-placed">placed here</span>}
                    </span>
                    <span className="tl-date-precision">
                      {precisionWords(date.precision, date.approximate)}
                    </span>
                    <span className="tl-date-basis">{eventDateBasis(articles, labels, date)}</span>
                  </li>
                ))}
              </ul>
            )}
            <h4>Passages · {countOf(passages.length, 'mention')}</h4>
            <EventPassages passages={passages} articles={articles} labels={labels} />
          </>
        )}
      </div>
    </li>
  );
}
