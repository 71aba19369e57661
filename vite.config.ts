import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { corpusPlugin } from './src/node/vite-plugin.ts';
import { cspPlugin } from './src/node/csp-plugin.ts';

function maxBytes(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const bytes = Number(value);
  if (Number.isInteger(bytes) && bytes > 0) return bytes;
  throw new Error(
    `PARALLAX_MAX_BYTES must be a positive whole number of bytes, not ${JSON.stringify(value)}`,
  );
}

const folder = process.env.SEEDS_DIR ?? 'seeds';
const limit = maxBytes(process.env.PARALLAX_MAX_BYTES);

/**
 * `--mode single` (`npm run build:single`): the whole app, its corpus and its workers in one HTML file,
 * dist-single/parallax.html, that opens from disk. Its code checks `import.meta.env.MODE` for the workers, which it
 * then inlines (a page opened from a file may start no worker from another file).
 */
export default defineConfig(({ mode }) => (mode === 'single' ? singleFile : site));

const site = defineConfig({
  base: './',
  plugins: [react(), corpusPlugin(folder, limit), cspPlugin()],
  // The search worker imports its data from the corpus plugin (src/search/search.worker.ts).
  worker: { format: 'es', plugins: () => [corpusPlugin(folder, limit)] },
  build: {
    target: 'es2022',
    modulePreload: {
      // A part's blocks are imported one after another as they are read (src/app/corpus-parts.ts), and need nothing
      // the page has not loaded: no preload links for them. Vite's helper would add one per block and walk every
      // link of the page each time, which at 10,000 articles (300 blocks) took half a second.
      resolveDependencies: (file, deps) => (/(^|\/)corpus-\w+-\d+-[\w-]+\.js$/.test(file) ? [] : deps),
    },
    rolldownOptions: {
      output: {
        // The corpus shell in a chunk of its own, so the app's code and its data are measured (and cached) apart;
        // each part the views load, and each of its blocks, is a chunk of its own anyway, named for it
        // (corpus-articles, corpus-articles-0, ...).
        codeSplitting: {
          groups: [
            // Vite's helper for dynamic imports, which the parts' modules use too: apart, rather than in whichever
            // part's chunk the bundler would put it, which the page would then load first.
            { name: 'preload-helper', test: /vite\/preload-helper/ },
            {
              name: (id) => `corpus-${/virtual:corpus\/([\w/]+)/.exec(id)?.[1]?.replace('/', '-') ?? 'part'}`,
              test: /virtual:corpus\//,
              debugName: 'corpus parts',
            },
          ],
        },
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});

const singleFile = defineConfig({
  base: './',
  plugins: [
    react(),
    corpusPlugin(folder, limit),
    viteSingleFile({ removeViteModuleLoader: true, outputFileName: 'parallax.html' }),
    cspPlugin({ inline: true }),
    {
      // The page is all there is: not the corpus.json of the site, nor the workers' own files, inlined as well.
      name: 'parallax-single-file-only',
      apply: 'build',
      // After the one-file plugin (itself `post`) has inlined them.
      enforce: 'post',
      generateBundle: {
        order: 'post',
        handler(_options, bundle) {
          for (const [name, file] of Object.entries(bundle))
            if (!name.endsWith('.html')) Reflect.deleteProperty(bundle, file.fileName);
        },
      },
    },
  ],
  // Classic workers: Chromium starts no module worker from the blob: URL of a page opened from a file.
  worker: { format: 'iife', plugins: () => [corpusPlugin(folder, limit)] },
  build: { target: 'es2022', outDir: 'dist-single' },
});
