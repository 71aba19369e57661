// One search function per corpus, made on first use: the index is parsed once, not on every keystroke or view.
import type { CorpusOf } from '../../app/corpus-parts.ts';
import { createSearch } from '../../search/search.ts';

export type Search = ReturnType<typeof createSearch>;

const engines = new WeakMap<CorpusOf<'articles' | 'search'>, Search>();

export function searchFor(corpus: CorpusOf<'articles' | 'search'>): Search {
  let search = engines.get(corpus);
  if (search === undefined) {
    search = createSearch(corpus);
    engines.set(corpus, search);
  }
  return search;
}
