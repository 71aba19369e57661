// `npm run bench`: the performance budget's figures, measured, printed as one table.
import { readdirSync, readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { analyseCorpus, type SourceFile } from '../src/corpus/analyse.ts';
import { chromiumLaunchOptions } from '../scripts/chromium.ts';
import type { Corpus } from '../src/corpus/types.ts';
import { QUERIES, searchFigures, type Latency } from './search-bench.ts';
import { syntheticFiles } from './synthetic.ts';

interface Row {
  what: string;
  measured: string;
  budget: string;
  ok: boolean | null;
}
const rows: Row[] = [];
const row = (what: string, measured: string, budget = '', ok: boolean | null = null) =>
  rows.push({ what, measured, budget, ok });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (t: number) => (t >= 1000 ? `${(t / 1000).toFixed(2)} s` : `${t.toFixed(t < 10 ? 2 : 0)} ms`);

/** Median wall time of `runs` runs of `fn`, after one warm-up. */
function time(fn: () => void, runs: number): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

function analyse(files: SourceFile[]) {
  const result = analyseCorpus(files);
  if (!result.ok) throw new Error(`bench input failed: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.corpus;
}

function pipelineRows(): Corpus {
  const seedFiles = readdirSync('seeds')
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join('seeds', name))) }));
  const seeds = analyse(seedFiles);
  const seedTime = time(() => analyse(seedFiles), 20);
  row('pipeline, seeds (5 articles)', ms(seedTime), '≤ 1 s', seedTime <= 1000);
  const perArticle: number[] = [];
  for (const [count, runs, budget] of [
    [100, 5, null],
    [1000, 3, 10_000],
  ] as const) {
    const files = syntheticFiles(seeds, count);
    const t = time(() => analyse(files), runs);
    perArticle.push(t / count);
    row(
      `pipeline, ${count.toLocaleString('en-US')} synthetic articles`,
      ms(t),
      budget ? `≤ ${budget / 1000} s` : '',
      budget ? t <= budget : null,
    );
  }
  const [at100 = NaN, at1000 = NaN] = perArticle;
  const growth = at1000 / at100;
  row(
    'pipeline growth, time per article 1,000 ÷ 100',
    `${growth.toFixed(2)}×`,
    'near linear (≤ 1.5×)',
    growth <= 1.5,
  );
  return seeds;
}

/** Search at three sizes: the budget's per-keystroke figure, and per query against the designs it replaced. */
function searchTable(seeds: Corpus): string[][] {
  const lat = (l: Latency) => `${ms(l.median)} / ${ms(l.p95)}`;
  const sizes = [
    ['seeds', seeds, 2],
    ['1,000', analyse(syntheticFiles(seeds, 1000)), 16],
    ['10,000', analyse(syntheticFiles(seeds, 10_000)), null],
  ] as const;
  return sizes.map(([label, corpus, budget]) => {
    const f = searchFigures(corpus, corpus.articles.length < 10_000);
    const verdict =
      budget === null ? '' : f.keystroke.p95 <= budget ? `≤ ${budget} ms: ok` : `≤ ${budget} ms: OVER`;
    if (budget !== null && f.keystroke.p95 > budget) overBudget = true;
    return [
      `${label} (${f.passages.toLocaleString('en-US')} passages)`,
      ms(f.indexBuildMs),
      `${kb(f.indexBytes)} (${kb(f.indexGzipBytes)} gz)`,
      ms(f.startupMs),
      lat(f.keystroke),
      verdict,
      lat(f.query),
      lat(f.allPassages),
      lat(f.wholeArticles),
    ];
  });
}

async function bundleRows() {
  const outDir = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
  try {
    await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true, manifest: true } });
    const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<
      string,
      { file: string; isEntry?: boolean; imports?: string[]; css?: string[] }
    >;
    const gz = (file: string) => gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;
    const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry);
    if (!entry) throw new Error('no entry chunk in the build manifest');
    const initial = new Set<string>();
    const visit = (key: string) => {
      if (initial.has(key)) return;
      initial.add(key);
      for (const imported of manifest[key]?.imports ?? []) visit(imported);
    };
    visit(entry[0]);
    let code = 0;
    let data = 0;
    for (const key of initial) {
      const file = manifest[key]?.file ?? '';
      if (/corpus/.test(file)) data += gz(file);
      else code += gz(file);
    }
    const css = (manifest[entry[0]]?.css ?? []).reduce((sum, file) => sum + gz(file), 0);
    row('initial JS, gzip (app code, without the corpus)', kb(code), '≤ 110 KB', code <= 110 * 1024);
    row('corpus payload for the seeds, gzip', kb(data), '≤ 40 KB', data <= 40 * 1024);
    row('CSS, gzip', kb(css));
    rows.push(...(await firstRender(outDir)));
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** Time from navigation to the first article row in the DOM, in headless Chromium against `vite preview`. */
async function firstRender(outDir: string): Promise<Row[]> {
  const server = await preview({
    logLevel: 'silent',
    build: { outDir },
    preview: { port: 4399, strictPort: true, host: '127.0.0.1' },
  });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const page = await browser.newPage();
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (document.querySelector('tbody tr')) {
            performance.mark('first-row');
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto('http://127.0.0.1:4399/');
      await page.locator('tbody tr').first().waitFor();
      times.push(await page.evaluate(() => performance.getEntriesByName('first-row')[0]?.startTime ?? NaN));
      await page.close();
    }
    const t = median(times.slice(1));
    return [
      {
        what: 'first render with data, headless Chromium, localhost (median of 6)',
        measured: ms(t),
        budget: '≤ 500 ms',
        ok: t <= 500,
      },
    ];
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

function print(header: string[], cells: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(line(header));
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const c of cells) console.log(line(c));
}

let overBudget = false;
const seeds = pipelineRows();
await bundleRows();
const search = searchTable(seeds);
print(
  ['what', 'measured', 'budget', ''],
  rows.map((r) => [r.what, r.measured, r.budget, r.ok === null ? '' : r.ok ? 'ok' : 'OVER']),
);
console.log(
  `\nSearch, median / p95 per call. Per keystroke: every prefix of ${QUERIES.length} queries (names, typos, phrases, ` +
    'numbers) as typed. Per query: the whole queries, for ours and for the designs it replaced: Fuse over every ' +
    'passage with no word index, and Fuse over whole articles.\n',
);
print(
  [
    'articles',
    'index build',
    'index size',
    'start-up',
    'per keystroke',
    'budget (p95)',
    'per query',
    'all passages, no word index',
    'whole articles',
  ],
  search,
);
if (overBudget || rows.some((r) => r.ok === false)) process.exitCode = 1;
