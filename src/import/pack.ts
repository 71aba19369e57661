// A corpus analysed in the browser, packed as the page reads a bundled one (src/node/vite-plugin.ts makes the same
// pieces as modules): the shell, each part in blocks of JSON text, the search worker's data, and the whole corpus as
// JSON for its download. Kept as text, a stored corpus is read one block at a time, each parsed alone, so opening a
// view of a large imported corpus never parses it whole in one task.
import { CORPUS_DEPTH, jsonChunks, batched } from '../corpus/json-chunks.ts';
import { CORPUS_PARTS, corpusShell, partBlocks, type CorpusPart } from '../corpus/parts.ts';
import type { Corpus } from '../corpus/types.ts';
import { searchedInPage } from '../search/in-page.ts';
import { searchData, searchDataJson } from '../search/search-data.ts';

export interface PackedCorpus {
  shell: string;
  blocks: Record<CorpusPart, string[]>;
  blockCounts: Record<CorpusPart, number>;
  search: string;
  /** Whether the page searches it itself, as it does a small bundled corpus (src/search/in-page.ts). */
  searchedInPage: boolean;
  corpusJson: Blob;
}

export function packCorpus(corpus: Corpus): PackedCorpus {
  const blocks = Object.fromEntries(CORPUS_PARTS.map((part) => [part, partBlocks(corpus, part)])) as Record<
    CorpusPart,
    string[]
  >;
  const passages = corpus.articles.reduce((sum, article) => sum + article.sentences.length, 0);
  return {
    shell: JSON.stringify(corpusShell(corpus)),
    blocks,
    blockCounts: Object.fromEntries(CORPUS_PARTS.map((part) => [part, blocks[part].length])) as Record<
      CorpusPart,
      number
    >,
    search: JSON.stringify(searchDataJson(searchData(corpus))),
    searchedInPage: searchedInPage(passages),
    // In pieces: a large corpus is more JSON than one string may hold (see json-chunks.ts).
    corpusJson: new Blob([...batched(jsonChunks(corpus, CORPUS_DEPTH))], { type: 'application/json' }),
  };
}
