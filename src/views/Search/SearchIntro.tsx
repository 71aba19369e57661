// The search before a query: how words match, and a few names from this corpus to start with.
import type { Query } from '../../app/location.ts';
import type { Article } from '../../corpus/types.ts';
import { href } from '../../app/routes.ts';
import { Untrusted } from '../../app/Untrusted.tsx';
import { exampleQueries } from './examples.ts';

// Worked out once per corpus, not each time the box is cleared.
const examplesOf = new WeakMap<readonly Article[], string[]>();

function examplesFor(articles: readonly Article[]): string[] {
  let examples = examplesOf.get(articles);
  if (examples === undefined) {
    examples = exampleQueries(articles);
    examplesOf.set(articles, examples);
  }
  return examples;
}

export function SearchIntro({ articles, filters }: { articles: readonly Article[]; filters: Query }) {
  const examples = examplesFor(articles);
  return (
    <div className="card search-intro">
      <p>
        A word finds itself, longer words that start with it, and its other forms (“report” finds “reports”
        and “reported”); from five letters, it also finds words spelled a letter or two differently, listed
        after the rest as close matches.
      </p>
      {examples.length > 0 && (
        <div className="examples">
          <h3 id="examples-heading">Try</h3>
          <ul aria-labelledby="examples-heading">
            {examples.map((example) => (
              <li key={example}>
                <a href={href.search({ ...filters, q: example })}>
                  <Untrusted>{example}</Untrusted>
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
