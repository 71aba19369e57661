// One article's matching passages: outlet, title and count, the first few passages, and a button for the rest.
import type { Query } from '../../app/location.ts';
import { countOf, outletName } from '../../app/format.ts';
import { href } from '../../app/routes.ts';
import { Untrusted } from '../../app/Untrusted.tsx';
import { FIRST_MARKED } from '../../search/protocol.ts';
import type { ArticleHits } from '../../search/search.ts';
import { HitLink } from './HitLink.tsx';
import { useMarkedHits } from './useSearchResult.ts';

/** Passages shown per article before "Show all": those the worker's answer marks. */
const FIRST_HITS = FIRST_MARKED;

interface Props {
  group: ArticleHits;
  search: Query;
  /** Whether every passage shows, and the button's request to change that. */
  expanded: boolean;
  onToggle: () => void;
}

export function ResultGroup({ group, search, expanded, onToggle }: Props) {
  const { article } = group;
  const hits = useMarkedHits(search.q ?? '', group.hits, expanded);
  const shown = expanded ? hits : hits.slice(0, FIRST_HITS);
  return (
    <>
      <div className="result-head">
        <p className="kicker">
          <Untrusted>{outletName(article)}</Untrusted>
        </p>
        <h3>
          <a href={href.article(article.id)}>
            <Untrusted>{article.title}</Untrusted>
          </a>
        </h3>
        <p className="result-count">{countOf(hits.length, 'passage')}</p>
      </div>
      <ol className="hits">
        {shown.map((hit) => (
          <li key={hit.sentence}>
            <HitLink
              article={article}
              hit={hit}
              to={href.article(article.id, { p: String(hit.sentence), ...search })}
            />
          </li>
        ))}
      </ol>
      {hits.length > FIRST_HITS && (
        <button type="button" className="button small" aria-expanded={expanded} onClick={onToggle}>
          {expanded ? 'Show fewer passages' : `Show all ${countOf(hits.length, 'passage')}`}
        </button>
      )}
    </>
  );
}
