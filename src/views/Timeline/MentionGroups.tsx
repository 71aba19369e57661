// Dated mentions that name no event, grouped by the days they resolve to: each with how it is known and a link to
// its passage in the reader. Only the groups near the screen render, and of a large group only the mentions near
// it: a day can gather thousands of mentions in a large corpus.
import { useImperativeHandle, useRef, type Ref } from 'react';
import type { Article, ArticleSource } from '../../corpus/types.ts';
import { countOf } from '../../app/format.ts';
import { useVirtualRows } from '../virtual/useVirtualRows.ts';
import { VirtualList } from '../virtual/VirtualList.tsx';
import { renderedRows } from '../virtual/window.ts';
import { settleInView } from '../virtual/settleInView.ts';
import { DateTime } from './DateTime.tsx';
import { mentionBasis, precisionWords } from './describe.ts';
import type { MentionGroup } from './model.ts';
import { Passage } from './Passage.tsx';
import { independentCount, reportsFrom } from '../Sources/sources.ts';

/** What the view can ask of the list: to bring a group to the top of the screen, and focus it. */
export interface MentionGroupsHandle {
  show: (key: string) => void;
}

interface Props {
  groups: readonly MentionGroup[];
  articles: readonly Article[];
  labels: readonly string[];
  /** Each article's copy family, when the view counts each family once; else null. */
  sources: readonly ArticleSource[] | null;
  ref?: Ref<MentionGroupsHandle>;
}

/** The element id of a group's list item. */
const groupItemId = (key: string) => `tl-group-${key.replace(/[^0-9a-z-]/gi, '-')}`;

export function MentionGroups({ groups, articles, labels, sources, ref }: Props) {
  const { list, items, before, after, measure, scrollToIndex } = useVirtualRows<HTMLOListElement>({
    count: groups.length,
    estimate: 400,
    key: (index) => groups[index]?.key ?? index,
    // Each group renders some of its mentions even off screen (see Mentions): a few dozen groups would add up.
    renderAllUpTo: 0,
  });
  // The group to focus once it renders: one asked for may be far from those rendered.
  const focusWhenShown = useRef<string | null>(null);
  useImperativeHandle(ref, () => ({
    show: (key) => {
      const shown = document.getElementById(groupItemId(key));
      if (shown !== null) {
        shown.focus({ preventScroll: true });
        settleInView(shown, 20);
        return;
      }
      focusWhenShown.current = key;
      scrollToIndex(groups.findIndex((group) => group.key === key));
    },
  }));

  return (
    <ol ref={list} className="tl-groups" style={{ paddingTop: before, paddingBottom: after }}>
      {renderedRows(items, groups).map(({ index, row: group }) => (
        <li
          key={group.key}
          ref={(element) => {
            measure(element);
            if (element !== null && focusWhenShown.current === group.key) {
              focusWhenShown.current = null;
              element.focus({ preventScroll: true });
              // The list scrolled by estimated heights, and the groups around it are still being measured
              // (which moves them): land on the group itself, again each frame until it stays put.
              settleInView(element, 20);
            }
          }}
          data-index={index}
          id={groupItemId(group.key)}
          className="tl-group"
          tabIndex={-1}
          aria-setsize={groups.length}
          aria-posinset={index + 1}
        >
          <h3>
            {group.span === null ? 'Unresolved' : <DateTime span={group.span} />}
            <span className="tl-group-count">
              <span className="visually-hidden"> · </span>
              {countOf(group.mentions.length, 'mention')}
              {sources !== null && ` in ${reportsOf(group, sources)}`}
              {group.span !== null && `, ${precisionWords(group.precision, group.approximate)}`}
            </span>
          </h3>
          <Mentions group={group} articles={articles} labels={labels} />
        </li>
      ))}
    </ol>
  );
}

/** `3 reports from 2 independent sources`: the articles a group's mentions are in, each family counted once. */
function reportsOf(group: MentionGroup, sources: readonly ArticleSource[]): string {
  const reports = new Set(group.mentions.map((mention) => mention.article));
  return reportsFrom(reports.size, independentCount(reports, sources));
}

/** A group's mentions, those near the screen rendered. */
function Mentions({
  group,
  articles,
  labels,
}: { group: MentionGroup } & Omit<Props, 'groups' | 'ref' | 'sources'>) {
  return (
    <VirtualList
      items={group.mentions}
      className="tl-group-mentions"
      estimate={90}
      // Rendered whole, the groups near the screen could hold thousands of mentions between them.
      renderAllUpTo={0}
    >
      {(ref, props) => {
        const article = articles[ref.article];
        const mention = article?.dates[ref.date];
        if (!article || !mention) return null;
        const label = labels[ref.article] ?? article.id;
        return (
          <li key={`${String(ref.article)}-${String(ref.date)}`} {...props}>
            <p className="tl-basis">{mentionBasis(article, mention, label)}</p>
            <Passage article={article} sentence={mention.sentence} date={mention} label={label} />
          </li>
        );
      }}
    </VirtualList>
  );
}
