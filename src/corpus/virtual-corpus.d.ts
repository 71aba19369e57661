// The corpus the Vite plugin (src/node/vite-plugin.ts) builds from the seeds folder.
declare module 'virtual:corpus' {
  const corpus: import('./types.ts').Corpus;
  export default corpus;
}
