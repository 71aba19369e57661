// Two articles side by side: what links them in one line, what changed word by word (DiffBar.tsx), both columns, and
// the link being looked at; on a narrow screen, each passage of the first followed by its partner instead, in one
// scroll (PairList.tsx).
import type { CorpusOf } from '../../app/corpus-parts.ts';
import { useMemo, useRef, useState } from 'react';
import type { Article } from '../../corpus/types.ts';
import { shorten } from '../../corpus/client.ts';
import { countOf, formatNumber, outletName } from '../../app/format.ts';
import { Untrusted } from '../../app/Untrusted.tsx';
import { compareLinks, type Link, type SharedQuote, type Side } from './links.ts';
import { similarity } from './runs.ts';
import { revealInColumn } from './reveal.ts';
import { CompareColumn } from './CompareColumn.tsx';
import { PairList } from './PairList.tsx';
import { useNarrow } from './useNarrow.ts';
import { passageId, type ColumnContext } from './ComparePieces.tsx';
import { differences, stepDifference } from './differences.ts';
import { DiffBar } from './DiffBar.tsx';
import { useStepKeys } from './useStepKeys.ts';
import { valueMarks } from '../Disagreements/model.ts';

interface Look {
  side: Side;
  sentence: number;
}

const other = (side: Side): Side => (side === 'a' ? 'b' : 'a');
const NO_DIFFS: ReadonlyMap<number, readonly SharedQuote[]> = new Map();
const NONE_HIDDEN: ReadonlySet<number> = new Set();

interface Props {
  corpus: CorpusOf<'articles' | 'alignments' | 'disagreements'>;
  a: number;
  b: number;
  /** Whether the passages that read the same in both are hidden, and how to change that. */
  hide: boolean;
  onHide: (on: boolean) => void;
}

export function Comparison({ corpus, a, b, hide, onHide }: Props) {
  const links = useMemo(() => compareLinks(corpus, a, b), [corpus, a, b]);
  // Every aligned pair's word diff, once per comparison: all are on screen at once, and the counts need them all.
  const found = useMemo(() => {
    const [first, second] = [corpus.articles[a], corpus.articles[b]];
    return first && second ? differences({ a: first, b: second }, links) : null;
  }, [corpus, a, b, links]);
  // The values the two give differently, boxed in both columns, and each one's weekdays that miss their date.
  const values = useMemo(
    () => ({
      a: valueMarks(corpus.disagreements, corpus.articles, a, b),
      b: valueMarks(corpus.disagreements, corpus.articles, b, a),
    }),
    [corpus, a, b],
  );
  const hidden = useMemo(() => (hide && found ? new Set(found.identical) : NONE_HIDDEN), [hide, found]);
  const diffs = useMemo(() => {
    const bySentence = new Map<number, SharedQuote[]>();
    for (const shared of links.sharedQuotes) {
      bySentence.set(shared.sentenceB, [...(bySentence.get(shared.sentenceB) ?? []), shared]);
    }
    return bySentence;
  }, [links]);
  const [focused, setFocused] = useState<Look | null>(null);
  const [hovered, setHovered] = useState<Look | null>(null);
  const narrow = useNarrow();
  // The differing passage last gone to, where the keys step on from when no passage has the focus.
  const lastStep = useRef<number | null>(null);
  const focusedBadge = focused && (links[focused.side].badge.get(focused.sentence) ?? null);
  /** Focuses the next (or previous) differing passage where its marks begin, and brings it into view. */
  const go = (step: 1 | -1) => {
    const badge = found && stepDifference(found.differing, focusedBadge ?? lastStep.current, step);
    const land = badge === null ? undefined : found?.landing.get(badge);
    const element = land ? document.getElementById(passageId(land.side, land.sentence)) : null;
    if (!element) return;
    lastStep.current = badge;
    element.focus({ preventScroll: true });
    // On a phone, the whole pair, so the partner is in view too.
    revealInColumn(element.closest<HTMLElement>('[data-pair]') ?? element, { page: true });
  };
  useStepKeys(go);
  const first = corpus.articles[a];
  const second = corpus.articles[b];
  if (!first || !second || !found) return null;

  const outlets = { a: outletName(first), b: outletName(second) };
  const look = hovered ?? focused;
  const linksOf = (at: Look) => links[at.side].links.get(at.sentence) ?? [];
  const partnersOf = (at: Look) => linksOf(at).map((link) => link[other(at.side)]);
  const partnerElement = (at: Look) => {
    const partner = partnersOf(at)[0];
    return partner === undefined ? null : document.getElementById(passageId(other(at.side), partner));
  };

  const context = (side: Side): ColumnContext => ({
    side,
    links: links[side],
    outlet: outlets[side],
    otherOutlet: outlets[other(side)],
    active: look?.side === side ? look.sentence : null,
    partners: new Set(look && look.side !== side ? partnersOf(look) : []),
    diffs: side === 'b' ? diffs : NO_DIFFS,
    marks: found.marks[side],
    values: values[side],
    hidden,
    onLook: (sentence, how) => {
      const next = sentence === null ? null : { side, sentence };
      if (how === 'focus') setFocused(next);
      else setHovered(next);
      const partner = next && partnerElement(next);
      if (partner) revealInColumn(partner);
    },
    onJump: (sentence) => {
      const partner = partnerElement({ side, sentence });
      partner?.focus({ preventScroll: true });
      if (partner) revealInColumn(partner, { page: true });
    },
  });

  return (
    <>
      <p className="summary compare-summary">
        <span>{countOf(links.aligned, 'aligned passage')}</span>
        <span>{countOf(links.sharedGroups, 'shared quote')}</span>
        <span>
          {formatNumber(links.a.only.length)} only in <Untrusted>{outlets.a}</Untrusted>
        </span>
        <span>
          {formatNumber(links.b.only.length)} only in <Untrusted>{outlets.b}</Untrusted>
        </span>
      </p>
      <DiffBar
        outlets={outlets}
        found={found}
        aligned={links.aligned}
        hide={hide}
        onHide={onHide}
        at={focusedBadge}
        onStep={go}
      />
      {narrow ? (
        <PairList articles={{ a: first, b: second }} ctx={{ a: context('a'), b: context('b') }} />
      ) : (
        <div className="compare-columns">
          <p className="link-status" role="status">
            {look === null ? (
              'Numbered passages say the same thing in both articles: focus or hover one to light up its partner, and press Enter or click to go to it.'
            ) : (
              <LinkStatus
                look={look}
                outlets={outlets}
                links={linksOf(look)}
                badge={links[look.side].badge.get(look.sentence)}
                partner={partnerText(look.side === 'a' ? second : first, partnersOf(look)[0])}
              />
            )}
          </p>
          <CompareColumn article={first} ctx={context('a')} />
          <CompareColumn article={second} ctx={context('b')} />
        </div>
      )}
    </>
  );
}

interface StatusProps {
  look: Look;
  outlets: Record<Side, string>;
  links: readonly Link[];
  badge: number | undefined;
  /** The (first) partner's words, so a reader sees them even when the other column is off screen. */
  partner: string | null;
}

/** A sentence's text, white space squashed, cut to a glance. */
function partnerText(article: Article, sentence: number | undefined): string | null {
  const range = sentence === undefined ? undefined : article.sentences[sentence];
  if (!range) return null;
  return shorten(article.text.slice(range.start, range.end), 200);
}

function LinkStatus({ look, outlets, links, badge, partner }: StatusProps) {
  const scores = links.flatMap((link) => (link.score === null ? [] : [link.score]));
  const quoted = links.some((link) => link.quoteGroups.length > 0);
  const details = [
    links.length > 1 ? `${String(links.length)} partners` : null,
    scores.length > 0 ? similarity(Math.max(...scores)) : null,
    quoted ? 'shared quote' : null,
  ].filter(Boolean);
  return (
    <>
      <strong>
        Passage {String(badge)}: <Untrusted>{outlets[look.side]}</Untrusted> ⇄{' '}
        <Untrusted>{outlets[other(look.side)]}</Untrusted>
        {details.map((detail) => ` · ${detail ?? ''}`).join('')}
      </strong>
      {partner !== null && (
        <span className="link-partner">
          <Untrusted>{outlets[other(look.side)]}</Untrusted>: “<Untrusted>{partner}</Untrusted>”
        </span>
      )}
    </>
  );
}
