// What to try when nothing matches: spelling, fewer words, and (when filters are set) a search without them.
import { href } from '../../app/routes.ts';

export function NoResults({ q, filtered }: { q: string; filtered: boolean }) {
  return (
    <div className="card no-results">
      <h3>Things to try</h3>
      <ul>
        <li>
          Check the spelling: a letter or two off is forgiven in a word of five letters or more, not in a
          shorter one.
        </li>
        <li>Use fewer words, or a shorter phrase.</li>
        {filtered ? (
          <li>
            <a href={href.search({ q })}>Search every article</a>: the filters leave some out.
          </li>
        ) : (
          <li>Try another name for the same thing.</li>
        )}
      </ul>
    </div>
  );
}
