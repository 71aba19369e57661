// Vite plugin: the corpus as the virtual module `virtual:corpus`, rebuilt when a seed changes, and written to dist/corpus.json.
import { resolve, relative, isAbsolute } from 'node:path';
import type { Plugin } from 'vite';
import type { Corpus } from '../corpus/types.ts';
import { buildCorpus } from './build-corpus.ts';

const VIRTUAL_ID = 'virtual:corpus';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

/** `folder` is the corpus folder; `maxBytes` the largest article file accepted (PARALLAX_MAX_BYTES). */
export function corpusPlugin(folder: string, maxBytes?: number): Plugin {
  const dir = resolve(folder);
  let corpus: Corpus | undefined;
  let isBuild = false;

  const inFolder = (file: string) => {
    const rel = relative(dir, file);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  };

  return {
    name: 'parallax-corpus',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const result = buildCorpus(folder, maxBytes === undefined ? {} : { maxBytes });
      for (const warning of result.warnings) this.warn(warning);
      if (!result.ok) {
        const message = `the corpus has ${result.errors.length} error(s):\n  ${result.errors.join('\n  ')}`;
        if (isBuild) {
          // A bare message, not a stack trace: the place and the fix are in the text.
          console.error(`\nparallax: ${message}\n`);
          process.exit(1);
        }
        this.error(message);
      }
      corpus = result.corpus;
      this.info(result.summary);
      // JSON.parse of a string literal parses faster than the same data as a JS object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(corpus))});`;
    },
    generateBundle() {
      if (corpus === undefined) return;
      this.emitFile({ type: 'asset', fileName: 'corpus.json', source: JSON.stringify(corpus) });
    },
    configureServer(server) {
      // The same download as dist/corpus.json, while developing.
      server.middlewares.use('/corpus.json', (_request, response) => {
        const result = buildCorpus(folder, maxBytes === undefined ? {} : { maxBytes });
        response.statusCode = result.ok ? 200 : 500;
        response.setHeader('Content-Type', result.ok ? 'application/json' : 'text/plain; charset=utf-8');
        response.end(result.ok ? JSON.stringify(result.corpus) : result.errors.join('\n'));
      });
      server.watcher.add(dir);
      const reload = (file: string) => {
        if (!inFolder(file)) return;
        for (const environment of Object.values(server.environments)) {
          const module = environment.moduleGraph.getModuleById(RESOLVED_ID);
          if (module) environment.moduleGraph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', reload);
      server.watcher.on('change', reload);
      server.watcher.on('unlink', reload);
    },
  };
}
