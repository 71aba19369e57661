// The disagreements view (`#/disagreements`): where the articles give different figures or days for the same thing,
// each with both passages linked to the reader, the later figures that update an earlier one apart; filtered to one
// kind with `?kind=`, and the one a mark's link names (`?d=<index>`) brought into view.
import { useMemo, type ReactNode } from 'react';
import type { ViewProps } from '../../app/view-props.ts';
import { useDocumentTitle } from '../../app/useDocumentTitle.ts';
import { countOf } from '../../app/format.ts';
import { disagreementsState, KINDS, kindCounts, kindPatch, listed } from './model.ts';
import { KIND_LABEL } from './words.ts';
import { DisagreementList } from './DisagreementList.tsx';
import './disagreements.css';

export default function DisagreementsView({ corpus, location }: ViewProps<'articles' | 'disagreements'>) {
  useDocumentTitle('Disagreements');
  const { disagreements, articles } = corpus;
  const state = disagreementsState(location.query, disagreements.length);
  const counts = useMemo(() => kindCounts(disagreements), [disagreements]);
  const all = useMemo(() => listed(disagreements, null), [disagreements]);
  const shown = useMemo(() => listed(disagreements, state.kind), [disagreements, state.kind]);
  const { setQuery } = location;

  const list = (rows: readonly number[]) => (
    <DisagreementList rows={rows} disagreements={disagreements} articles={articles} chosen={state.chosen} />
  );
  return (
    <>
      <div className="view-head">
        <h1 tabIndex={-1}>Disagreements</h1>
        <p className="summary">
          <span>{countOf(all.conflicts.length, 'disagreement')}</span>
          <span>{countOf(all.updates.length, 'later report')}</span>
        </p>
      </div>
      <p className="lede">
        Where the articles give different figures or days for the same thing, or credit one quotation to
        different people, with both passages, and where one names a weekday that its date does not fall on.
      </p>
      <p className="dis-method">
        How they are found: passages are compared when they say the same thing, stand next to two that do, or
        tell the same part of the story (days only then). Figures are written alike first (“17 percent” is
        “17%”, “$5.58M” is “$5.58 million”), and one within the rounding of the other, or within a tenth of it
        when hedged (“about”), agrees with it. A figure given as of a moment (“as much as”, “so far”) against
        another report’s, from another day or not so hedged, is an update, not a contradiction. A weekday
        beside a date is checked against the calendar. A quotation two articles give is compared by the
        speaker each names beside it.
      </p>

      {disagreements.length === 0 ? (
        <div className="empty">
          <p>
            No disagreements in these articles: where they tell the same thing, they give the same figures and
            days, they credit each quotation to the same person, and every weekday named beside a date falls
            on that date.
          </p>
        </div>
      ) : (
        <>
          <div className="toolbar">
            <label htmlFor="dis-kind">Show</label>
            <select
              id="dis-kind"
              className="field"
              value={state.kind ?? ''}
              onChange={(event) => {
                setQuery(kindPatch(KINDS.find((k) => k === event.target.value) ?? null));
              }}
            >
              <option value="">Every kind ({disagreements.length})</option>
              {KINDS.filter((k) => counts[k] > 0 || k === state.kind).map((k) => (
                <option key={k} value={k}>
                  {KIND_LABEL[k]} ({counts[k]})
                </option>
              ))}
            </select>
            <p className="count" role="status">
              {countOf(shown.conflicts.length, 'disagreement')},{' '}
              {countOf(shown.updates.length, 'later report')}
              {state.kind !== null && ` of ${KIND_LABEL[state.kind].toLowerCase()}`}
            </p>
          </div>

          <DisagreementSection
            id="dis-conflicts-heading"
            title="Disagreements"
            note="Two reports give different values for one thing, or one names the wrong weekday for a date."
            rows={shown.conflicts}
            filtered={state.kind !== null}
            list={list}
          />
          <DisagreementSection
            id="dis-updates-heading"
            title="Later reports, not contradictions"
            note="A later figure for the same thing: a day’s close against an early high, a count that has grown."
            rows={shown.updates}
            filtered={state.kind !== null}
            list={list}
          />
        </>
      )}
    </>
  );
}

/** One of the view's two lists, under its heading and a line on what it holds. */
function DisagreementSection(props: {
  id: string;
  title: string;
  note: string;
  rows: readonly number[];
  filtered: boolean;
  list: (rows: readonly number[]) => ReactNode;
}) {
  return (
    <section className="dis-section" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      <p className="dis-note">{props.note}</p>
      {props.rows.length === 0 ? (
        <p className="dis-none">None{props.filtered && ' of this kind'}.</p>
      ) : (
        props.list(props.rows)
      )}
    </section>
  );
}
