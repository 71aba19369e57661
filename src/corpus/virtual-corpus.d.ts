// The corpus modules the Vite plugin (src/node/vite-plugin.ts) builds from the corpus folder.
declare module 'virtual:corpus/shell' {
  const shell: import('./parts.ts').CorpusShell;
  export default shell;
}
declare module 'virtual:corpus/articles' {
  const blocks: import('./parts.ts').BlockImports<'articles'>;
  export default blocks;
}
declare module 'virtual:corpus/search-data' {
  const data: import('../search/search-data.ts').SearchDataJson;
  export default data;
}
declare module 'virtual:corpus/search-data-in-page' {
  const data: import('../search/search-data.ts').SearchDataJson | null;
  export default data;
}
declare module 'virtual:corpus/quoteGroups' {
  const blocks: import('./parts.ts').BlockImports<'quoteGroups'>;
  export default blocks;
}
declare module 'virtual:corpus/alignments' {
  const blocks: import('./parts.ts').BlockImports<'alignments'>;
  export default blocks;
}
declare module 'virtual:corpus/elements' {
  const blocks: import('./parts.ts').BlockImports<'elements'>;
  export default blocks;
}
declare module 'virtual:corpus/timeline' {
  const blocks: import('./parts.ts').BlockImports<'timeline'>;
  export default blocks;
}
declare module 'virtual:corpus/sources' {
  const blocks: import('./parts.ts').BlockImports<'sources'>;
  export default blocks;
}
declare module 'virtual:corpus/disagreements' {
  const blocks: import('./parts.ts').BlockImports<'disagreements'>;
  export default blocks;
}
