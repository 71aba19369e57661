// One copy family: its likely original and why it was chosen, then each member with what it is to the one it comes
// from, a link to compare the two, and, asked for, the family's matrix of shared text.
import { useState } from 'react';
import type { Article, CopyFamilies, CopyFamily } from '../../corpus/types.ts';
import { countOf, outletName } from '../../app/format.ts';
import { href } from '../../app/routes.ts';
import { Untrusted } from '../../app/Untrusted.tsx';
import { ExpandToggle } from '../ExpandToggle.tsx';
import type { ItemProps } from '../virtual/VirtualList.tsx';
import { SharedMatrix } from './SharedMatrix.tsx';
import { basisText, offspringText, relationText } from './sources.ts';

interface Props {
  family: CopyFamily;
  number: number;
  sources: CopyFamilies;
  articles: readonly Article[];
  /** Whether the family gets a matrix of its own (the whole corpus has none). */
  matrix: boolean;
  itemProps: ItemProps;
}

export function FamilyItem({ family, number, sources, articles, matrix, itemProps }: Props) {
  const [open, setOpen] = useState(false);
  const original = articles[family.original];
  if (!original) return null;
  return (
    <li className="src-family" {...itemProps}>
      <h3>
        Family {String(number)}: {countOf(family.members.length, 'report')},{' '}
        {offspringText(family, sources.articles)} of <Untrusted>{outletName(original)}</Untrusted>
      </h3>
      <p className="src-original">
        Likely original: <ArticleLink article={original} />. Chosen because it is{' '}
        {basisText(family, articles)}
        {family.credit && family.basis !== 'credit-line' && (
          <>
            ; the text credits <Untrusted>{family.credit.agency}</Untrusted>
          </>
        )}
        .
      </p>
      <ul className="src-members">
        {family.members.slice(1).map((m) => {
          const article = articles[m];
          const source = sources.articles[m];
          const of = source?.of == null ? undefined : articles[source.of];
          if (!article || !source) return null;
          return (
            <li key={m}>
              <ArticleLink article={article} />: {relationText(source, articles)}.{' '}
              {of && (
                <a href={href.compare({ a: of.id, b: article.id })}>
                  Compare with <Untrusted>{outletName(of)}</Untrusted>
                </a>
              )}
            </li>
          );
        })}
      </ul>
      {matrix && (
        <>
          <ExpandToggle open={open} onChange={setOpen}>
            {open ? 'Hide' : 'Show'} the shared text of family {String(number)}
          </ExpandToggle>
          {open && (
            <SharedMatrix
              articles={articles}
              members={family.members}
              shared={sources.shared}
              sources={sources.articles}
              caption={`Share of each row's words carried by each column, in percent: family ${String(number)}`}
            />
          )}
        </>
      )}
    </li>
  );
}

/** An article's title, linked to the reader, and its outlet. */
function ArticleLink({ article }: { article: Article }) {
  return (
    <>
      <a href={href.article(article.id)}>
        <Untrusted>{article.title}</Untrusted>
      </a>{' '}
      <span className="src-outlet">
        (<Untrusted>{outletName(article)}</Untrusted>)
      </span>
    </>
  );
}
