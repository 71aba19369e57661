// "Correct the details": a reader fixes an article's title, outlet or date where the corpus got it wrong (a title
// taken from the URL, say). Kept in this browser (src/app/corrections.ts), shown everywhere the page shows them, and
// in the sources.json it downloads. The article's own text is never changed.
import { useId, useState } from 'react';
import { reopenSource, useSource } from '../../app/corpus-parts.ts';
import { correctionOf, markBundledCorrected, type Correction } from '../../app/corrections.ts';
import type { Article } from '../../corpus/types.ts';

type Shown = Pick<
  Article,
  'file' | 'title' | 'titleSource' | 'outlet' | 'outletSource' | 'published' | 'publishedSource'
>;

const isCorrected = (article: Shown) =>
  [article.titleSource, article.outletSource, article.publishedSource].includes('corrected');

/** Keeps the correction (null: none) and reads the corpus afresh with it. */
async function save(sourceId: string | null, file: string, correction: Correction | null): Promise<void> {
  const store = await import('../../import/store.ts');
  const id = sourceId ?? '';
  await store.putCorrection(id, file, correction);
  if (sourceId === null) markBundledCorrected((await store.getCorrections(id)).size > 0);
  reopenSource();
}

export function CorrectDetails({ article }: { article: Shown }) {
  const source = useSource();
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState({ title: '', outlet: '', published: '' });
  const [failed, setFailed] = useState<string | null>(null);
  const ids = { title: useId(), outlet: useId(), published: useId() };
  const start = () => {
    setForm({ title: article.title, outlet: article.outlet ?? '', published: article.published ?? '' });
    setFailed(null);
    setOpen(true);
  };
  const keep = (correction: Correction | null) => {
    save(source.id, article.file, correction).then(
      () => {
        setOpen(false);
      },
      (error: unknown) => {
        setFailed(error instanceof Error ? error.message : String(error));
      },
    );
  };
  if (!open)
    return (
      <p className="correct-details">
        <button type="button" className="link-button" onClick={start}>
          Correct the title, outlet or date
        </button>
        {isCorrected(article) && (
          <>
            {' · '}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                keep(null);
              }}
            >
              Undo my corrections
            </button>
          </>
        )}
      </p>
    );
  const field = (name: keyof typeof form, value: string) => {
    setForm((had) => ({ ...had, [name]: value }));
  };
  return (
    <form
      className="correct-details"
      aria-label="Correct the details"
      onSubmit={(event) => {
        event.preventDefault();
        keep(correctionOf(article, form));
      }}
    >
      <label htmlFor={ids.title}>Title</label>
      <input
        id={ids.title}
        value={form.title}
        onChange={(event) => {
          field('title', event.target.value);
        }}
      />
      <label htmlFor={ids.outlet}>Outlet</label>
      <input
        id={ids.outlet}
        value={form.outlet}
        onChange={(event) => {
          field('outlet', event.target.value);
        }}
      />
      <label htmlFor={ids.published}>Published</label>
      <input
        id={ids.published}
        type="date"
        value={form.published}
        onChange={(event) => {
          field('published', event.target.value);
        }}
      />
      <p>
        <button type="submit" className="button small">
          Save
        </button>{' '}
        <button
          type="button"
          className="button small"
          onClick={() => {
            setOpen(false);
          }}
        >
          Cancel
        </button>
      </p>
      <p className="note">
        Kept in this browser, and in the sources.json you download from the articles table.
      </p>
      {failed !== null && <p role="alert">This browser would not keep the correction ({failed}).</p>}
    </form>
  );
}
