// The build's warnings about the corpus folder, folded away unless the reader asks.
import type { CorpusWarning } from '../../corpus/types.ts';
import { countOf } from '../../app/format.ts';

export function CorpusWarnings({ warnings }: { warnings: readonly CorpusWarning[] }) {
  if (warnings.length === 0) return null;
  return (
    <details className="warnings">
      <summary>{countOf(warnings.length, 'warning')} about the corpus folder</summary>
      <ul>
        {warnings.map((warning, i) => (
          <li key={i}>
            <code>
              {warning.file}
              {warning.line === undefined ? '' : `:${String(warning.line)}`}
            </code>{' '}
            {warning.message}
          </li>
        ))}
      </ul>
    </details>
  );
}
