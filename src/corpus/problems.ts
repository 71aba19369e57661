// Problems found in the input: errors stop the build, warnings are kept in the corpus and printed.
import type { CorpusWarning } from './types.ts';

/** Something wrong enough that the corpus would be wrong; the build stops and names the place. */
export interface CorpusError {
  /** The file at fault, relative to the corpus folder (`''` for the folder itself). */
  file: string;
  /** 1-based line and column, where one applies. */
  line?: number;
  column?: number;
  /** What is wrong, and what to do about it. */
  message: string;
}

/** `file[:line[:column]]: message`, the one format every problem is printed in. */
export function formatProblem(problem: CorpusError | CorpusWarning, folder: string): string {
  const file = problem.file === '' ? folder : `${folder.replace(/\/+$/, '')}/${problem.file}`;
  const line = problem.line === undefined ? '' : `:${problem.line}`;
  const column = 'column' in problem && problem.column !== undefined ? `:${problem.column}` : '';
  return `${file}${line}${column}: ${problem.message}`;
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

/** A JSON file's value, or an error at the line and column where its syntax breaks. */
export function parseJson(
  text: string,
  file: string,
): { ok: true; value: unknown } | { ok: false; error: CorpusError } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = (error as Error).message.replace(/ in JSON at position \d+.*$/, '');
    const position = /position (\d+)/.exec((error as Error).message);
    const { line, column } = lineAndColumn(text, position ? Number(position[1]) : text.length);
    const message = `is not valid JSON (${reason}): fix the syntax there; a trailing comma or a missing quote is the usual cause`;
    return { ok: false, error: { file, line, column, message } };
  }
}
