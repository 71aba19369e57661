// The sources (`#/sources`): how many independent sources the reports come from, the families of copies and
// rewrites with each one's likely original, and a matrix of the text the articles share.
import { useMemo } from 'react';
import type { ViewProps } from '../../app/view-props.ts';
import { countOf } from '../../app/format.ts';
import { useDocumentTitle } from '../../app/useDocumentTitle.ts';
import { VirtualList } from '../virtual/VirtualList.tsx';
import { FamilyItem } from './FamilyItem.tsx';
import { SharedMatrix } from './SharedMatrix.tsx';
import { independentCount, reportsFrom, WHOLE_MATRIX_UP_TO } from './sources.ts';
import './sources.css';

export default function SourcesView({ corpus }: ViewProps<'articles' | 'sources'>) {
  useDocumentTitle('Sources');
  const { articles, sources } = corpus;
  const all = useMemo(() => articles.map((_, i) => i), [articles]);
  const independent = useMemo(() => independentCount(all, sources.articles), [all, sources.articles]);
  const inFamilies = sources.families.reduce((sum, family) => sum + family.members.length, 0);
  // Up to 40 articles, `shared` holds every pair that shares a sentence: one matrix for the corpus; past that only
  // pairs within a family, so each family has its own.
  const whole = articles.length <= WHOLE_MATRIX_UP_TO;
  return (
    <>
      <div className="view-head">
        <h1 tabIndex={-1}>Sources</h1>
        <p className="summary">
          <span>{reportsFrom(articles.length, independent)}</span>
          <span>{countOf(sources.families.length, 'family', 'families')} of copies and rewrites</span>
        </p>
      </div>
      <p className="lede">
        Which articles are copies or rewrites of another, grouped into families with the one each most likely
        comes from, and how much text the articles share.
      </p>
      <p className="src-how">
        An article is a copy of another when the other carries at least half its words near-verbatim, and a
        rewrite when each retells at least half of the other in the same order; a family’s original is the
        member published first, else the one whose text credits its agency, else the fullest.
      </p>

      <section aria-labelledby="src-families">
        <h2 id="src-families">Families</h2>
        {sources.families.length === 0 ? (
          <p className="src-none">
            No article here is a copy or a rewrite of another: all {countOf(articles.length, 'report')} are
            independent.
          </p>
        ) : (
          <>
            <p>
              {countOf(inFamilies, 'article')} in {countOf(sources.families.length, 'family', 'families')},{' '}
              {countOf(articles.length - inFamilies, 'independent article')}.
            </p>
            <VirtualList items={sources.families} className="src-families" estimate={180}>
              {(family, itemProps) => (
                <FamilyItem
                  key={family.original}
                  family={family}
                  number={itemProps['data-index'] + 1}
                  sources={sources}
                  articles={articles}
                  matrix={!whole}
                  itemProps={itemProps}
                />
              )}
            </VirtualList>
          </>
        )}
      </section>

      {whole && articles.length > 1 && (
        <section aria-labelledby="src-shared">
          <h2 id="src-shared">Shared text</h2>
          <p>
            Each row is an article, each column the same articles in the same order: a cell gives the share of
            the row’s words, in percent, that the column’s article tells too, in any words; darker is more,
            and a blank cell means they share no sentence.
          </p>
          <SharedMatrix
            articles={articles}
            members={all}
            shared={sources.shared}
            sources={sources.articles}
            caption="Share of each row's words carried by each column, in percent"
          />
        </section>
      )}
    </>
  );
}
