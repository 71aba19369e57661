// The corpus bundled with the page: the Vite plugin's modules (src/node/vite-plugin.ts), each part and each of its
// blocks a file of its own, fetched from the app's origin on first use.
import type { BlockImports, CorpusPart } from '../corpus/client.ts';
import { startSearchWorker } from '../search/worker-client.ts';
import { BUNDLED_NAME, type CorpusSource } from './corpus-source.ts';
import { bundledCorrected } from './corrections.ts';

const importers: { [P in CorpusPart]: () => Promise<{ default: BlockImports<P> }> } = {
  articles: () => import('virtual:corpus/articles'),
  quoteGroups: () => import('virtual:corpus/quoteGroups'),
  alignments: () => import('virtual:corpus/alignments'),
  elements: () => import('virtual:corpus/elements'),
  timeline: () => import('virtual:corpus/timeline'),
  sources: () => import('virtual:corpus/sources'),
  disagreements: () => import('virtual:corpus/disagreements'),
};

export const bundledSource: CorpusSource = {
  id: null,
  name: () => Promise.resolve(BUNDLED_NAME),
  shell: () => import('virtual:corpus/shell').then((module) => module.default),
  blocks: <P extends CorpusPart>(part: P) => importers[part]().then((module) => module.default),
  searchInPage: () => import('virtual:corpus/search-data-in-page').then((module) => module.default),
  searchWorker: startSearchWorker,
  corpusJson: null,
  // Storage is opened only once the reader has corrected something (most pages never do).
  corrections: () =>
    bundledCorrected()
      ? import('../import/store.ts').then((store) => store.getCorrections(''))
      : Promise.resolve(new Map()),
};
