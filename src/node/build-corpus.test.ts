import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from './build-corpus.ts';
import { formatProblem, type Problem } from '../corpus/problems.ts';
import { runCorpusCommand, usage } from './corpus-command.ts';

const FIXTURES = 'src/corpus/fixtures/bad-input';

/** A problem a fixture expects: its code, and the start of its printed line after the folder. */
interface ExpectedProblem {
  code: string;
  text: string;
}

interface Expected {
  about: string;
  ok: boolean;
  articles?: number;
  errors: ExpectedProblem[];
  warnings: ExpectedProblem[];
}

/** Each expected problem must be exactly one of those found, by code and printed line; nothing else may be found. */
function expectProblems(found: Problem[], expected: ExpectedProblem[], folder: string) {
  expect(found).toHaveLength(expected.length);
  for (const { code, text } of expected) {
    const printed = found.filter((problem) => {
      const line = formatProblem(problem, folder);
      return (
        problem.code === code && (line.includes(`${folder}/${text}`) || line.includes(`${folder}${text}`))
      );
    });
    expect(printed, `${code} ${text}`).toHaveLength(1);
  }
}

describe('bad input, one fixture folder each', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    const folder = join(FIXTURES, name, 'corpus');
    const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected;
    it(`${name}: ${expected.about}`, () => {
      const result = buildCorpus(folder);
      expect(result.ok).toBe(expected.ok);
      expectProblems(result.warnings, expected.warnings, folder);
      if (result.ok) {
        expect(result.corpus.articles).toHaveLength(expected.articles ?? 0);
        expect(result.corpus.warnings).toHaveLength(expected.warnings.length);
        // Nothing is dropped or rewritten: each article's text is its file, byte for byte.
        for (const article of result.corpus.articles) {
          expect(article.text).toBe(readFileSync(join(folder, article.file), 'utf8'));
        }
      } else expectProblems(result.errors, expected.errors, folder);
    });
  }

  it('a file over 1 MB stops the build, and the limit can be set', () => {
    const folder = mkdtempSync(join(tmpdir(), 'parallax-huge-'));
    writeFileSync(join(folder, 'huge.txt'), 'All work and no play makes a dull article. '.repeat(26_000));
    const result = buildCorpus(folder);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors).toEqual([
        expect.objectContaining({
          code: 'too-big',
          file: 'huge.txt',
          message: expect.stringMatching(/^is 1\.1 MB, more than the 1\.0 MB one article may have/),
        }),
      ]);
    // The limit is an option: a small article under a smaller limit is refused, and accepted under a larger one.
    const small = mkdtempSync(join(tmpdir(), 'parallax-small-'));
    writeFileSync(join(small, 'small.txt'), 'All work and no play makes a dull article. '.repeat(50));
    expect(buildCorpus(small, { maxBytes: 1_000 }).ok).toBe(false);
    expect(buildCorpus(small, { maxBytes: 4_000 }).ok).toBe(true);
  });

  it('a folder that is not there says so', () => {
    const result = buildCorpus('no/such/folder');
    expect(result).toMatchObject({
      ok: false,
      errors: [{ code: 'unreadable-folder', file: '' }],
      warnings: [],
    });
    if (!result.ok)
      expect(result.errors.map((e) => formatProblem(e, 'no/such/folder'))).toEqual([
        expect.stringMatching(/^no\/such\/folder: cannot read the corpus folder: .* \[unreadable-folder\]$/),
      ]);
  });
});

describe('entries the folder reader leaves out, each in a folder made at test time', () => {
  // Symbolic links (and a FIFO) cannot sit safely in git, so each case builds its folder: one article beside the
  // entry, and a file outside the folder that must never reach the corpus.
  const STORY = 'Harbour council votes\n\nThe council voted on Tuesday to approve the new breakwater.\n';
  const SECRET = 'root:x:0:0:root:/root:/bin/bash\n';

  /** A folder holding story.txt and whatever `add` puts beside it; `outside` holds secret.txt and a folder. */
  function folderWith(add: (folder: string, outside: string) => void): string {
    const outside = mkdtempSync(join(tmpdir(), 'parallax-outside-'));
    writeFileSync(join(outside, 'secret.txt'), SECRET);
    mkdirSync(join(outside, 'more'));
    writeFileSync(join(outside, 'more', 'other.txt'), SECRET);
    const folder = mkdtempSync(join(tmpdir(), 'parallax-links-'));
    writeFileSync(join(folder, 'story.txt'), STORY);
    add(folder, outside);
    return folder;
  }

  const outsideLink =
    'is a symbolic link to something outside the corpus folder, so it is not read: copy the file into the folder if it belongs in the corpus';
  const folderEntry =
    'is a folder, or a link to one, so it is not read: only the files directly in the corpus folder are, not those in folders inside it; move its articles up if they belong in the corpus';

  it.each([
    [
      'passwd.txt',
      outsideLink,
      (f: string, o: string) => symlinkSync(join(o, 'secret.txt'), join(f, 'passwd.txt')),
    ],
    [
      'up.txt',
      outsideLink,
      (f: string, o: string) => symlinkSync(`../${basename(o)}/secret.txt`, join(f, 'up.txt')),
    ],
    [
      'loop.txt',
      'is a symbolic link that leads back to itself (ELOOP), so it is not read: point it at the article, or remove it',
      (f: string) => symlinkSync('loop.txt', join(f, 'loop.txt')),
    ],
    [
      'dangling.txt',
      'is a symbolic link to a file that is not there, so it is not read: point it at the article, or remove it',
      (f: string) => symlinkSync('gone.txt', join(f, 'dangling.txt')),
    ],
    ['x.txt', folderEntry, (f: string) => mkdirSync(join(f, 'x.txt'))],
    [
      'inner.txt',
      folderEntry,
      (f: string) => (mkdirSync(join(f, '.sub')), symlinkSync('.sub', join(f, 'inner.txt'))),
    ],
    ['outer.txt', outsideLink, (f: string, o: string) => symlinkSync(join(o, 'more'), join(f, 'outer.txt'))],
    [
      'fifo.txt',
      'is not a regular file (a FIFO, socket or device), so it is not read: save the article as a file',
      (f: string) => spawnSync('mkfifo', [join(f, 'fifo.txt')]),
    ],
    [
      '.hidden.txt',
      'is hidden (its name starts with a dot), so it is not read: if it is an article, rename it without the leading dot',
      (f: string, o: string) => symlinkSync(join(o, 'secret.txt'), join(f, '.hidden.txt')),
    ],
  ])('%s: a warning, and the article beside it is kept', (name, message, add) => {
    const folder = folderWith(add);
    const result = buildCorpus(folder);
    expect(result.ok && result.warnings.map((w) => formatProblem(w, folder))).toEqual([
      `${folder}/${name}: ${message} [ignored-file]`,
    ]);
    if (!result.ok) return;
    expect(result.corpus.warnings).toEqual([{ code: 'ignored-file', file: name, message }]);
    expect(result.corpus.articles.map((a) => [a.file, a.text])).toEqual([['story.txt', STORY]]);
    expect(JSON.stringify(result.corpus)).not.toContain('root:x');
  });

  it('follows a link that stays inside the folder', () => {
    const folder = folderWith((f) => symlinkSync('story.txt', join(f, 'copy.txt')));
    const result = buildCorpus(folder);
    expect(result.ok && result.warnings).toEqual([]);
    expect(result.ok && result.corpus.articles.map((a) => [a.file, a.text])).toEqual([
      ['copy.txt', STORY],
      ['story.txt', STORY],
    ]);
  });

  it('reads a corpus folder reached through a link', () => {
    const folder = folderWith(() => undefined);
    const link = join(mkdtempSync(join(tmpdir(), 'parallax-via-')), 'corpus');
    symlinkSync(folder, link);
    const result = buildCorpus(link);
    expect(result.ok && result.corpus.articles.map((a) => a.file)).toEqual(['story.txt']);
  });

  it('the CLI prints the warning, writes the corpus without the linked file, and exits 0', () => {
    const folder = folderWith((f, o) => symlinkSync(join(o, 'secret.txt'), join(f, 'passwd.txt')));
    const out = join(mkdtempSync(join(tmpdir(), 'parallax-cli-')), 'c.json');
    const result = corpusCommand(['--seeds', folder, '--out', out]);
    expect(result).toMatchObject({
      status: 0,
      warn: [`warning: ${folder}/passwd.txt: ${outsideLink} [ignored-file]`],
      error: [],
    });
    expect(readFileSync(out, 'utf8')).not.toContain('root:x');
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

  it('writes compact JSON, or indented with --pretty, the same corpus either way', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-cli-'));
    corpusCommand(['--seeds', 'seeds', '--out', join(dir, 'compact.json')]);
    corpusCommand(['--seeds', 'seeds', '--out', join(dir, 'pretty.json'), '--pretty']);
    const compact = readFileSync(join(dir, 'compact.json'), 'utf8');
    const pretty = readFileSync(join(dir, 'pretty.json'), 'utf8');
    expect(compact.trimEnd().split('\n')).toHaveLength(1);
    expect(pretty.split('\n').length).toBeGreaterThan(100);
    expect(JSON.parse(compact)).toEqual(JSON.parse(pretty));
  });

  it('fails with the message on bad input and writes nothing', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'parallax-cli-')), 'never.json');
    const result = corpusCommand(['--seeds', join(FIXTURES, 'not-utf8', 'corpus'), '--out', out]);
    expect(result.status).toBe(1);
    expect(result.error.join('\n')).toContain('not-utf8/corpus/latin1.txt:3: is not UTF-8');
    expect(existsSync(out)).toBe(false);
  });

  it('says sizes over --max-bytes in a unit that shows them; sources.json and events.json have 4 KB per article more', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'parallax-cli-')), 'never.json');
    const result = corpusCommand(['--seeds', 'seeds', '--out', out, '--max-bytes', '100']);
    expect(result.status).toBe(1);
    expect(result.error).toContainEqual(
      expect.stringMatching(
        /^error: seeds\/000_\w+\.txt: is \d+\.\d KB, more than the 100 bytes one article may have/,
      ),
    );
    expect(result.error.filter((line) => /sources\.json|events\.json/.test(line))).toEqual([]);
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
