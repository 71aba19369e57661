// The corpora this browser holds, beside the one bundled with the page: open one (its own URL), rename or delete it.
import { useCallback, useEffect, useId, useState } from 'react';
import { BUNDLED_NAME, corpusUrl } from '../../app/corpus-source.ts';
import { countOf, formatDate } from '../../app/format.ts';
import { Untrusted } from '../../app/Untrusted.tsx';
import { deleteCorpus, listCorpora, renameCorpus, type StoredCorpus } from '../../import/store.ts';

type Listed = { corpora: StoredCorpus[]; refused: null } | { corpora: []; refused: string } | null;

export function CorpusList({ openId, openName }: { openId: string | null; openName: string | null }) {
  const [listed, setListed] = useState<Listed>(null);
  const reload = useCallback(() => {
    listCorpora().then(
      (corpora) => {
        setListed({ corpora, refused: null });
      },
      (error: unknown) => {
        setListed({ corpora: [], refused: error instanceof Error ? error.message : String(error) });
      },
    );
  }, []);
  useEffect(reload, [reload]);

  return (
    <section aria-labelledby="corpora-heading">
      <h2 id="corpora-heading">Open a corpus</h2>
      {listed?.refused != null && (
        <p className="notice" role="status">
          This browser refuses to store corpora ({listed.refused}): an import is kept in this page only, until
          it closes.
        </p>
      )}
      <table className="corpora">
        <thead>
          <tr>
            <th scope="col">Corpus</th>
            <th scope="col">Articles</th>
            <th scope="col">Added</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          <tr aria-current={openId === null ? 'true' : undefined}>
            <th scope="row">
              <a href={corpusUrl(null)}>{BUNDLED_NAME}</a>
              {openId === null && <span className="open-now"> (open)</span>}
            </th>
            <td>—</td>
            <td>with this page</td>
            <td />
          </tr>
          {listed?.corpora.map((corpus) => (
            <CorpusRow key={corpus.id} corpus={corpus} open={corpus.id === openId} onChange={reload} />
          ))}
          {openId !== null && listed !== null && !listed.corpora.some((c) => c.id === openId) && (
            <tr aria-current="true">
              <th scope="row">
                <Untrusted>{openName ?? openId}</Untrusted>
                <span className="open-now"> (open, in this page only)</span>
              </th>
              <td>—</td>
              <td>not stored</td>
              <td />
            </tr>
          )}
        </tbody>
      </table>
      {listed !== null && listed.corpora.length === 0 && listed.refused === null && (
        <p>No corpus imported yet: import a folder below.</p>
      )}
    </section>
  );
}

function CorpusRow({
  corpus,
  open,
  onChange,
}: {
  corpus: StoredCorpus;
  open: boolean;
  onChange: () => void;
}) {
  const [editing, setEditing] = useState<'rename' | 'delete' | null>(null);
  const [name, setName] = useState(corpus.name);
  const inputId = useId();
  const rename = () => {
    const next = name.trim();
    if (next === '') return;
    void renameCorpus(corpus.id, next).then(() => {
      setEditing(null);
      onChange();
    });
  };
  const remove = () => {
    void deleteCorpus(corpus.id).then(() => {
      // The corpus shown is gone: back to the bundled one.
      if (open) window.location.assign(corpusUrl(null, '#/corpora'));
      else onChange();
    });
  };
  return (
    <tr aria-current={open ? 'true' : undefined}>
      <th scope="row">
        {editing === 'rename' ? (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              rename();
            }}
          >
            <label htmlFor={inputId} className="visually-hidden">
              New name for {corpus.name}
            </label>
            <input
              id={inputId}
              value={name}
              onChange={(event) => {
                setName(event.target.value);
              }}
            />{' '}
            <button type="submit" className="button small">
              Save
            </button>
          </form>
        ) : (
          <>
            <a href={corpusUrl(corpus.id)}>
              <Untrusted>{corpus.name}</Untrusted>
            </a>
            {open && <span className="open-now"> (open)</span>}
          </>
        )}
      </th>
      <td>{countOf(corpus.articleCount, 'article')}</td>
      <td>{formatDate(corpus.added.slice(0, 10))}</td>
      <td className="actions">
        {editing === 'delete' ? (
          <>
            <span>Delete it from this browser?</span>{' '}
            <button type="button" className="button small" onClick={remove}>
              Delete
            </button>{' '}
            <button
              type="button"
              className="button small"
              onClick={() => {
                setEditing(null);
              }}
            >
              Keep
            </button>
          </>
        ) : (
          <>
            <button
              type="button"
              className="button small"
              aria-label={`Rename ${corpus.name}`}
              onClick={() => {
                setEditing(editing === 'rename' ? null : 'rename');
              }}
            >
              {editing === 'rename' ? 'Cancel' : 'Rename'}
            </button>{' '}
            <button
              type="button"
              className="button small"
              aria-label={`Delete ${corpus.name}`}
              onClick={() => {
                setEditing('delete');
              }}
            >
              Delete
            </button>
          </>
        )}
      </td>
    </tr>
  );
}
