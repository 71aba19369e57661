// "Copy citation": a passage's citation (src/app/citation.ts) written to the clipboard, said when done; where the
// clipboard is refused or missing, the citation shown selected in a box to copy by hand, so that nothing is lost.
import { useState } from 'react';
import type { Article } from '../corpus/types.ts';
import { citation, passageLink, type CitedArticle } from '../app/citation.ts';
import './copy-citation.css';

interface Props {
  /** The passage's words as the page shows them. */
  text: string;
  article: CitedArticle & Pick<Article, 'id'>;
  sentence: number;
  /** The button's accessible name, which tells it apart where several are on screen: "Copy citation of …". */
  label: string;
}

type Outcome = { kind: 'none' } | { kind: 'copied' } | { kind: 'refused'; text: string };

/** Focuses the box and selects its text, once, as it mounts (a function of its own, so React calls it once). */
function selectAll(box: HTMLTextAreaElement | null) {
  box?.focus();
  box?.select();
}

export function CopyCitation({ text, article, sentence, label }: Props) {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const copy = () => {
    // The link is the page's address when pressed: its query names the corpus being viewed.
    const cited = citation({ text, article, link: passageLink(article.id, sentence, window.location.href) });
    // Inside a promise, so that a clipboard missing altogether (an insecure origin) fails the same way as a refusal.
    Promise.resolve()
      .then(() => navigator.clipboard.writeText(cited))
      .then(
        () => {
          setOutcome({ kind: 'copied' });
        },
        () => {
          setOutcome({ kind: 'refused', text: cited });
        },
      );
  };
  return (
    <span className="copy-citation">
      <button type="button" className="link-button" aria-label={label} onClick={copy}>
        Copy citation
      </button>{' '}
      <span className="copy-citation-said" aria-live="polite">
        {outcome.kind === 'copied' && 'Citation copied'}
        {outcome.kind === 'refused' && 'The clipboard is not available here'}
      </span>
      {outcome.kind === 'refused' && (
        <label className="copy-citation-box">
          Copy it from here
          <textarea readOnly value={outcome.text} rows={outcome.text.split('\n').length} ref={selectAll} />
        </label>
      )}
    </span>
  );
}
