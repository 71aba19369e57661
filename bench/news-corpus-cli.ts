// `npm run bench:corpus -- --articles 1000 --seed 1 --out /tmp/news-1000`: a news-like bench corpus written as a
// corpus folder (NNNN_slug.txt files, sources.json, events.json), with the generator's statistics.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newsCorpus, newsFiles } from './news-corpus.ts';

const USAGE = 'usage: npm run bench:corpus -- --articles 1000 [--seed 1] --out /path/to/folder';

/** Files this command writes: the only ones it replaces in a folder that is not empty. */
const OURS = /^(\d{4,}_[a-z0-9-]*\.txt|sources\.json|events\.json)$/;

function main(argv: string[]): number {
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i] ?? '';
    const value = argv[i + 1];
    if (!['--articles', '--seed', '--out'].includes(key) || value === undefined) {
      console.error(`unknown or incomplete option ${key}\n${USAGE}`);
      return 2;
    }
    options.set(key, value);
  }
  const articles = Number(options.get('--articles'));
  const seed = Number(options.get('--seed') ?? '1');
  const out = options.get('--out');
  if (!Number.isInteger(articles) || articles < 1 || !Number.isInteger(seed) || out === undefined) {
    console.error(USAGE);
    return 2;
  }
  mkdirSync(out, { recursive: true });
  const present = readdirSync(out);
  const foreign = present.filter((name) => !OURS.test(name));
  if (foreign.length > 0) {
    console.error(
      `${out} holds files this command did not write (${foreign.slice(0, 3).join(', ')}…): choose another folder`,
    );
    return 1;
  }
  for (const name of present) rmSync(join(out, name));
  const started = performance.now();
  const corpus = newsCorpus(articles, seed);
  let largest = 0;
  for (const file of newsFiles(corpus)) {
    writeFileSync(join(out, file.name), file.bytes);
    largest = Math.max(largest, file.bytes.length);
  }
  const s = corpus.stats;
  const n = (x: number) => x.toLocaleString('en-US');
  console.log(
    [
      `wrote ${out} in ${(performance.now() - started).toFixed(0)} ms (seed ${seed})`,
      `articles        ${n(s.articles)} in ${n(s.stories)} stories (biggest ${n(s.biggestStory)})`,
      `  originals     ${n(s.articles - s.copies - s.paraphrases)}`,
      `  paraphrases   ${n(s.paraphrases)}`,
      `  wire copies   ${n(s.copies)} (${((100 * s.copies) / s.articles).toFixed(0)} %)`,
      `tokens          ${n(s.tokens)}`,
      `distinct words  ${n(s.distinctWords)}`,
      `quotes          ${n(s.quotes)} quoted spans (${n(s.rendered.quotes)} rendered, the rest in wire copies)`,
      `dates           ${n(s.dates)} date expressions (${n(s.rendered.dates)} rendered; datelines included)`,
      `events.json     ${corpus.events.events.length} events of the biggest story`,
    ].join('\n'),
  );
  if (largest > 1_000_000)
    console.log(
      `note: a file is ${(largest / 1e6).toFixed(1)} MB, over the pipeline's 1 MB default: ` +
        `npm run corpus -- --seeds ${out} --max-bytes ${Math.ceil(largest / 1e6) * 1_000_000} …`,
    );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
