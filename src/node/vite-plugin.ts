// Vite plugin: the corpus as virtual modules — `virtual:corpus/shell` for the first view, one module per part
// (`virtual:corpus/articles`, ...) that the views import when they open, each a list of its blocks' imports
// (`virtual:corpus/articles/0`, ...; see BLOCK_CHARS), `virtual:corpus/search-data` for the search worker, and
// `virtual:corpus/search-data-in-page`, the same for a corpus the page searches itself (null otherwise; in-page.ts) —
// built once per change of the folder, and written whole to dist/corpus.json.
import { resolve, relative, isAbsolute } from 'node:path';
import type { Plugin, Rollup } from 'vite';
import { CORPUS_PARTS, corpusShell, partBlocks, type CorpusPart } from '../corpus/parts.ts';
import { searchData, searchDataJson } from '../search/search-data.ts';
import { searchedInPage } from '../search/in-page.ts';
import { formatProblem } from '../corpus/problems.ts';
import type { Corpus } from '../corpus/types.ts';
import { buildCorpus } from './build-corpus.ts';
import { batched, CORPUS_DEPTH, jsonChunks } from '../corpus/json-chunks.ts';

const PREFIX = 'virtual:corpus/';
const MODULES = new Set<string>(['shell', 'search-data', 'search-data-in-page', ...CORPUS_PARTS]);
/** A part's block: `articles/12`. */
const BLOCK = /^(\w+)\/(\d+)$/;
const isModule = (name: string) =>
  MODULES.has(name) || (CORPUS_PARTS as readonly string[]).includes(BLOCK.exec(name)?.[1] ?? '');

/**
 * Corpora built, by folder and limit: the page's build and the search worker's each have an instance of the plugin
 * (see vite.config.ts), and the second finds the corpus the first built.
 */
const builtCorpora = new Map<string, Corpus>();

/** A module whose default export is `data`: JSON.parse of a string literal parses faster than an object literal. */
function jsonModule(data: unknown): string {
  return jsonTextModule(JSON.stringify(data));
}

function jsonTextModule(json: string): string {
  return `export default JSON.parse(${JSON.stringify(json)});`;
}

/** A part's module: its blocks' imports, in order, for the page to load one by one (src/app/corpus-parts.ts). */
function blockList(part: CorpusPart, count: number): string {
  const imports = Array.from(
    { length: count },
    (_, k) => `() => import(${JSON.stringify(`${PREFIX}${part}/${String(k)}`)})`,
  );
  return `export default [${imports.join(', ')}];`;
}

/** `folder` is the corpus folder; `maxBytes` the largest article file accepted (PARALLAX_MAX_BYTES). */
export function corpusPlugin(folder: string, maxBytes?: number): Plugin {
  const dir = resolve(folder);
  const key = `${dir}\0${String(maxBytes)}`;
  let corpus: Corpus | undefined;
  /** Each part's blocks, made once per corpus: a part's module counts them, and each block's module is one. */
  let blocks = new Map<CorpusPart, string[]>();
  const blocksOf = (whole: Corpus, part: CorpusPart) => {
    let made = blocks.get(part);
    if (made === undefined) {
      made = partBlocks(whole, part);
      blocks.set(part, made);
    }
    return made;
  };
  let isBuild = false;
  // dist/corpus.json goes with the page, whose entry imports the shell, not with the worker's bundle.
  let servesPage = false;

  /** The corpus, built on the first module asked for; a build stops on bad input, a dev server shows the errors. */
  function built(context: Rollup.PluginContext): Corpus {
    corpus ??= builtCorpora.get(key);
    if (corpus !== undefined) return corpus;
    const result = buildCorpus(folder, maxBytes === undefined ? {} : { maxBytes });
    for (const warning of result.warnings) context.warn(formatProblem(warning, folder));
    if (!result.ok) {
      const errors = result.errors.map((error) => formatProblem(error, folder));
      const message = `the corpus has ${errors.length} error(s):\n  ${errors.join('\n  ')}`;
      if (isBuild) {
        // A bare message, not a stack trace: the place and the fix are in the text.
        console.error(`\nparallax: ${message}\n`);
        process.exit(1);
      }
      context.error(message);
    }
    context.info(result.summary);
    corpus = result.corpus;
    builtCorpora.set(key, corpus);
    return corpus;
  }

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
      return id.startsWith(PREFIX) && isModule(id.slice(PREFIX.length)) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const name = id.slice(PREFIX.length + 1);
      const whole = built(this);
      if (name === 'shell') {
        servesPage = true;
        return jsonModule(corpusShell(whole));
      }
      if (name === 'search-data') return jsonModule(searchDataJson(searchData(whole)));
      if (name === 'search-data-in-page') {
        const passages = whole.articles.reduce((sum, article) => sum + article.sentences.length, 0);
        return jsonModule(searchedInPage(passages) ? searchDataJson(searchData(whole)) : null);
      }
      const block = BLOCK.exec(name);
      if (block) return jsonTextModule(blocksOf(whole, block[1] as CorpusPart)[Number(block[2])] ?? 'null');
      return blockList(name as CorpusPart, blocksOf(whole, name as CorpusPart).length);
    },
    generateBundle() {
      if (corpus === undefined || !servesPage) return;
      // In pieces: a large corpus is more JSON than one string may hold (see json-chunks.ts).
      const pieces = [...batched(jsonChunks(corpus, CORPUS_DEPTH))].map((piece) => Buffer.from(piece));
      this.emitFile({ type: 'asset', fileName: 'corpus.json', source: Buffer.concat(pieces) });
    },
    configureServer(server) {
      // The same download as dist/corpus.json, while developing.
      server.middlewares.use('/corpus.json', (_request, response) => {
        const result = buildCorpus(folder, maxBytes === undefined ? {} : { maxBytes });
        response.statusCode = result.ok ? 200 : 500;
        response.setHeader('Content-Type', result.ok ? 'application/json' : 'text/plain; charset=utf-8');
        if (!result.ok) {
          response.end(result.errors.map((error) => formatProblem(error, folder)).join('\n'));
          return;
        }
        for (const piece of batched(jsonChunks(result.corpus, CORPUS_DEPTH))) response.write(piece);
        response.end();
      });
      server.watcher.add(dir);
      const reload = (file: string) => {
        if (!inFolder(file)) return;
        corpus = undefined;
        blocks = new Map();
        builtCorpora.delete(key);
        for (const environment of Object.values(server.environments)) {
          for (const [id, module] of environment.moduleGraph.idToModuleMap)
            if (id.startsWith(`\0${PREFIX}`)) environment.moduleGraph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', reload);
      server.watcher.on('change', reload);
      server.watcher.on('unlink', reload);
    },
  };
}
