// Dated mentions that name no event, grouped by the days they resolve to: each with how it is known and a link to
// its passage in the reader.
import type { Article } from '../../corpus/types.ts';
import { countOf } from '../../app/format.ts';
import { DateTime } from './DateTime.tsx';
import { mentionBasis, precisionWords } from './describe.ts';
import type { MentionGroup } from './model.ts';
import { Passage } from './Passage.tsx';

interface Props {
  groups: readonly MentionGroup[];
  articles: readonly Article[];
  labels: readonly string[];
}

/** The element id of a group's list item. */
export const groupItemId = (key: string) => `tl-group-${key.replace(/[^0-9a-z-]/gi, '-')}`;

export function MentionGroups({ groups, articles, labels }: Props) {
  return (
    <ol className="tl-groups">
      {groups.map((group) => (
        <li key={group.key} id={groupItemId(group.key)} className="tl-group" tabIndex={-1}>
          <h3>
            {group.span === null ? 'Unresolved' : <DateTime span={group.span} />}
            <span className="tl-group-count">
              <span className="visually-hidden"> · </span>
              {countOf(group.mentions.length, 'mention')}
              {group.span !== null && `, ${precisionWords(group.precision, group.approximate)}`}
            </span>
          </h3>
          <ul className="tl-group-mentions">
            {group.mentions.map((ref) => {
              const article = articles[ref.article];
              const mention = article?.dates[ref.date];
              if (!article || !mention) return null;
              const label = labels[ref.article] ?? article.id;
              return (
                <li key={`${String(ref.article)}-${String(ref.date)}`}>
                  <p className="tl-basis">{mentionBasis(article, mention, label)}</p>
                  <Passage article={article} sentence={mention.sentence} date={mention} label={label} />
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ol>
  );
}
