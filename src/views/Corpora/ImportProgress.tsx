// The import's progress: its stage, the articles (or files) it has done of how many, and Cancel.
import { countOf } from '../../app/format.ts';
import type { ImportMessage } from '../../import/protocol.ts';

/** Brings the bar into view as it appears: the files' list above may have pushed it below the fold. */
function inView(bar: HTMLDivElement | null) {
  bar?.scrollIntoView({ block: 'nearest' });
}

export function ImportProgress({
  progress,
  onCancel,
}: {
  progress: Extract<ImportMessage, { kind: 'progress' }> | null;
  onCancel: () => void;
}) {
  const stage = progress?.stage ?? 'Starting';
  const counting = progress !== null && progress.done > 0;
  const part = counting ? progress.done / Math.max(progress.of, 1) : 0;
  const value = progress === null ? 0 : (progress.step + part) / progress.steps;
  const what = stage === 'Reading files' ? 'file' : 'article';
  return (
    <div className="import-progress" ref={inView}>
      <progress max={1} value={value} aria-label="Import progress" />
      <p role="status" aria-live="polite">
        {stage}
        {progress !== null &&
          (counting
            ? `: ${progress.done.toLocaleString('en-US')} of ${countOf(progress.of, what)}`
            : ` · ${countOf(progress.of, what)}`)}
        …
      </p>
      <button type="button" className="button small" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
