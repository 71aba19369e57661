import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from './build-corpus.ts';
import { runCorpusCommand, usage } from './corpus-command.ts';

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

  it('a file over 1 MB stops the build, and the limit can be set', () => {
    const folder = mkdtempSync(join(tmpdir(), 'parallax-huge-'));
    writeFileSync(join(folder, 'huge.txt'), 'All work and no play makes a dull article. '.repeat(26_000));
    const result = buildCorpus(folder);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors).toEqual([
        expect.stringMatching(/huge\.txt: is 1\.1 MB, more than the 1\.0 MB one article may have/),
      ]);
    // The limit is an option: a small article under a smaller limit is refused, and accepted under a larger one.
    const small = mkdtempSync(join(tmpdir(), 'parallax-small-'));
    writeFileSync(join(small, 'small.txt'), 'All work and no play makes a dull article. '.repeat(50));
    expect(buildCorpus(small, { maxBytes: 1_000 }).ok).toBe(false);
    expect(buildCorpus(small, { maxBytes: 4_000 }).ok).toBe(true);
  });

  it('a folder that is not there says so', () => {
    const result = buildCorpus('no/such/folder');
    expect(result).toEqual({
      ok: false,
      errors: [expect.stringContaining('no/such/folder: cannot read the corpus folder')],
      warnings: [],
    });
  });
});

/** Runs the corpus command in-process, with what it prints kept line by line. */
function corpusCommand(args: string[]) {
  const printed = { log: [] as string[], warn: [] as string[], error: [] as string[] };
  const status = runCorpusCommand(args, {
    log: (line: string) => printed.log.push(line),
    warn: (line: string) => printed.warn.push(line),
    error: (line: string) => printed.error.push(line),
  });
  return { status, ...printed };
}

describe('the corpus command', () => {
  it('writes the seeds corpus and prints a one-line summary', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'parallax-cli-')), 'c.json');
    const result = corpusCommand(['--seeds', 'seeds', '--out', out]);
    expect(result).toMatchObject({ status: 0, warn: [], error: [] });
    expect(result.log).toEqual([
      expect.stringMatching(/^seeds: 5 articles from 5 outlets, \d+ sentences, [\d,]+ words, 0 warnings → /),
    ]);
    const corpus = JSON.parse(readFileSync(out, 'utf8')) as { articles: unknown[] };
    expect(corpus.articles).toHaveLength(5);
  });

  it('fails with the message on bad input and writes nothing', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'parallax-cli-')), 'never.json');
    const result = corpusCommand(['--seeds', join(FIXTURES, 'not-utf8', 'corpus'), '--out', out]);
    expect(result.status).toBe(1);
    expect(result.error.join('\n')).toContain('not-utf8/corpus/latin1.txt:3: is not UTF-8');
    expect(existsSync(out)).toBe(false);
  });

  it('explains its usage when an option is missing or wrong', () => {
    for (const args of [
      ['--seeds', 'seeds'],
      ['--seeds', 'seeds', '--out', 'x.json', '--max-bytes', '1.5'],
      ['--nope'],
    ]) {
      const result = corpusCommand(args);
      expect(result.status).toBe(2);
      expect(result.error.join('\n')).toContain(usage);
    }
  });
});

describe('the corpus CLI, as a user runs it', () => {
  // The one test that starts a process: `npx tsx` loads TypeScript's compiler and the pipeline, which takes 1-2 s
  // on a quiet machine and was seen to take 3-8 s on a loaded 2-core one. The limit is for a machine under heavy
  // load, not a speed requirement: what is checked is the exit code and that no stack trace reaches the user.
  it('exits 1 with the message and no stack trace on bad input', () => {
    const result = spawnSync(
      'npx',
      [
        'tsx',
        'src/node/cli.ts',
        '--seeds',
        join(FIXTURES, 'not-utf8', 'corpus'),
        '--out',
        join(tmpdir(), 'never.json'),
      ],
      { encoding: 'utf8' },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('not-utf8/corpus/latin1.txt:3: is not UTF-8');
    expect(result.stderr).not.toMatch(/^\s+at /m);
  }, 120_000);
});
