// Import: a folder or .txt files chosen, dropped (here or on any view) or pasted, then analysed in a worker with a
// progress bar and Cancel. Problems are listed in the CLI's words; the files stay staged, so a reader can leave out
// the ones with errors and import the rest, and nothing is lost.
import { useEffect, useId, useState, type ChangeEvent, type DragEvent } from 'react';
import { countOf } from '../../app/format.ts';
import { Untrusted } from '../../app/Untrusted.tsx';
import type { GivenFile } from '../../import/read-files.ts';
import { withinFolder } from '../../import/read-files.ts';
import { takeDrop } from '../../app/drop-entries.ts';
import { readDropped, takeKeptDrop, type Dropped } from '../../app/dropped.ts';
import { ImportProgress } from './ImportProgress.tsx';
import { useImport } from './useImport.ts';

/** How many staged files the list names before it counts the rest. */
const LISTED = 6;

const NOTHING: Dropped = { folder: '', files: [] };

/** Files from an input: a folder input gives each file's path inside the folder chosen. */
function chosen(list: FileList): Dropped {
  const files = [...list];
  const { folder, paths } = withinFolder(
    files.map((file) => ({ name: file.name, relativePath: file.webkitRelativePath })),
  );
  return { folder, files: files.map((file, i) => ({ path: paths[i] ?? file.name, file })) };
}

const defaultName = (folder: string) =>
  folder ||
  `Imported ${new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' })}`;

export function ImportPanel({ onOpenedInPage }: { onOpenedInPage: () => void }) {
  const [staged, setStaged] = useState<Dropped>(NOTHING);
  const [name, setName] = useState('');
  const [pasted, setPasted] = useState('');
  const [pastedName, setPastedName] = useState('');
  const [dragging, setDragging] = useState(false);
  const { state, start, cancel } = useImport(onOpenedInPage);
  const ids = { name: useId(), paste: useId(), pasteName: useId() };

  const run = (files: GivenFile[], folder: string) => {
    start({ files, folder, name: name.trim() || defaultName(folder) });
  };

  // A drop on another view brought the reader here: import it at once.
  useEffect(() => {
    let live = true;
    void takeKeptDrop()?.then((dropped) => {
      if (!live) return;
      setStaged(dropped);
      start({ ...dropped, name: defaultName(dropped.folder) });
    });
    return () => {
      live = false;
    };
  }, [start]);

  const stage = (more: Dropped) => {
    setStaged((had) =>
      had.files.length === 0 ? more : { folder: '', files: [...had.files, ...more.files] },
    );
  };
  const fromInput = (event: ChangeEvent<HTMLInputElement>) => {
    if (event.target.files) stage(chosen(event.target.files));
    event.target.value = '';
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    event.stopPropagation();
    setDragging(false);
    void readDropped(takeDrop(event.dataTransfer)).then(stage);
  };
  const addPasted = () => {
    const base = pastedName.trim().replace(/\.txt$/i, '') || `pasted-${String(staged.files.length + 1)}`;
    stage({ folder: '', files: [{ path: `${base}.txt`, file: new Blob([pasted], { type: 'text/plain' }) }] });
    setPasted('');
    setPastedName('');
  };
  const running = state.phase === 'running';
  const { files } = staged;
  // The files an error names left out: what "import the rest" imports.
  const goodFiles = state.phase === 'failed' ? files.filter((f) => !state.badFiles.includes(f.path)) : files;

  return (
    <section className="import" aria-labelledby="import-heading">
      <h2 id="import-heading">Import articles</h2>
      <p>
        A folder of articles, one per <code>.txt</code> file, with its <code>sources.json</code> and{' '}
        <code>events.json</code> if it has them. They are analysed here, in this browser, and kept in it:
        nothing is sent anywhere.
      </p>
      <div
        className={dragging ? 'drop-zone dragging' : 'drop-zone'}
        onDragOver={(event) => {
          event.preventDefault();
          event.stopPropagation();
          setDragging(true);
        }}
        onDragLeave={() => {
          setDragging(false);
        }}
        onDrop={onDrop}
      >
        <p>Drop a folder or .txt files here, or</p>
        <label className="button small">
          Choose a folder
          <input
            type="file"
            className="visually-hidden"
            onChange={fromInput}
            disabled={running}
            {...{ webkitdirectory: '' }}
          />
        </label>{' '}
        <label className="button small">
          Choose files
          <input
            type="file"
            multiple
            accept=".txt,.json,text/plain,application/json"
            className="visually-hidden"
            onChange={fromInput}
            disabled={running}
          />
        </label>
      </div>
      <details className="paste">
        <summary>Paste an article</summary>
        <label htmlFor={ids.paste}>Article text</label>
        <textarea
          id={ids.paste}
          rows={8}
          value={pasted}
          onChange={(event) => {
            setPasted(event.target.value);
          }}
        />
        <label htmlFor={ids.pasteName}>File name (optional)</label>
        <input
          id={ids.pasteName}
          value={pastedName}
          onChange={(event) => {
            setPastedName(event.target.value);
          }}
          placeholder="e.g. 03_reuters"
        />
        <button type="button" className="button small" disabled={pasted.trim() === ''} onClick={addPasted}>
          Add the pasted article
        </button>
      </details>
      {files.length > 0 && (
        <div className="staged">
          <p>
            <strong>{countOf(files.length, 'file')} ready</strong>
            {staged.folder && (
              <>
                {' '}
                from <Untrusted>{staged.folder}</Untrusted>
              </>
            )}
            :{' '}
            {files
              .map((f) => f.path)
              .sort()
              .slice(0, LISTED)
              .join(', ')}
            {files.length > LISTED && ` and ${String(files.length - LISTED)} more`}{' '}
            <button
              type="button"
              className="link-button"
              disabled={running}
              onClick={() => {
                setStaged(NOTHING);
              }}
            >
              Clear
            </button>
          </p>
          <label htmlFor={ids.name}>Corpus name</label>{' '}
          <input
            id={ids.name}
            value={name}
            placeholder={defaultName(staged.folder)}
            onChange={(event) => {
              setName(event.target.value);
            }}
          />{' '}
          <button
            type="button"
            className="button"
            disabled={running}
            onClick={() => {
              run(files, staged.folder);
            }}
          >
            Import {countOf(files.length, 'file')}
          </button>
        </div>
      )}
      {state.phase === 'running' && <ImportProgress progress={state.progress} onCancel={cancel} />}
      {state.phase === 'cancelled' && (
        <p role="status">Import cancelled. The files are still here: import them again, or clear them.</p>
      )}
      {state.phase === 'failed' && (
        <ImportProblems
          errors={state.errors}
          warnings={state.warnings}
          badFiles={state.badFiles}
          onImportRest={() => {
            setStaged({ ...staged, files: goodFiles });
            run(goodFiles, staged.folder);
          }}
          restCount={goodFiles.length}
        />
      )}
    </section>
  );
}

function ImportProblems(props: {
  errors: string[];
  warnings: string[];
  badFiles: string[];
  restCount: number;
  onImportRest: () => void;
}) {
  return (
    <div className="import-problems" role="alert">
      <h3>
        The import stopped: {countOf(props.errors.length, 'error')} to fix, and{' '}
        {countOf(props.warnings.length, 'warning')}
      </h3>
      <ul className="problems">
        {props.errors.map((error, i) => (
          <li key={i}>
            <Untrusted>{error}</Untrusted>
          </li>
        ))}
      </ul>
      {props.badFiles.length > 0 && props.restCount > 0 && (
        <p>
          Fix {props.badFiles.length === 1 ? 'that file' : 'those files'} and choose them again, or{' '}
          <button type="button" className="button small" onClick={props.onImportRest}>
            Leave out {countOf(props.badFiles.length, 'file')} with errors and import the other{' '}
            {props.restCount.toLocaleString('en-US')}
          </button>
        </p>
      )}
      {props.warnings.length > 0 && (
        <details open>
          <summary>{countOf(props.warnings.length, 'warning')}</summary>
          <ul className="problems">
            {props.warnings.map((warning, i) => (
              <li key={i}>
                <Untrusted>{warning}</Untrusted>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
