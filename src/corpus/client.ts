// What of the corpus module the page may run (src/app, src/views, src/search import nothing else here but types.ts;
// ESLint enforces it): the helpers that read a built corpus, as against the pipeline that builds it. Not the quote
// diff: jsdiff builds its tokenisers when loaded, so a re-export here would put it in the first page load and the
// search worker; the Compare view imports quote-diff.ts itself, and jsdiff comes with that view's chunk.
export { alignable } from './alignable.ts';
export { DAY_MS, dayNumber, isoOfDay, lastDayOfMonth, parseYmd, shortMonth } from './dates.ts';
export type { Ymd } from './dates.ts';
export { disjointSets } from './disjoint-sets.ts';
export { fold, foldForSearch, searchOffsets } from './fold.ts';
export { joinBlocks, readBlock } from './parts.ts';
export type { ArticleSummary, BlockImports, CorpusPart, CorpusShell } from './parts.ts';
export { WORD, WORD_CHAR } from './passages.ts';
export type { PassageRef } from './passages.ts';
export { partitionPoint } from './partition-point.ts';
export { shorten } from './shorten.ts';
