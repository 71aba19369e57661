// One disagreement: what differs, in a heading; each side's outlet, date and passage; and the basis: why the
// passages were compared, and for an update, why it is not a contradiction.
import type { Article, Disagreement } from '../../corpus/types.ts';
import { href } from '../../app/routes.ts';
import { SidePassage } from './SidePassage.tsx';
import { ValueWords } from './ValueWords.tsx';
import { daysApart, KIND_ONE, PAIRING_BASIS, updateReason } from './words.ts';

/** The element id of a disagreement's list item: where `?d=` and the marks' links lead. */
export const disagreementId = (index: number) => `d-${String(index)}`;

interface Props {
  index: number;
  disagreement: Disagreement;
  articles: readonly Article[];
  chosen: boolean;
  /** The virtual list's: measure the item, and know it by its place. */
  itemRef: (element: HTMLLIElement | null) => void;
  place: number;
}

export function DisagreementItem({ index, disagreement: d, articles, chosen, itemRef, place }: Props) {
  const [first, second] = d.sides;
  const firstArticle = first && articles[first.article];
  const secondArticle = second && articles[second.article];
  if (!first || !firstArticle) return null;
  const tag = d.kind === 'weekday' ? 'weekday' : d.update ? 'update' : 'differs';
  const headingId = `${disagreementId(index)}-heading`;
  // "later" only where the dates say which report is the later; an undated update is one figure "against" another.
  const later =
    d.update && firstArticle && secondArticle && (daysApart(firstArticle, secondArticle) ?? 0) > 0;
  return (
    <li
      ref={itemRef}
      data-index={place}
      id={disagreementId(index)}
      className="dis-item card"
      data-chosen={chosen || undefined}
      tabIndex={-1}
      aria-labelledby={headingId}
    >
      <h3 id={headingId}>
        <span className="dis-kind">{KIND_ONE[d.kind]}</span>{' '}
        {second && secondArticle ? (
          <>
            <ValueWords kind={d.kind} side={first} article={firstArticle} />
            {later ? ', later ' : ' against '}
            <ValueWords kind={d.kind} side={second} article={secondArticle} />
          </>
        ) : (
          <>
            The text <ValueWords kind={d.kind} side={first} article={firstArticle} />
          </>
        )}
      </h3>
      <ul className="dis-sides">
        <li>
          <SidePassage article={firstArticle} side={first} tag={tag} />
        </li>
        {second && secondArticle && (
          <li>
            <SidePassage article={secondArticle} side={second} tag={tag} />
          </li>
        )}
      </ul>
      <p className="dis-basis">
        {d.update && <span className="dis-why">{updateReason(d, articles)} </span>}
        {PAIRING_BASIS[d.pairing]}
        {secondArticle && (
          <>
            {' '}
            <a href={href.compare({ a: firstArticle.id, b: secondArticle.id })}>Compare the two articles</a>
          </>
        )}
      </p>
    </li>
  );
}
