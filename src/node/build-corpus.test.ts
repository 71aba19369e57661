import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from './build-corpus.ts';

const FIXTURES = 'src/corpus/fixtures/bad-input';

interface Expected {
  about: string;
  ok: boolean;
  articles?: number;
  errors: string[];
  warnings: string[];
}

/** Each expected message must be in exactly one printed line, and every printed line must be expected. */
function expectMessages(printed: string[], expected: string[], folder: string) {
  expect(printed).toHaveLength(expected.length);
  for (const message of expected) {
    expect(
      printed.filter((line) => line.includes(`${folder}/${message}`) || line.includes(`${folder}${message}`)),
    ).toHaveLength(1);
  }
}

describe('bad input, one fixture folder each', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    const folder = join(FIXTURES, name, 'corpus');
    const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected;
    it(`${name}: ${expected.about}`, () => {
      const result = buildCorpus(folder);
      expect(result.ok).toBe(expected.ok);
      expectMessages(result.warnings, expected.warnings, folder);
      if (result.ok) {
        expect(result.corpus.articles).toHaveLength(expected.articles ?? 0);
        expect(result.corpus.warnings).toHaveLength(expected.warnings.length);
        // Nothing is dropped or rewritten: each article's text is its file, byte for byte.
        for (const article of result.corpus.articles) {
          expect(article.text).toBe(readFileSync(join(folder, article.file), 'utf8'));
        }
      } else expectMessages(result.errors, expected.errors, folder);
    });
  }

  it('a 5 MB file stops the build, and the limit can be raised', () => {
    const folder = mkdtempSync(join(tmpdir(), 'parallax-huge-'));
    writeFileSync(join(folder, 'huge.txt'), 'All work and no play makes a dull article. '.repeat(125_000));
    const result = buildCorpus(folder);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors).toEqual([
        expect.stringMatching(/huge\.txt: is 5\.1 MB, more than the 1\.0 MB one article may have/),
      ]);
    expect(buildCorpus(folder, { maxBytes: 6 * 1024 * 1024 }).ok).toBe(true);
    // Analysing 125,000 sentences takes a few seconds, more on a busy machine: the default 5 s is too tight.
  }, 30_000);

  it('a folder that is not there says so', () => {
    const result = buildCorpus('no/such/folder');
    expect(result).toEqual({
      ok: false,
      errors: [expect.stringContaining('no/such/folder: cannot read the corpus folder')],
      warnings: [],
    });
  });
});

describe('the corpus CLI', () => {
  const run = (args: string[]) => spawnSync('npx', ['tsx', 'src/node/cli.ts', ...args], { encoding: 'utf8' });

  it('writes the seeds corpus and prints a one-line summary', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'parallax-cli-')), 'c.json');
    const stdout = execFileSync('npx', ['tsx', 'src/node/cli.ts', '--seeds', 'seeds', '--out', out], {
      encoding: 'utf8',
    });
    expect(stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/^seeds: 5 articles from 5 outlets, \d+ sentences, [\d,]+ words, 0 warnings → /),
    ]);
    const corpus = JSON.parse(readFileSync(out, 'utf8')) as { articles: unknown[] };
    expect(corpus.articles).toHaveLength(5);
  });

  it('fails with the message and no stack trace on bad input', () => {
    const result = run([
      '--seeds',
      join(FIXTURES, 'not-utf8', 'corpus'),
      '--out',
      join(tmpdir(), 'never.json'),
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('not-utf8/corpus/latin1.txt:3: is not UTF-8');
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it('explains its usage when an option is missing', () => {
    const result = run(['--seeds', 'seeds']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage: npm run corpus -- --seeds DIR --out FILE.json');
  });
});
