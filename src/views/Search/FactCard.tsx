// One fact of the results grouped by fact: how each article words it, the passages that matched first (marked),
// then the other articles telling it, and each copy folded under the wording it copies.
import { useMemo } from 'react';
import type { Query } from '../../app/location.ts';
import { countOf, outletName } from '../../app/format.ts';
import { href } from '../../app/routes.ts';
import { Untrusted } from '../../app/Untrusted.tsx';
import type { Article, ArticleSource, SentenceRef, StoryElement } from '../../corpus/types.ts';
import type { PassageHit } from '../../search/search.ts';
import { ExpandToggle } from '../ExpandToggle.tsx';
import { foldCopies } from './facts.ts';
import { HitLink } from './HitLink.tsx';
import { useMarkedHits } from './useSearchResult.ts';

/** Wordings shown before "Show all": a fact told by a wire story can have hundreds. */
const FIRST_WORDINGS = 4;

const NO_MARKS: PassageHit['ranges'] = [];
const refKey = ({ article, sentence }: SentenceRef) => `${String(article)}:${String(sentence)}`;

interface Props {
  element: StoryElement;
  /** Its passages that matched, in match order. */
  hits: readonly PassageHit[];
  articles: readonly Article[];
  sources: readonly ArticleSource[];
  search: Query;
  /** Which disclosures are open, by key, and the request to open or close one. */
  isOpen: (key: string) => boolean;
  onToggle: (key: string) => void;
}

export function FactCard({ element, hits, articles, sources, search, isOpen, onToggle }: Props) {
  // Every matching passage marked: only cards near the screen render, so this asks for a few at a time.
  const marked = useMarkedHits(search.q ?? '', hits, true);
  const matches = useMemo(() => new Map(marked.map((hit) => [refKey(hit), hit])), [marked]);
  // The matching passages first, as the search ranked them, then the others telling the fact.
  const wordings = useMemo(() => {
    const rest = element.members.filter((member) => !matches.has(refKey(member)));
    const members = [...hits.map(({ article, sentence }) => ({ article, sentence })), ...rest];
    return foldCopies(members, sources);
  }, [element, hits, matches, sources]);
  const copies = wordings.reduce((sum, wording) => sum + wording.copies.length, 0);
  const allKey = `all:${refKey(element.label)}`;
  const all = isOpen(allKey);
  // One more is shown rather than hidden behind a button.
  const folds = wordings.length > FIRST_WORDINGS + 1;
  const shown = all || !folds ? wordings : wordings.slice(0, FIRST_WORDINGS);

  const link = (member: SentenceRef) => {
    const article = articles[member.article];
    if (!article) return null;
    return (
      <HitLink
        article={article}
        hit={{ sentence: member.sentence, ranges: matches.get(refKey(member))?.ranges ?? NO_MARKS }}
        to={href.article(article.id, { p: String(member.sentence), ...search })}
        context={false}
        label={
          <span className="wording-outlet">
            <Untrusted>{outletName(article)}</Untrusted>
          </span>
        }
      />
    );
  };

  return (
    <>
      <div className="result-head">
        <p className="kicker">Fact</p>
        <h3>Told by {countOf(element.articles.length, 'article')}</h3>
        <p className="result-count">{countOf(hits.length, 'matching passage')}</p>
        <p className="fact-wordings-count muted">
          {countOf(wordings.length, 'wording')}
          {copies > 0 && ` and ${countOf(copies, 'copy', 'copies')}`}
        </p>
      </div>
      <ol className="hits fact-wordings">
        {shown.map((wording) => {
          const key = refKey(wording.member);
          const open = isOpen(key);
          return (
            <li key={key}>
              {link(wording.member)}
              {wording.copies.length > 0 && (
                <ExpandToggle
                  className="copies-toggle"
                  open={open}
                  onChange={() => {
                    onToggle(key);
                  }}
                >
                  {open ? 'Hide the copies' : `and ${countOf(wording.copies.length, 'copy', 'copies')}`}
                </ExpandToggle>
              )}
              {open && (
                <ol className="hits wording-copies" aria-label="Copies">
                  {wording.copies.map((copy) => (
                    <li key={refKey(copy)}>{link(copy)}</li>
                  ))}
                </ol>
              )}
            </li>
          );
        })}
      </ol>
      {folds && (
        <button
          type="button"
          className="button small"
          aria-expanded={all}
          onClick={() => {
            onToggle(allKey);
          }}
        >
          {all ? 'Show fewer wordings' : `Show all ${countOf(wordings.length, 'wording')}`}
        </button>
      )}
    </>
  );
}
