// The `corpus` command: analyse a folder of articles into one corpus JSON file, without the app.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildCorpus } from './build-corpus.ts';

const usage = 'usage: npm run corpus -- --seeds DIR --out FILE.json [--max-bytes N]';

function main(argv: string[]): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        seeds: { type: 'string' },
        out: { type: 'string' },
        'max-bytes': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    console.error(`corpus: ${(error as Error).message}\n${usage}`);
    return 2;
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (values.seeds === undefined || values.out === undefined) {
    console.error(`corpus: both --seeds and --out are needed\n${usage}`);
    return 2;
  }
  const maxBytes = values['max-bytes'] === undefined ? undefined : Number(values['max-bytes']);
  if (maxBytes !== undefined && !(Number.isInteger(maxBytes) && maxBytes > 0)) {
    console.error(`corpus: --max-bytes must be a positive whole number of bytes\n${usage}`);
    return 2;
  }
  const result = buildCorpus(values.seeds, maxBytes === undefined ? {} : { maxBytes });
  for (const warning of result.warnings) console.warn(`warning: ${warning}`);
  if (!result.ok) {
    for (const error of result.errors) console.error(`error: ${error}`);
    console.error(`corpus: ${result.errors.length} error(s); nothing written`);
    return 1;
  }
  try {
    writeFileSync(values.out, JSON.stringify(result.corpus, null, 2) + '\n');
  } catch (error) {
    console.error(
      `${values.out}: cannot write the corpus: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
    );
    return 1;
  }
  console.log(`${result.summary} → ${values.out}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
