// The disagreements view (`#/disagreements`): where the articles give different figures or days for the same thing,
// each with both passages linked to the reader, the later figures that update an earlier one apart; filtered to one
// kind with `?kind=`, and the one a mark's link names (`?d=<index>`) brought into view.
import { useMemo } from 'react';
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

          <section className="dis-section" aria-labelledby="dis-conflicts-heading">
            <h2 id="dis-conflicts-heading">Disagreements</h2>
            <p className="dis-note">
              Two reports give different values for one thing, or one names the wrong weekday for a date.
            </p>
            {shown.conflicts.length === 0 ? (
              <p className="dis-none">None of this kind.</p>
            ) : (
              <DisagreementList
                rows={shown.conflicts}
                disagreements={disagreements}
                articles={articles}
                chosen={state.chosen}
              />
            )}
          </section>

          <section className="dis-section" aria-labelledby="dis-updates-heading">
            <h2 id="dis-updates-heading">Later reports, not contradictions</h2>
            <p className="dis-note">
              A later figure for the same thing: a day’s close against an early high, a count that has grown.
            </p>
            {shown.updates.length === 0 ? (
              <p className="dis-none">None{state.kind !== null && ' of this kind'}.</p>
            ) : (
              <DisagreementList
                rows={shown.updates}
                disagreements={disagreements}
                articles={articles}
                chosen={state.chosen}
              />
            )}
          </section>
        </>
      )}
    </>
  );
}
