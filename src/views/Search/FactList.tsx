// The results grouped by fact, one list item each, only those near the screen rendered. The articles matched come
// a page at a time (useSearchResult.ts): a last item stands for those not yet grouped and, once rendered, asks for
// the next page.
import { memo, useEffect, useMemo, useState } from 'react';
import type { Query } from '../../app/location.ts';
import type { Article, CopyFamilies, StoryElement } from '../../corpus/types.ts';
import type { Count } from '../../search/engine.ts';
import type { PassageHit } from '../../search/search.ts';
import { useVirtualRows } from '../virtual/useVirtualRows.ts';
import { usePainted } from '../virtual/usePainted.ts';
import { CloseDivider } from './CloseDivider.tsx';
import type { FactHit } from './facts.ts';
import { FactCard } from './FactCard.tsx';
import { ResultGroup } from './ResultGroup.tsx';
import { ARTICLES_PAGE } from './useSearchResult.ts';

interface Props {
  grouped: readonly FactHit<PassageHit>[];
  /** Articles matched so far, and in all; `onMore` asks for the first so many. */
  loaded: number;
  count: number;
  onMore: (count: number) => void;
  articles: readonly Article[];
  elements: readonly StoryElement[];
  sources: CopyFamilies;
  search: Query;
  typed: string;
  close: Count;
}

/** An item's identity: a fact, or an article's other passages, of exact matches or of close ones. */
const hitKey = (hit: FactHit<PassageHit>) =>
  hit.kind === 'fact'
    ? `fact ${String(hit.element)}`
    : `article ${String(hit.article)}${hit.close ? ' close' : ''}`;

export const FactList = memo(function FactList(props: Props) {
  const { grouped, loaded, count, onMore, articles, elements, sources, search, typed, close } = props;
  const more = loaded < count;
  const painted = usePainted(grouped);
  const { list, items, before, after, measure } = useVirtualRows<HTMLOListElement>({
    count: grouped.length + (more ? 1 : 0),
    estimate: 400,
    key: (index) => {
      const hit = grouped[index];
      return hit ? hitKey(hit) : 'more';
    },
    renderAllUpTo: 20,
    screenOnly: !painted,
  });
  // Open disclosures, kept here since a card unmounts when scrolled far away; forgotten with the query, not with
  // the next page of articles, which only adds to what is shown.
  const [opened, setOpened] = useState<{ search: Query; keys: ReadonlySet<string> }>({
    search,
    keys: new Set(),
  });
  const open = opened.search === search ? opened.keys : new Set<string>();
  const onToggle = (key: string) => {
    const keys = new Set(open);
    if (!keys.delete(key)) keys.add(key);
    setOpened({ search, keys });
  };
  const firstClose = useMemo(() => grouped.findIndex((hit) => hit.close), [grouped]);
  // The last item rendered stands for the articles not grouped yet: ask for the next page.
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    if (more && last >= grouped.length - 1) onMore(loaded + ARTICLES_PAGE);
  }, [more, last, grouped.length, loaded, onMore]);

  return (
    <ol ref={list} className="result-groups" style={{ paddingTop: before, paddingBottom: after }}>
      {items.map((item) => {
        const hit = grouped[item.index];
        if (!hit)
          return (
            <li
              key="more"
              ref={measure}
              data-index={item.index}
              className="card result-group"
              aria-busy="true"
            >
              <p className="result-count">Grouping more articles…</p>
            </li>
          );
        const element = hit.kind === 'fact' ? elements[hit.element] : undefined;
        return (
          <li key={hitKey(hit)} ref={measure} data-index={item.index}>
            {item.index === firstClose && <CloseDivider typed={typed} close={close} />}
            <div className="card result-group">
              {hit.kind === 'fact' && element ? (
                <FactCard
                  element={element}
                  hits={hit.hits}
                  articles={articles}
                  sources={sources.articles}
                  search={search}
                  isOpen={(key) => open.has(`${String(hit.element)} ${key}`)}
                  onToggle={(key) => {
                    onToggle(`${String(hit.element)} ${key}`);
                  }}
                />
              ) : (
                hit.kind === 'article' && (
                  <OtherPassages
                    hits={hit}
                    articles={articles}
                    search={search}
                    expanded={open.has(hitKey(hit))}
                    onToggle={() => {
                      onToggle(hitKey(hit));
                    }}
                  />
                )
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
});

interface OtherProps {
  hits: Extract<FactHit<PassageHit>, { kind: 'article' }>;
  articles: readonly Article[];
  search: Query;
  expanded: boolean;
  onToggle: () => void;
}

/** An article's passages that tell no fact another article tells: shown as the search by article shows them. */
function OtherPassages({ hits, articles, search, expanded, onToggle }: OtherProps) {
  const article = articles[hits.article];
  // One object per page of results, so its marks are asked for once (useMarkedHits keys on the list of hits).
  const group = useMemo(() => article && { article, close: hits.close, hits: hits.hits }, [article, hits]);
  if (!group) return null;
  return <ResultGroup group={group} search={search} expanded={expanded} onToggle={onToggle} />;
}
