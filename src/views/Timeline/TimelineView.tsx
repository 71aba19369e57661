// The timeline view (`#/timeline`): the events the articles cover, placed by date on a time axis and listed in date
// order, each date with how it is known; every other dated mention, grouped by date; filtered to one article's
// events with `?article=<id>`, and the events opened in the list named in `?open=<id>,<id>`.
import type { CorpusOf } from '../../app/corpus-parts.ts';
import { useMemo, useRef } from 'react';
import { flushSync } from 'react-dom';

import type { HashLocationApi } from '../../app/useHashLocation.ts';
import { useDocumentTitle } from '../../app/useDocumentTitle.ts';
import { countOf } from '../../app/format.ts';
import { Untrusted } from '../../app/Untrusted.tsx';
import { articleLabels } from './describe.ts';
import {
  articleFilter,
  articlePatch,
  chartRows,
  eventEntries,
  mentionGroups,
  openIndexes,
  openPatch,
  timelineState,
  toggleOpen,
  type ChartRow,
} from './model.ts';
import { TimelineChart } from './TimelineChart.tsx';
import { EventItem, eventItemId } from './EventItem.tsx';
import { MentionGroups, type MentionGroupsHandle } from './MentionGroups.tsx';
import { ArticleDate, ArticleDates } from './ArticleDates.tsx';
import { ArticleSelect } from './ArticleSelect.tsx';
import { useSources } from '../Sources/useSources.ts';
import { COUNT_ONCE, countOnce, countOncePatch } from '../Sources/sources.ts';
import { DownloadCsv } from '../DownloadButtons.tsx';
import { timelineTable } from '../../export/timeline-table.ts';
import './timeline.css';

interface Props {
  corpus: CorpusOf<'articles' | 'timeline'>;
  location: HashLocationApi;
}

export default function TimelineView({ corpus, location }: Props) {
  useDocumentTitle('Timeline');
  const state = useMemo(() => timelineState(location.query), [location.query]);
  const filter = articleFilter(corpus, state);
  const only = filter.kind === 'one' ? filter.index : null;
  const labels = useMemo(() => articleLabels(corpus.articles), [corpus]);
  const events = useMemo(() => eventEntries(corpus, only), [corpus, only]);
  const groups = useMemo(() => mentionGroups(corpus, only), [corpus, only]);
  const rows = useMemo(() => chartRows(corpus, events, groups), [corpus, events, groups]);
  const open = useMemo(() => openIndexes(corpus, state), [corpus, state]);
  const mentionList = useRef<MentionGroupsHandle>(null);
  const { setQuery } = location;
  // Each family of copies counted once (`?once=1`): the families load then, the list showing meanwhile.
  const once = countOnce(location.query);
  const sources = useSources(once)?.articles ?? null;

  // Which events are open lives in the URL, so Back, a reload or a shared link opens them again. Replacing the
  // history entry: Back leaves the page as it is now rather than closing the events one by one.
  const setOpen = (ids: readonly string[]) => {
    setQuery(openPatch(ids), { replace: true });
  };
  const idOf = (index: number) => corpus.timeline.events[index]?.id ?? '';
  const toggle = (index: number) => {
    setOpen(toggleOpen(state.open, idOf(index)));
  };

  // A click on the chart opens the event in the list (rendered at once, so it can be moved to) and moves there.
  const select = (row: ChartRow) => {
    let id: string | null = null;
    if (row.event !== null) {
      const index = row.event;
      flushSync(() => {
        setOpen(toggleOpen(state.open, idOf(index), true));
      });
      id = eventItemId(index);
    } else {
      const group = groups.find((g) => `mentions-${g.key}` === row.key);
      // The list renders only the groups near the screen, so it brings this one there itself.
      if (group) mentionList.current?.show(group.key);
    }
    const target = id === null ? null : document.getElementById(id);
    target?.scrollIntoView({ block: 'start' });
    (target?.querySelector<HTMLElement>('.tl-toggle') ?? target)?.focus({ preventScroll: true });
  };

  const mentions = groups.reduce((n, g) => n + g.mentions.length, 0);
  const disagreeing = events.filter((e) => e.event.conflict).length;
  const article = only === null ? null : corpus.articles[only];
  const allOpen = events.length > 0 && events.every((e) => open.has(e.index));

  return (
    <>
      <div className="view-head">
        <h1 tabIndex={-1}>Timeline</h1>
        <p className="summary">
          <span>{countOf(corpus.timeline.events.length, 'named event')}</span>
          {corpus.timeline.unnamed.length > 0 && (
            <span>{countOf(corpus.timeline.unnamed.length, 'other dated mention')}</span>
          )}
          {disagreeing > 0 && <span>{countOf(disagreeing, 'event')} on which sources disagree</span>}
        </p>
        <p>
          <DownloadCsv name="timeline" table={() => timelineTable(corpus)} />
        </p>
      </div>
      <p className="lede">
        What happened when, as the articles tell it: each event at the date they give or imply, and how that
        date is known — <em>stated</em> in an article, <em>inferred</em> from words like “last week” and the
        article’s own date, or <em>external</em>, from a source outside the articles.
      </p>

      <div className="toolbar">
        {/* Before the article choice, which Tab leaves for the chart. */}
        <label className="check tl-once">
          <input
            type="checkbox"
            checked={once}
            onChange={(event) => {
              setQuery(countOncePatch(event.target.checked));
            }}
          />
          {COUNT_ONCE}
        </label>
        <label htmlFor="tl-article">Show the events of</label>
        <ArticleSelect
          id="tl-article"
          articles={corpus.articles}
          labels={labels}
          chosen={only}
          onChoose={(id) => {
            setQuery(articlePatch(id));
          }}
        />
        <p className="count" role="status">
          {countOf(events.length, 'event')}, {countOf(mentions, 'other dated mention')}
          {only !== null && (
            <>
              {' '}
              in <Untrusted>{labels[only] ?? ''}</Untrusted>
            </>
          )}
        </p>
      </div>

      {filter.kind === 'unknown' && (
        <p className="notice" role="status">
          There is no article with the id{' '}
          <q>
            <Untrusted>{filter.id}</Untrusted>
          </q>
          ; showing every article’s events.
        </p>
      )}
      {article && (
        <div className="tl-filter-note">
          <p>
            Only the events{' '}
            <strong>
              <Untrusted>{labels[only ?? 0] ?? ''}</Untrusted>
            </strong>{' '}
            mentions, and its other dated passages. <ArticleDate article={article} corpus={corpus} />
          </p>
          <button
            type="button"
            className="button small"
            onClick={() => {
              setQuery(articlePatch(null));
            }}
          >
            Show every article’s events
          </button>
        </div>
      )}

      {rows.length > 0 && <TimelineChart rows={rows} onSelect={select} />}

      {events.length === 0 && groups.length === 0 && (
        <div className="empty">
          <p>
            {only === null
              ? 'No dates yet: no article of this corpus gives a date, and no events.json names any event.'
              : 'This article gives no date and mentions no named event.'}
          </p>
        </div>
      )}

      {events.length > 0 && (
        <section className="tl-section" aria-labelledby="tl-events-heading">
          <div className="tl-section-head">
            <h2 id="tl-events-heading">Events</h2>
            <button
              type="button"
              className="button small"
              onClick={() => {
                setOpen(allOpen ? [] : events.map((e) => e.event.id));
              }}
            >
              {allOpen ? 'Close every event' : 'Open every event'}
            </button>
          </div>
          <ol className="tl-events">
            {events.map((entry) => (
              <EventItem
                key={entry.index}
                entry={entry}
                articles={corpus.articles}
                labels={labels}
                sources={sources}
                open={open.has(entry.index)}
                onToggle={() => {
                  toggle(entry.index);
                }}
              />
            ))}
          </ol>
        </section>
      )}

      {groups.length > 0 && (
        <section className="tl-section" aria-labelledby="tl-others-heading">
          <h2 id="tl-others-heading">Other dated mentions</h2>
          <p className="tl-section-note">
            {corpus.timeline.events.length === 0
              ? 'Every date the articles give, grouped by the days it means: this corpus names no events (an events.json beside the articles would).'
              : 'Dates the articles give that date none of the named events, grouped by the days they mean.'}
          </p>
          <MentionGroups
            ref={mentionList}
            groups={groups}
            articles={corpus.articles}
            labels={labels}
            sources={sources}
          />
        </section>
      )}

      {only === null && (
        <section className="tl-section" aria-labelledby="tl-articles-heading">
          <h2 id="tl-articles-heading">How each article is dated</h2>
          <ArticleDates corpus={corpus} labels={labels} only={null} />
        </section>
      )}
    </>
  );
}
