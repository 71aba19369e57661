// The matching articles, one list item each, only those near the screen rendered: a common word matches most of a
// corpus of thousands.
import { useState } from 'react';
import type { Query } from '../../app/location.ts';
import type { ArticleHits } from '../../search/search.ts';
import { useVirtualRows } from '../virtual/useVirtualRows.ts';
import { ResultGroup } from './ResultGroup.tsx';

/** Articles rendered whole, the page once shown at first: each can hold dozens of passages. */
const ALL_UP_TO = 20;

interface Props {
  groups: readonly ArticleHits[];
  search: Query;
}

export function ResultList({ groups, search }: Props) {
  const { list, items, before, after, measure } = useVirtualRows<HTMLOListElement>({
    count: groups.length,
    estimate: 400,
    key: (index) => groups[index]?.article.id ?? index,
    renderAllUpTo: ALL_UP_TO,
  });
  // Which articles show all their passages: kept here, since an article's item unmounts when scrolled far away,
  // and forgotten with the results they were opened in.
  const [expanded, setExpanded] = useState<{ groups: readonly ArticleHits[]; ids: ReadonlySet<string> }>({
    groups,
    ids: new Set(),
  });
  const open = expanded.groups === groups ? expanded.ids : new Set<string>();
  const toggle = (id: string) => {
    const ids = new Set(open);
    if (!ids.delete(id)) ids.add(id);
    setExpanded({ groups, ids });
  };

  return (
    <ol ref={list} className="result-groups" style={{ paddingTop: before, paddingBottom: after }}>
      {items.map((item) => {
        const group = groups[item.index];
        if (!group) return null;
        const { id } = group.article;
        return (
          <li
            key={id}
            ref={measure}
            data-index={item.index}
            className="result-group"
            aria-setsize={groups.length}
            aria-posinset={item.index + 1}
          >
            <ResultGroup
              group={group}
              search={search}
              expanded={open.has(id)}
              onToggle={() => {
                toggle(id);
              }}
            />
          </li>
        );
      })}
    </ol>
  );
}
