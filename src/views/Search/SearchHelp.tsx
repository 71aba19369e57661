// How to search, under the box: typos, phrases, and Fuse's extended syntax for those who want it.
import { SEARCH_HELP_ID } from './SearchBox.tsx';

const SYNTAX: readonly [string, string][] = [
  ["'exact", 'holds exactly this, no typos allowed'],
  ['=whole', 'is exactly this whole passage'],
  ['!not', 'does not hold this'],
  ['^prefix', 'starts with this'],
  ['suffix$', 'ends with this'],
  ['a | b', 'holds either'],
];

export function SearchHelp() {
  return (
    <div className="search-help">
      <p id={SEARCH_HELP_ID}>
        A typo is forgiven in a word of five letters or more. Put a phrase in quotes, <q>like this</q>, to
        find its words together.
      </p>
      <details>
        <summary>Search syntax</summary>
        <p>Fuse’s extended syntax, for power users. A passage matches when it…</p>
        <dl>
          {SYNTAX.map(([example, meaning]) => (
            <div key={example}>
              <dt>
                <code>{example}</code>
              </dt>
              <dd>{meaning}</dd>
            </div>
          ))}
        </dl>
        <p>
          Press <kbd>/</kbd> to search from any page, <kbd>↓</kbd> and <kbd>↑</kbd> to move through the
          results, <kbd>Enter</kbd> to open one and <kbd>Esc</kbd> to clear the box.
        </p>
      </details>
    </div>
  );
}
