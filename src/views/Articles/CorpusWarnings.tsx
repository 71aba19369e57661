// The build's warnings about the corpus folder, folded away unless the reader asks.
import type { CorpusWarning } from '../../corpus/types.ts';
import { countOf } from '../../app/format.ts';
import { Untrusted } from '../../app/Untrusted.tsx';

export function CorpusWarnings({ warnings }: { warnings: readonly CorpusWarning[] }) {
  if (warnings.length === 0) return null;
  return (
    <details className="warnings">
      <summary>{countOf(warnings.length, 'warning')} about the corpus folder</summary>
      <ul>
        {warnings.map((warning, i) => (
          <li key={i}>
            <code>
              <Untrusted>{warning.file}</Untrusted>
              {warning.line === undefined ? '' : `:${String(warning.line)}`}
            </code>{' '}
            <Untrusted>{warning.message}</Untrusted>
          </li>
        ))}
      </ul>
    </details>
  );
}
