// The `corpus` command's logic: arguments in, an exit code out, every line through the given console. The CLI
// (cli.ts) hands it the process's arguments and console; tests call it in-process with their own.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildCorpus } from './build-corpus.ts';

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
  for (const warning of result.warnings) out.warn(`warning: ${warning}`);
  if (!result.ok) {
    for (const error of result.errors) out.error(`error: ${error}`);
    out.error(`corpus: ${result.errors.length} error(s); nothing written`);
    return 1;
  }
  try {
    // Compact by default: indented, 1,000 articles' corpus is twice the size and slower to read back.
    writeFileSync(values.out, JSON.stringify(result.corpus, null, values.pretty ? 2 : undefined) + '\n');
  } catch (error) {
    out.error(`${values.out}: cannot write the corpus: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
    return 1;
  }
  out.log(`${result.summary} → ${values.out}`);
  return 0;
}
