// The reader's header: title and deks, then the facts — outlet (linked to the source), date and its basis, size, file.
import { Fragment } from 'react';
import type { Article } from '../../corpus/types.ts';
import { PublishedDate } from '../../app/PublishedDate.tsx';
import { countOf, derivedTitleNote, safeHref } from '../../app/format.ts';
import { OutletName } from '../../app/OutletName.tsx';
import { Untrusted } from '../../app/Untrusted.tsx';
import type { ArticleLayout } from './layout.ts';
import { PassageAction, Pieces, type PassageFocus } from './Pieces.tsx';
import { CorrectDetails } from './CorrectDetails.tsx';

interface Props {
  article: Article;
  layout: ArticleLayout;
  passage: PassageFocus | null;
}

export function ArticleHeader({ article, layout, passage }: Props) {
  const note = layout.title === null ? derivedTitleNote(article.titleSource) : null;
  return (
    <header className="article-header">
      <p className="kicker">
        <Outlet article={article} />
      </p>
      <h1 tabIndex={-1}>
        {layout.title ? (
          <Pieces pieces={layout.title.pieces} passage={passage} />
        ) : (
          <Untrusted>{article.title}</Untrusted>
        )}
      </h1>
      {layout.title && <PassageAction pieces={layout.title.pieces} passage={passage} />}
      {note !== null && <p className="note">{note}</p>}
      {layout.title !== null && article.titleSource === 'corrected' && (
        <p className="note">
          Listed as “<Untrusted>{article.title}</Untrusted>”, as you corrected it
        </p>
      )}
      {layout.deks.map((dek) => (
        <Fragment key={dek.paragraph}>
          <p className="dek">
            <Pieces pieces={dek.pieces} passage={passage} />
          </p>
          <PassageAction pieces={dek.pieces} passage={passage} />
        </Fragment>
      ))}
      <dl className="facts">
        <div>
          <dt>Published</dt>
          <dd>
            <PublishedDate article={article} />
          </dd>
        </div>
        <div>
          <dt>Length</dt>
          <dd>
            {countOf(article.wordCount, 'word')}, {countOf(article.sentences.length, 'sentence')}
          </dd>
        </div>
        <div>
          <dt>File</dt>
          <dd>
            <code>
              <Untrusted>{article.file}</Untrusted>
            </code>
          </dd>
        </div>
        {article.metadata.length > 0 && (
          <div>
            <dt>Metadata</dt>
            <dd className="metadata">
              {article.metadata.map((field, i) => (
                <span key={i}>
                  <span className="key">
                    <Untrusted>{field.key}</Untrusted>
                  </span>{' '}
                  <Untrusted>{field.value}</Untrusted>
                </span>
              ))}
            </dd>
          </div>
        )}
      </dl>
      <CorrectDetails article={article} />
    </header>
  );
}

function Outlet({ article }: { article: Article }) {
  const url = safeHref(article.url);
  if (url === null)
    return (
      <span>
        <OutletName article={article} />
      </span>
    );
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      <OutletName article={article} />
      <span className="visually-hidden"> (original article, opens in a new tab)</span>
      <span aria-hidden="true"> ↗</span>
    </a>
  );
}
