// Search data: what the search engine needs of a corpus, and nothing else: typed arrays and flat string lists, no
// article objects. The build writes it as JSON for the search worker, which reads it back (searchDataJson,
// readSearchData).
import type { Article, SearchIndex } from '../corpus/types.ts';
import { searchOffsets } from '../corpus/client.ts';

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
export function searchData({
  articles,
  search,
}: {
  articles: readonly Pick<Article, 'id' | 'outlet' | 'text' | 'sentences'>[];
  search: SearchIndex;
}): SearchData {
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

/** The typed arrays of `SearchData`, which JSON holds as plain arrays. */
type TypedFields = 'postingStarts' | 'postings' | 'norms' | 'firstPassage' | 'starts';

/**
 * Search data as JSON holds it: what the build writes for the worker (the `virtual:corpus/search-data` module), so
 * that the worker parses it itself and the page never touches it.
 */
export type SearchDataJson = Omit<SearchData, TypedFields> & Record<TypedFields, number[]>;

export function searchDataJson(data: SearchData): SearchDataJson {
  return {
    ...data,
    postingStarts: Array.from(data.postingStarts),
    postings: Array.from(data.postings),
    norms: Array.from(data.norms),
    firstPassage: Array.from(data.firstPassage),
    starts: Array.from(data.starts),
  };
}

export function readSearchData(json: SearchDataJson): SearchData {
  return {
    ...json,
    postingStarts: Int32Array.from(json.postingStarts),
    postings: Int32Array.from(json.postings),
    norms: Float64Array.from(json.norms),
    firstPassage: Int32Array.from(json.firstPassage),
    starts: Int32Array.from(json.starts),
  };
}
