// The results grouped by fact (`by=fact`): the story elements and copy families are loaded for it alone, the first
// time it is asked for (they are large at 10,000 articles), so the search by article never waits for them.
import { useMemo } from 'react';
import { useCorpus } from '../../app/corpus-parts.ts';
import { countOf, formatNumber } from '../../app/format.ts';
import type { Article } from '../../corpus/types.ts';
import { groupByFact, indexElements } from './facts.ts';
import { FactList } from './FactList.tsx';
import type { ResultListProps } from './ResultList.tsx';

type Props = ResultListProps & { articles: readonly Article[] };

export default function FactResults({ articles, groups, count, onMore, search, typed, close }: Props) {
  const { elements, sources } = useCorpus(['elements', 'sources']);
  // Once per corpus: one number per passage.
  const index = useMemo(
    () =>
      indexElements(
        articles.map((article) => article.sentences.length),
        elements,
      ),
    [articles, elements],
  );
  // Once per page of results, linear in the passages matched so far.
  const grouped = useMemo(() => groupByFact(groups, index), [groups, index]);
  const facts = useMemo(() => grouped.filter((hit) => hit.kind === 'fact').length, [grouped]);
  const loaded = groups.length;

  return (
    <>
      <p className="fact-note" role="note">
        {countOf(facts, 'fact')} told by several articles, in the order of their best match.{' '}
        {loaded < count
          ? `Grouped from the first ${formatNumber(loaded)} of ${formatNumber(count)} articles matched; more are grouped as you scroll.`
          : 'Grouped from every article matched.'}
      </p>
      <FactList
        grouped={grouped}
        loaded={loaded}
        count={count}
        onMore={onMore}
        articles={articles}
        elements={elements}
        sources={sources}
        search={search}
        typed={typed}
        close={close}
      />
    </>
  );
}
