// The corpus plugin's hooks, called in-process as Vite calls them: the module it serves, the corpus.json it emits,
// and how a build stops on bad input. (The whole `vite build` runs in `npm test` before the browser tests.)
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CORPUS_PARTS,
  corpusShell,
  joinBlocks,
  readBlock,
  type CorpusPart,
  type PartBlock,
} from '../corpus/parts.ts';
import { searchData, searchDataJson } from '../search/search-data.ts';
import { IN_PAGE_PASSAGES, searchedInPage } from '../search/in-page.ts';
import { buildCorpus } from './build-corpus.ts';
import { corpusPlugin } from './vite-plugin.ts';

type Hook = (this: unknown, ...args: unknown[]) => unknown;

/**
 * The plugin, put through a build: its hooks called in Vite's order with a context that records what they say.
 * Returns the code of each module asked for, by name.
 */
function build(folder: string, modules: readonly string[] = ['shell'], blocksToo = false) {
  const plugin = corpusPlugin(folder);
  const said = {
    warn: [] as string[],
    info: [] as string[],
    emitted: [] as { fileName: string; source: string }[],
  };
  const context = {
    warn: (message: string) => said.warn.push(message),
    info: (message: string) => said.info.push(message),
    error: (message: string) => {
      throw new Error(message);
    },
    emitFile: (file: { fileName: string; source: string }) => said.emitted.push(file),
  };
  const call = (name: 'configResolved' | 'resolveId' | 'load' | 'generateBundle', ...args: unknown[]) =>
    (plugin[name] as Hook).call(context, ...args);
  call('configResolved', { command: 'build' });
  const code = new Map<string, string>();
  const load = (name: string) => {
    const id = call('resolveId', `virtual:corpus/${name}`) as string;
    const loaded = call('load', id) as string;
    code.set(name, loaded);
    // A part's module imports its blocks, which Vite then asks for.
    if (blocksToo)
      for (const [, block] of loaded.matchAll(/import\("virtual:corpus\/([\w/]+)"\)/g)) load(block ?? '');
  };
  modules.forEach(load);
  call('generateBundle');
  return { code, said };
}

/** The data a module's code exports. */
function exported(code: string | undefined): unknown {
  const literal = /^export default JSON\.parse\((.*)\);$/s.exec(code ?? '')?.[1] ?? 'null';
  return JSON.parse(JSON.parse(literal) as string);
}

describe('the Vite plugin', () => {
  afterEach(() => vi.restoreAllMocks());

  it('serves the shell and each part, and writes corpus.json, the same corpus the CLI makes, built once', () => {
    const expected = buildCorpus('seeds');
    if (!expected.ok) throw new Error(expected.errors.map((e) => e.message).join('\n'));
    const { code, said } = build('seeds', ['shell', 'search-data', ...CORPUS_PARTS], true);
    expect(exported(code.get('search-data'))).toEqual(searchDataJson(searchData(expected.corpus)));
    expect(exported(code.get('shell'))).toEqual(corpusShell(expected.corpus));
    const blocksOf = <P extends CorpusPart>(part: P) =>
      [...code].filter(([name]) => name.startsWith(`${part}/`)).map(([, c]) => exported(c) as PartBlock<P>);
    for (const part of CORPUS_PARTS) {
      const blocks = blocksOf(part);
      expect(blocks.length).toBeGreaterThan(0);
      expect(
        joinBlocks(
          part,
          blocks.map((b) => readBlock(part, b)),
        ),
      ).toEqual(expected.corpus[part]);
    }
    expect(said.emitted).toHaveLength(1);
    expect(said.emitted[0]?.fileName).toBe('corpus.json');
    expect(JSON.parse(said.emitted[0]?.source ?? 'null')).toEqual(expected.corpus);
    expect(said.info).toEqual([expected.summary]);
  });

  it('gives the page the search data of a corpus it searches itself (in-page.ts), the same as the worker gets', () => {
    const { code } = build('seeds', ['search-data', 'search-data-in-page']);
    const data = exported(code.get('search-data'));
    expect(data).not.toBeNull();
    expect(exported(code.get('search-data-in-page'))).toEqual(data);
    // Past the limit the page gets null, and the worker searches.
    expect(searchedInPage(IN_PAGE_PASSAGES)).toBe(true);
    expect(searchedInPage(IN_PAGE_PASSAGES + 1)).toBe(false);
  });

  it('serves only the modules it names', () => {
    const plugin = corpusPlugin('seeds');
    const resolve = (id: string) => (plugin.resolveId as Hook).call({}, id);
    expect(resolve('virtual:corpus/articles')).toBe('\0virtual:corpus/articles');
    expect(resolve('virtual:corpus/articles/3')).toBe('\0virtual:corpus/articles/3');
    expect(resolve('virtual:corpus/shell/3')).toBeUndefined();
    expect(resolve('virtual:corpus/nothing')).toBeUndefined();
    expect(resolve('virtual:corpus')).toBeUndefined();
  });

  it('stops the build on bad input with the message and no stack trace', () => {
    const printed: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => printed.push(line));
    vi.spyOn(process, 'exit').mockImplementation((code) => {
      throw new Error(`exit ${String(code)}`);
    });
    expect(() => build('src/corpus/fixtures/bad-input/duplicate-ids/corpus')).toThrow('exit 1');
    const message = printed.join('\n');
    expect(message).toContain(
      'duplicate-ids/corpus/001_second.txt: has the same article id "001" as 001_first.txt',
    );
    expect(message).toMatch(/001_second\.txt: .* \[duplicate-id\]$/m);
    expect(message).not.toMatch(/^\s+at /m);
  });
});
