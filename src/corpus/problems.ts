// Problems found in the input, one type for both severities in the spirit of vfile-message: errors stop the build,
// warnings are kept in the corpus and printed. Every problem has a code, one per rule, listed in docs/corpus.md.
import type { CorpusWarning, WarningCode } from './types.ts';

export type ErrorCode =
  | 'unreadable-folder'
  | 'no-articles'
  | 'no-article-id'
  | 'duplicate-id'
  | 'too-big'
  | 'utf-16'
  | 'binary-file'
  | 'not-utf-8'
  | 'invalid-json'
  | 'duplicate-key'
  | 'bad-shape'
  | 'unknown-field'
  | 'missing-field'
  | 'unknown-article'
  | 'bad-date'
  | 'bad-event-id'
  | 'duplicate-event'
  | 'refused-cue'
  | 'unmatched-cue';

interface Located {
  /** The file at fault, relative to the corpus folder (`''` for the folder itself). */
  file: string;
  /** 1-based line and column, where one applies. */
  line?: number;
  column?: number;
  /** What is wrong, and what to do about it. */
  message: string;
}

/** Something wrong enough that the corpus would be wrong; the build stops and names the place. */
export interface CorpusError extends Located {
  severity: 'error';
  code: ErrorCode;
}

/** Something worth knowing about the input that did not stop the build: the corpus keeps it as a `CorpusWarning`. */
export interface InputWarning extends Located {
  severity: 'warning';
  code: WarningCode;
}

export type Problem = CorpusError | InputWarning;

/** The errors found in one of the folder's JSON files, and how each is added: by its code, line and message. */
export function errorsIn(file: string): {
  errors: CorpusError[];
  fail: (code: ErrorCode, line: number, message: string) => void;
} {
  const errors: CorpusError[] = [];
  return {
    errors,
    fail: (code, line, message) => errors.push({ severity: 'error', code, file, line, message }),
  };
}

/** A warning as the corpus stores it: no severity, since `warnings` holds nothing else, and no column. */
export function storedWarning({ code, file, line, message }: InputWarning): CorpusWarning {
  return line === undefined ? { code, file, message } : { code, file, line, message };
}

/**
 * `file[:line[:column]]: message [code]`, the one format every problem is printed in. `folder` is `''` for files
 * given one by one (dropped on the page): a file's name then stands alone.
 */
export function formatProblem(problem: Problem, folder: string): string {
  const file =
    problem.file === ''
      ? folder || 'the files given'
      : folder === ''
        ? problem.file
        : `${folder.replace(/\/+$/, '')}/${problem.file}`;
  const line = problem.line === undefined ? '' : `:${problem.line}`;
  const column = problem.column === undefined ? '' : `:${problem.column}`;
  return `${file}${line}${column}: ${problem.message} [${problem.code}]`;
}

/**
 * Where the JSON key `"key"` first appears in `text` at or after `from` (else anywhere, else at the start): the place
 * a problem with that entry points at.
 */
export function keyAt(text: string, key: string, from = 0): number {
  const quoted = JSON.stringify(key);
  const at = text.indexOf(quoted, Math.max(0, from));
  return at !== -1 ? at : Math.max(text.indexOf(quoted), 0);
}

/** 1-based line and column of a character offset in a string. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** A JSON file's value, or an error at the line and column where its syntax breaks or a key comes twice. */
export function parseJson(
  text: string,
  file: string,
): { ok: true; value: unknown } | { ok: false; error: CorpusError } {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    const reason = (error as Error).message.replace(/ in JSON at position \d+.*$/, '');
    const position = /position (\d+)/.exec((error as Error).message);
    const { line, column } = lineAndColumn(text, position ? Number(position[1]) : text.length);
    const message = `is not valid JSON (${reason}): fix the syntax there; a trailing comma or a missing quote is the usual cause`;
    return { ok: false, error: { severity: 'error', code: 'invalid-json', file, line, column, message } };
  }
  const duplicate = firstDuplicateKey(text);
  if (duplicate === null) return { ok: true, value };
  const first = lineAndColumn(text, duplicate.first).line;
  const message =
    `has the key ${JSON.stringify(duplicate.key)} a second time in one object (first on line ${first}): ` +
    'JSON keeps only the last, so what the first says would be lost; merge the two into one';
  const place = lineAndColumn(text, duplicate.at);
  return { ok: false, error: { severity: 'error', code: 'duplicate-key', file, ...place, message } };
}

/**
 * The first key that an object of `text` (valid JSON) gives twice, with the offsets of both. `JSON.parse` keeps
 * the last silently; a scan of the text is the only way to see it. Keys are compared decoded (`"a"` = `"\u0061"`).
 */
function firstDuplicateKey(text: string): { key: string; first: number; at: number } | null {
  // One map of key → offset per open object; `null` for an open array.
  const open: (Map<string, number> | null)[] = [];
  const colon = /\s*:/y;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') open.push(new Map());
    else if (c === '[') open.push(null);
    else if (c === '}' || c === ']') open.pop();
    else if (c === '"') {
      const end = endOfString(text, i);
      const keys = open.at(-1);
      colon.lastIndex = end;
      if (keys && colon.test(text)) {
        const key = JSON.parse(text.slice(i, end)) as string;
        const first = keys.get(key);
        if (first !== undefined) return { key, first, at: i };
        keys.set(key, i);
      }
      i = end - 1;
    }
  }
  return null;
}

/** The offset just past the string literal opening at `start`, skipping escaped characters. */
function endOfString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}
