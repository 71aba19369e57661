// The matching articles, one list item each, only those near the screen rendered: a common word matches most of a
// corpus of thousands. The worker answers a page of articles at a time; nearing the end of those, the list asks for
// more.
import { memo, useEffect, useState } from 'react';
import type { Query } from '../../app/location.ts';
import type { Count } from '../../search/engine.ts';
import type { ArticleHits } from '../../search/search.ts';
import { CloseDivider } from './CloseDivider.tsx';
import { useVirtualRows } from '../virtual/useVirtualRows.ts';
import { usePainted } from '../virtual/usePainted.ts';
import { ResultGroup } from './ResultGroup.tsx';
import { ARTICLES_PAGE } from './useSearchResult.ts';

/** Articles rendered whole, the page once shown at first: each can hold dozens of passages. */
const ALL_UP_TO = 20;

/** What the results list is given; the list grouped by fact (FactResults) is given the same. */
export interface ResultListProps {
  /** The first articles of the results, as answered so far. */
  groups: readonly ArticleHits[];
  /** The articles of the results in all; `onMore` asks for the first so many. */
  count: number;
  onMore: (count: number) => void;
  search: Query;
  /** The words searched, as the divider before the close matches names them, and how many close matches there are. */
  typed: string;
  close: Count;
}

/** A group's identity: an article can have a group of exact matches and one of close matches. */
const groupKey = (group: ArticleHits) => (group.close ? `${group.article.id}\u0000close` : group.article.id);

// Drawn again only when its results change, not at each key typed while the next ones are on their way.
export const ResultList = memo(function ResultList({
  groups,
  count,
  onMore,
  search,
  typed,
  close,
}: ResultListProps) {
  // New results paint with the articles on screen alone, and the rest come in the task after: the key typed shows
  // its results a frame's worth of drawing sooner (issue 13).
  const painted = usePainted(groups);
  const { list, items, before, after, measure } = useVirtualRows<HTMLOListElement>({
    count,
    estimate: 400,
    key: (index) => {
      const group = groups[index];
      return group ? groupKey(group) : index;
    },
    renderAllUpTo: ALL_UP_TO,
    screenOnly: !painted,
  });
  // Which articles show all their passages: kept here, since an article's item unmounts when scrolled far away,
  // and forgotten with the results they were opened in.
  const [expanded, setExpanded] = useState<{ groups: readonly ArticleHits[]; ids: ReadonlySet<string> }>({
    groups,
    ids: new Set(),
  });
  const open = expanded.groups === groups ? expanded.ids : new Set<string>();
  // The exact matches come first, then the close ones (see search/word-match.ts): a heading divides them.
  const firstClose = groups.findIndex((group) => group.close);
  // Rendering within a screen or so of the last article answered: ask for the next page.
  const last = items[items.length - 1]?.index ?? 0;
  const had = groups.length;
  useEffect(() => {
    if (had < count && last >= had - 10) onMore(had + ARTICLES_PAGE);
  }, [last, had, count, onMore]);
  const toggle = (id: string) => {
    const ids = new Set(open);
    if (!ids.delete(id)) ids.add(id);
    setExpanded({ groups, ids });
  };

  return (
    <ol ref={list} className="result-groups" style={{ paddingTop: before, paddingBottom: after }}>
      {items.map((item) => {
        const group = groups[item.index];
        if (!group)
          return (
            <li
              key={`pending-${String(item.index)}`}
              ref={measure}
              data-index={item.index}
              className="card result-group"
              aria-setsize={count}
              aria-posinset={item.index + 1}
              aria-busy="true"
            >
              <p className="result-count">Finding more articles…</p>
            </li>
          );
        const id = groupKey(group);
        return (
          <li
            key={id}
            ref={measure}
            data-index={item.index}
            aria-setsize={count}
            aria-posinset={item.index + 1}
          >
            {item.index === firstClose && <CloseDivider typed={typed} close={close} />}
            <div className="card result-group">
              <ResultGroup
                group={group}
                search={search}
                expanded={open.has(id)}
                onToggle={() => {
                  toggle(id);
                }}
              />
            </div>
          </li>
        );
      })}
    </ol>
  );
});
