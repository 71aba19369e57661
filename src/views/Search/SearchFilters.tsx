// Narrow the search to some outlets or articles: two labelled checkbox groups (a long one with a box to find an
// option in it), each option with the passages it would give for the query shown, a count, and a way to clear them.
import { memo, useId, useMemo, useState } from 'react';
import type { QueryPatch } from '../../app/location.ts';
import type { Article } from '../../corpus/types.ts';
import { countOf, formatNumber, outletName } from '../../app/format.ts';
import { BreakAtDots } from '../../app/BreakAtDots.tsx';
import { Untrusted } from '../../app/Untrusted.tsx';
import { listedOptions, type Option } from '../listedOptions.ts';
import { applicableFilters, filtersPatch, outletsOf, readList, toggle } from './state.ts';

interface Props {
  /** Full articles or their summaries: the filters read only these fields. */
  articles: readonly Pick<Article, 'id' | 'title' | 'outlet'>[];
  /** The filters as the URL has them (see state.ts): strings, so typing in the box does not render this again. */
  article: string | undefined;
  outlet: string | undefined;
  onChange: (patch: QueryPatch) => void;
  /** The query's matching passages in each article (by its place in `articles`) with no filter; null with no query. */
  counts: Int32Array | null;
}

export const SearchFilters = memo(function SearchFilters({
  articles,
  article,
  outlet,
  onChange,
  counts,
}: Props) {
  const [open, setOpen] = useState(false);
  const outlets = useMemo(() => outletsOf(articles), [articles]);
  const articleOptions = useMemo(
    () => articles.map((a) => ({ value: a.id, label: a.title, note: outletName(a) })),
    [articles],
  );
  // What each option would give: the worker counted each article's passages; an outlet's are its articles' summed.
  const hits = useMemo(() => {
    if (counts === null) return null;
    const byArticle = new Map<string, number>();
    const byOutlet = new Map<string, number>();
    articles.forEach((a, i) => {
      const n = counts[i] ?? 0;
      byArticle.set(a.id, n);
      if (a.outlet !== null) byOutlet.set(a.outlet, (byOutlet.get(a.outlet) ?? 0) + n);
    });
    return { byArticle, byOutlet };
  }, [articles, counts]);
  // Only what the corpus has counts and shows as checked: a stale link narrows by what still exists.
  const state = useMemo(
    () => applicableFilters({ articles: readList(article), outlets: readList(outlet) }, articles),
    [articles, article, outlet],
  );
  const active = state.articles.length + state.outlets.length;
  const label = active === 0 ? 'Filters' : `Filters (${String(active)})`;
  return (
    <div className="filters">
      <h2 className="filters-heading">{label}</h2>
      <button
        type="button"
        className="filters-toggle button small"
        aria-expanded={open}
        aria-controls="filter-panel"
        onClick={() => {
          setOpen(!open);
        }}
      >
        {label}
      </button>
      <div id="filter-panel" className={open ? 'filter-panel open' : 'filter-panel'}>
        {outlets.length > 0 && (
          <FilterGroup
            legend="Outlet"
            noun="outlet"
            options={outlets.map((name) => ({ value: name, label: name }))}
            hits={hits?.byOutlet ?? null}
            selected={state.outlets}
            onToggle={(name) => {
              onChange(filtersPatch(state.articles, toggle(state.outlets, name)));
            }}
          />
        )}
        <FilterGroup
          legend="Article"
          noun="article"
          options={articleOptions}
          hits={hits?.byArticle ?? null}
          selected={state.articles}
          onToggle={(id) => {
            onChange(filtersPatch(toggle(state.articles, id), state.outlets));
          }}
        />
        {active > 0 && (
          <button
            type="button"
            className="button small"
            onClick={() => {
              onChange(filtersPatch([], []));
            }}
          >
            Clear filters
          </button>
        )}
      </div>
    </div>
  );
});

interface GroupProps {
  legend: string;
  /** What one option is, for the find box and the count: `outlet` or `article` (a noun taking "an"). */
  noun: string;
  options: readonly Option[];
  /** Passages the query shown gives in each option, by value; null with no query. */
  hits: ReadonlyMap<string, number> | null;
  selected: readonly string[];
  onToggle: (value: string) => void;
}

function FilterGroup({ legend, noun, options, hits, selected, onToggle }: GroupProps) {
  const id = useId();
  const [find, setFind] = useState('');
  const listed = useMemo(() => listedOptions(options, selected, find), [options, selected, find]);
  const long = listed.options.length < options.length || find !== '';
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      {long && (
        <>
          <input
            type="search"
            className="field find-box"
            aria-label={`Find an ${noun}`}
            placeholder={`Find an ${noun}…`}
            value={find}
            onChange={(event) => {
              setFind(event.target.value);
            }}
          />
          <p className="filter-note" role="status">
            {find === '' ? countOf(options.length, noun) : `${countOf(listed.matching, noun)} found`}
          </p>
        </>
      )}
      <ul>
        {listed.options.map((option) => {
          const box = `${id}-${String(options.indexOf(option))}`;
          const count = hits?.get(option.value);
          const described = [
            ...(option.note === undefined ? [] : [`${box}-note`]),
            ...(count === undefined ? [] : [`${box}-hits`]),
          ];
          return (
            <li key={option.value}>
              <input
                id={box}
                type="checkbox"
                checked={selected.includes(option.value)}
                aria-describedby={described.length === 0 ? undefined : described.join(' ')}
                onChange={() => {
                  onToggle(option.value);
                }}
              />
              <span>
                <label htmlFor={box} className="filter-label">
                  <Untrusted>
                    {noun === 'outlet' ? <BreakAtDots text={option.label} /> : option.label}
                  </Untrusted>
                </label>
                {option.note !== undefined && (
                  <span id={`${box}-note`} className="filter-note">
                    <Untrusted>
                      <BreakAtDots text={option.note} />
                    </Untrusted>
                  </span>
                )}
              </span>
              {count !== undefined && (
                <span id={`${box}-hits`} className={count === 0 ? 'filter-hits none' : 'filter-hits'}>
                  {formatNumber(count)}
                  <span className="visually-hidden"> {count === 1 ? 'passage' : 'passages'}</span>
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
