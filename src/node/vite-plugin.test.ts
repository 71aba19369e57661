import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from './build-corpus.ts';

function viteBuild(seedsDir: string) {
  const outDir = mkdtempSync(join(tmpdir(), 'parallax-plugin-'));
  const result = spawnSync(
    'npx',
    ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      encoding: 'utf8',
      env: { ...process.env, SEEDS_DIR: seedsDir },
    },
  );
  return { ...result, outDir };
}

describe('the Vite plugin', () => {
  it('writes dist/corpus.json, the same corpus the CLI makes', () => {
    const { status, outDir } = viteBuild('seeds');
    expect(status).toBe(0);
    const expected = buildCorpus('seeds');
    if (!expected.ok) throw new Error(expected.errors.join('\n'));
    expect(JSON.parse(readFileSync(join(outDir, 'corpus.json'), 'utf8'))).toEqual(expected.corpus);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain(
      'http-equiv="Content-Security-Policy"',
    );
  }, 60_000);

  it('stops the build on bad input with the message and no stack trace', () => {
    const { status, stderr } = viteBuild('src/corpus/fixtures/bad-input/duplicate-ids/corpus');
    expect(status).toBe(1);
    expect(stderr).toContain(
      'duplicate-ids/corpus/001_second.txt: has the same article id "001" as 001_first.txt',
    );
    expect(stderr).not.toMatch(/^\s+at /m);
  }, 60_000);
});
