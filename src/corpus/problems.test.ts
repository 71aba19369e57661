import { describe, expect, it } from 'vitest';
import { formatProblem, parseJson, storedWarning } from './problems.ts';

describe('parseJson', () => {
  it('parses valid JSON whose keys are each given once per object', () => {
    const text = '{"a": {"x": 1}, "b": {"x": "a"}, "list": [{"x": 1}, {"x": 2}], "s": "\\"x\\": 1"}';
    expect(parseJson(text, 'f.json')).toEqual({ ok: true, value: JSON.parse(text) as unknown });
  });

  it('points at a syntax error', () => {
    expect(parseJson('{\n  "a": 1,\n}', 'f.json')).toMatchObject({
      ok: false,
      error: {
        severity: 'error',
        code: 'invalid-json',
        file: 'f.json',
        line: 3,
        column: 1,
        message: expect.stringContaining('is not valid JSON'),
      },
    });
  });

  it.each([
    ['at the top', '{\n  "a.txt": {"outlet": "A"},\n  "a.txt": {"outlet": "B"}\n}', 'a.txt', 3, 3, 2],
    ['in an entry', '{"a.txt": {\n  "url": "https://a.example/",\n  "url": "x"}}', 'url', 3, 3, 2],
    ['in an object in a list', '{"events": [\n{"id": "a"},\n{"id": "b", "id": "c"}]}', 'id', 3, 13, 3],
    ['spelt two ways', '{"a": 1,\n "\\u0061": 2}', 'a', 2, 2, 1],
  ])('refuses a key given twice %s, naming its line and the first', (_, text, key, line, column, first) => {
    const parsed = parseJson(text, 'sources.json');
    expect(parsed).toEqual({
      ok: false,
      error: {
        severity: 'error',
        code: 'duplicate-key',
        file: 'sources.json',
        line,
        column,
        message: `has the key "${key}" a second time in one object (first on line ${first}): JSON keeps only the last, so what the first says would be lost; merge the two into one`,
      },
    });
    if (!parsed.ok)
      expect(formatProblem(parsed.error, 'corpus')).toBe(
        `corpus/sources.json:${line}:${column}: ${parsed.error.message} [duplicate-key]`,
      );
  });
});

describe('formatProblem', () => {
  it('names the folder itself for a problem of the folder, and the code last', () => {
    const problem = {
      severity: 'error',
      code: 'no-articles',
      file: '',
      message: 'holds no .txt article',
    } as const;
    expect(formatProblem(problem, 'corpus/')).toBe('corpus/: holds no .txt article [no-articles]');
    expect(formatProblem(problem, '')).toBe('the files given: holds no .txt article [no-articles]');
  });

  it('names a file alone, with its line, when the files were given one by one rather than as a folder', () => {
    const problem = { severity: 'error', code: 'binary-file', file: 'a.txt', line: 3, message: 'm' } as const;
    expect(formatProblem(problem, '')).toBe('a.txt:3: m [binary-file]');
    expect(formatProblem(problem, 'news')).toBe('news/a.txt:3: m [binary-file]');
  });
});

describe('storedWarning', () => {
  it('keeps what the corpus stores of a warning, in its order: code, file, line, message', () => {
    const warning = {
      severity: 'warning',
      code: 'unsafe-url',
      file: 'a.txt',
      line: 2,
      message: 'm',
    } as const;
    expect(JSON.stringify(storedWarning(warning))).toBe(
      '{"code":"unsafe-url","file":"a.txt","line":2,"message":"m"}',
    );
    const lineless = { severity: 'warning', code: 'empty-file', file: 'b.txt', message: 'm' } as const;
    expect(JSON.stringify(storedWarning(lineless))).toBe(
      '{"code":"empty-file","file":"b.txt","message":"m"}',
    );
  });
});
