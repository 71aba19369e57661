// Search data: what the search engine needs of a corpus, and nothing else, in a form a Web Worker can be sent
// cheaply (typed arrays, which `postMessage` can transfer, and flat string lists), and no article objects.
import type { Corpus } from '../corpus/types.ts';
import { searchOffsets } from '../corpus/fold.ts';

export interface SearchData {
  /** The index's distinct words, sorted (see `SearchIndex.words`). */
  words: string[];
  /** Word `w`'s passages are `postings[postingStarts[w]]` up to `postings[postingStarts[w + 1]]`, ascending. */
  postingStarts: Int32Array;
  postings: Int32Array;
  /** Each passage's folded search text (see `foldForSearch`), and Fuse's field-length norm of it. */
  texts: string[];
  norms: Float64Array;
  /** Article `a`'s passages are `firstPassage[a]` up to `firstPassage[a + 1]`; one entry more than articles. */
  firstPassage: Int32Array;
  /** Where each passage's sentence starts in its article's text. */
  starts: Int32Array;
  /**
   * For the few passages whose sentence holds invisible characters (left out of the search text): where each unit
   * of the search text is, from the sentence's start. Every other passage's search text is its sentence, unit for
   * unit.
   */
  offsets: Record<number, number[]>;
  /** Each article's id and outlet (`''` for none), for the filters. */
  ids: string[];
  outlets: string[];
}

/** The search data of a corpus: its search index as typed arrays, and the little the engine needs of its articles. */
export function searchData({ articles, search }: Pick<Corpus, 'articles' | 'search'>): SearchData {
  const postingStarts = new Int32Array(search.postings.length + 1);
  search.postings.forEach((list, w) => (postingStarts[w + 1] = (postingStarts[w] ?? 0) + list.length));
  const postings = new Int32Array(postingStarts[search.postings.length] ?? 0);
  search.postings.forEach((list, w) => postings.set(list, postingStarts[w]));
  const records = search.passages.records;
  const texts = records.map((r) => r.v);
  const firstPassage = new Int32Array(articles.length + 1);
  const starts = new Int32Array(texts.length);
  const offsets: Record<number, number[]> = {};
  let p = 0;
  articles.forEach((article, a) => {
    firstPassage[a] = p;
    for (const sentence of article.sentences) {
      starts[p] = sentence.start;
      // Folding keeps one unit for one, so a search text shorter than its sentence lost invisible characters.
      if ((texts[p] ?? '').length !== sentence.end - sentence.start)
        offsets[p] = searchOffsets(article.text.slice(sentence.start, sentence.end));
      p++;
    }
  });
  firstPassage[articles.length] = p;
  return {
    words: search.words.records.map((r) => r.v),
    postingStarts,
    postings,
    texts,
    norms: Float64Array.from(records, (r) => r.n),
    firstPassage,
    starts,
    offsets,
    ids: articles.map((a) => a.id),
    outlets: articles.map((a) => a.outlet ?? ''),
  };
}

/** The buffers of `data`'s typed arrays: `postMessage(data, transferables(data))` moves them instead of copying. */
export function transferables(data: SearchData): ArrayBuffer[] {
  return [data.postingStarts, data.postings, data.norms, data.firstPassage, data.starts].map(
    (a) => a.buffer as ArrayBuffer,
  );
}
