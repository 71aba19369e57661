// The corpus plugin's hooks, called in-process as Vite calls them: the module it serves, the corpus.json it emits,
// and how a build stops on bad input. (The whole `vite build` runs in `npm test` before the browser tests.)
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Corpus } from '../corpus/types.ts';
import { buildCorpus } from './build-corpus.ts';
import { corpusPlugin } from './vite-plugin.ts';

type Hook = (this: unknown, ...args: unknown[]) => unknown;

/** The plugin, put through a build: its hooks called in Vite's order with a context that records what they say. */
function build(folder: string) {
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
  const id = call('resolveId', 'virtual:corpus') as string;
  const code = call('load', id) as string;
  call('generateBundle');
  return { code, said };
}

describe('the Vite plugin', () => {
  afterEach(() => vi.restoreAllMocks());

  it('serves virtual:corpus and writes corpus.json, the same corpus the CLI makes', () => {
    const expected = buildCorpus('seeds');
    if (!expected.ok) throw new Error(expected.errors.join('\n'));
    const { code, said } = build('seeds');
    const literal = /^export default JSON\.parse\((.*)\);$/s.exec(code)?.[1] ?? 'null';
    expect(JSON.parse(JSON.parse(literal) as string) as Corpus).toEqual(expected.corpus);
    expect(said.emitted).toHaveLength(1);
    expect(said.emitted[0]?.fileName).toBe('corpus.json');
    expect(JSON.parse(said.emitted[0]?.source ?? 'null')).toEqual(expected.corpus);
    expect(said.info).toEqual([expected.summary]);
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
    expect(message).not.toMatch(/^\s+at /m);
  });
});
