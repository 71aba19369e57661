// Search index: Fuse indexes of every passage's folded text and of every distinct word, and each word's passages.
import Fuse from 'fuse.js';
import { foldForSearch } from './fold.ts';
import { passages, WORD } from './passages.ts';
import type { Article, FuseStringIndex, SearchIndex } from './types.ts';

export function buildSearchIndex(articles: readonly Pick<Article, 'text' | 'sentences'>[]): SearchIndex {
  // Each sentence folded once: wire copies repeat sentences word for word.
  const folded = new Map<string, string>();
  const texts = passages(articles).map(({ article, sentence }) => {
    const a = articles[article];
    const s = a?.sentences[sentence];
    const raw = a && s ? a.text.slice(s.start, s.end) : '';
    let text = folded.get(raw);
    if (text === undefined) folded.set(raw, (text = foldForSearch(raw)));
    return text;
  });
  const holders = new Map<string, number[]>();
  texts.forEach((text, passage) => {
    for (const word of text.match(WORD) ?? []) {
      const list = holders.get(word);
      if (!list) holders.set(word, [passage]);
      else if (list[list.length - 1] !== passage) list.push(passage);
    }
  });
  const words = [...holders.keys()].sort();
  return {
    passages: fuseRecords(texts),
    words: fuseRecords(words),
    postings: words.map((w) => holders.get(w) ?? []),
  };
}

/** `Fuse.createIndex` over strings, as the JSON `Fuse.parseIndex` reads back. */
function fuseRecords(strings: string[]): FuseStringIndex {
  const { records } = Fuse.createIndex([], strings).toJSON();
  return { keys: [], records: records.map(({ v, i, n }) => ({ v: v ?? '', i, n: n ?? 1 })) };
}
