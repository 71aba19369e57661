// `npm run eval`: the pipeline scored against every gold standard in eval/gold/, one scorecard per corpus.
//   npm run eval [-- --details] [-- CORPUS ...]
// Exits 1 when a figure is below its floor (see FLOORS in score.ts), 2 when a gold file is broken or the pipeline
// stops on a corpus, 0 otherwise.
// A gold file whose folder of articles is not here is skipped with a line saying what it needs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyseCorpus } from '../src/corpus/analyse.ts';
import { EVENTS_FILE } from '../src/corpus/events.ts';
import { formatProblem, parseJson } from '../src/corpus/problems.ts';
import { readCorpusFolder } from '../src/node/read-folder.ts';
import { checkGold, type Gold } from './gold.ts';
import { meetsFloor, score, type Figure } from './score.ts';

const GOLD_DIR = 'eval/gold';

const percent = (share: number) => `${(share * 100).toFixed(share === 1 || share === 0 ? 0 : 1)} %`;

function line(figure: Figure): string {
  const value = figure.of === 0 ? 'n/a' : percent(figure.hit / figure.of);
  const floor =
    figure.floor === null ? '' : `${figure.floor.at === 'least' ? '≥' : '≤'} ${percent(figure.floor.share)}`;
  const verdict = figure.floor === null || figure.of === 0 ? '' : meetsFloor(figure) ? 'ok' : 'BELOW FLOOR';
  return `  ${figure.name.padEnd(44)} ${`${String(figure.hit)}/${String(figure.of)}`.padStart(8)} ${value.padStart(8)}   ${floor.padEnd(8)} ${verdict}`;
}

type Outcome = 'met' | 'below' | 'broken' | 'skipped';

/** Reads, checks and scores one gold file. */
function evaluate(file: string, details: boolean): Outcome {
  const path = join(GOLD_DIR, file);
  const parsed = parseJson(readFileSync(path, 'utf8'), file);
  if (!parsed.ok) {
    console.error(formatProblem(parsed.error, GOLD_DIR));
    return 'broken';
  }
  const gold = parsed.value as Gold;
  const folder = resolve(gold.folder);
  if (!existsSync(folder)) {
    console.log(
      `${gold.corpus}: skipped — it needs its articles in ${gold.folder} (from the project's root), which is not ` +
        'there. The evaluation corpora live beside the project in ../shared/corpora; put them there and run again.\n',
    );
    return 'skipped';
  }
  // The gold's events stand in for the folder's events.json: the timeline is scored on the events it names.
  const events = JSON.stringify({ events: gold.events.map(({ id, name, cues }) => ({ id, name, cues })) });
  const files = readCorpusFolder(folder).filter((f) => f.name !== EVENTS_FILE);
  files.push({ name: EVENTS_FILE, bytes: new TextEncoder().encode(events) });
  const texts = new Map(
    files.filter((f) => f.name.endsWith('.txt')).map((f) => [f.name, new TextDecoder().decode(f.bytes)]),
  );
  const problems = checkGold(gold, texts);
  if (problems.length > 0) {
    console.error(
      `${path}: ${String(problems.length)} problem(s) in the gold file:\n  ${problems.join('\n  ')}`,
    );
    return 'broken';
  }
  const result = analyseCorpus(files);
  if (!result.ok) {
    console.error(
      `${gold.corpus}: the pipeline stopped:\n  ${result.errors.map((e) => formatProblem(e, gold.folder)).join('\n  ')}`,
    );
    return 'broken';
  }
  const figures = score(result.corpus, gold);
  console.log(`${gold.corpus} — ${String(result.corpus.articles.length)} articles, ${gold.folder}`);
  for (const figure of figures) {
    console.log(line(figure));
    if (details) for (const miss of figure.misses) console.log(`      ${miss}`);
  }
  console.log('');
  return figures.every(meetsFloor) ? 'met' : 'below';
}

function main(): number {
  const { values, positionals } = parseArgs({
    options: { details: { type: 'boolean' } },
    allowPositionals: true,
  });
  const files = readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.json'))
    .filter((f) => positionals.length === 0 || positionals.includes(f.replace(/\.json$/, '')))
    .sort();
  if (files.length === 0) {
    console.error(
      `eval: no gold file in ${GOLD_DIR}${positionals.length > 0 ? ` named ${positionals.join(', ')}` : ''}`,
    );
    return 2;
  }
  const outcomes = files.map((file) => evaluate(file, values.details === true));
  const count = (o: Outcome) => outcomes.filter((x) => x === o).length;
  console.log(
    `eval: ${String(count('met') + count('below'))} corpus(es) scored, ${String(count('below'))} below a floor` +
      (count('broken') > 0 ? `, ${String(count('broken'))} not scored (see above)` : '') +
      (count('skipped') > 0 ? `, ${String(count('skipped'))} skipped for want of their articles` : ''),
  );
  return count('broken') > 0 ? 2 : count('below') > 0 ? 1 : 0;
}

process.exitCode = main();
