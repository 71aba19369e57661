// The corpus modules the Vite plugin (src/node/vite-plugin.ts) builds from the corpus folder.
declare module 'virtual:corpus/shell' {
  const shell: import('./parts.ts').CorpusShell;
  export default shell;
}
declare module 'virtual:corpus/articles' {
  const part: import('./types.ts').Corpus['articles'];
  export default part;
}
declare module 'virtual:corpus/search-data' {
  const data: import('../search/search-data.ts').SearchDataJson;
  export default data;
}
declare module 'virtual:corpus/quoteGroups' {
  const part: import('./types.ts').Corpus['quoteGroups'];
  export default part;
}
declare module 'virtual:corpus/alignments' {
  const part: import('./parts.ts').AlignmentColumns;
  export default part;
}
declare module 'virtual:corpus/elements' {
  const part: import('./types.ts').Corpus['elements'];
  export default part;
}
declare module 'virtual:corpus/timeline' {
  const part: import('./types.ts').Corpus['timeline'];
  export default part;
}
