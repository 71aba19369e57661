// The `corpus` command's logic: arguments in, an exit code out, every line through the given console. The CLI
// (cli.ts) hands it the process's arguments and console; tests call it in-process with their own.
import { closeSync, openSync, writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildCorpus } from './build-corpus.ts';
import { formatProblem } from '../corpus/problems.ts';
import type { Corpus } from '../corpus/types.ts';
import { batched, CORPUS_DEPTH, jsonChunks } from '../corpus/json-chunks.ts';

export const usage = 'usage: npm run corpus -- --seeds DIR --out FILE.json [--max-bytes N] [--pretty]';

/** Where the command prints: `log` for results, `warn` for warnings, `error` for what stopped it. */
export type Output = Pick<Console, 'log' | 'warn' | 'error'>;

/** Analyses `--seeds DIR` into `--out FILE.json`; returns 0, 1 (bad input, nothing written) or 2 (bad usage). */
export function runCorpusCommand(argv: string[], out: Output): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        seeds: { type: 'string' },
        out: { type: 'string' },
        'max-bytes': { type: 'string' },
        pretty: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    out.error(`corpus: ${(error as Error).message}\n${usage}`);
    return 2;
  }
  if (values.help) {
    out.log(usage);
    return 0;
  }
  if (values.seeds === undefined || values.out === undefined) {
    out.error(`corpus: both --seeds and --out are needed\n${usage}`);
    return 2;
  }
  const maxBytes = values['max-bytes'] === undefined ? undefined : Number(values['max-bytes']);
  if (maxBytes !== undefined && !(Number.isInteger(maxBytes) && maxBytes > 0)) {
    out.error(`corpus: --max-bytes must be a positive whole number of bytes\n${usage}`);
    return 2;
  }
  const result = buildCorpus(values.seeds, maxBytes === undefined ? {} : { maxBytes });
  for (const warning of result.warnings) out.warn(`warning: ${formatProblem(warning, values.seeds)}`);
  if (!result.ok) {
    for (const error of result.errors) out.error(`error: ${formatProblem(error, values.seeds)}`);
    out.error(`corpus: ${result.errors.length} error(s); nothing written`);
    return 1;
  }
  try {
    writeCorpus(values.out, result.corpus, values.pretty === true);
  } catch (error) {
    out.error(
      `${values.out}: cannot write the corpus: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
    return 1;
  }
  out.log(`${result.summary} → ${values.out}`);
  return 0;
}

/**
 * Compact JSON, written in pieces (10,000 articles are more JSON than one string may hold); indented with `pretty`,
 * for reading, which only a corpus that fits in a string can be.
 */
function writeCorpus(file: string, corpus: Corpus, pretty: boolean) {
  const fd = openSync(file, 'w');
  try {
    const pieces = pretty ? [JSON.stringify(corpus, null, 2)] : batched(jsonChunks(corpus, CORPUS_DEPTH));
    for (const piece of pieces) writeSync(fd, piece);
    writeSync(fd, '\n');
  } finally {
    closeSync(fd);
  }
}
