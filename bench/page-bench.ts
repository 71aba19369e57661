// The page at scale, for `npm run bench`: a news-like corpus (bench/news-corpus.ts, seed 1) written to disk as a
// corpus folder, analysed by the `corpus` command as a user runs it (wall time and peak memory), built into the app,
// and opened in headless Chromium: the time to the first row of the articles table, and the longest main-thread
// task on the way there.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { chromiumLaunchOptions } from '../scripts/chromium.ts';
import { median } from './timing.ts';

export interface ScaleFigures {
  /** The `corpus` command: wall seconds (start-up included) and peak resident memory in MB. */
  pipelineSeconds: number;
  peakMB: number;
  /** Median of 3 loads after a warm-up: navigation to the first table row, and the longest task before it. */
  firstRowMs: number;
  longestTaskMs: number;
}

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
  return result.stderr;
}

async function firstRow(dist: string, port: number): Promise<{ firstRowMs: number; longestTaskMs: number }> {
  const server = await preview({
    logLevel: 'silent',
    build: { outDir: dist },
    preview: { port, strictPort: true, host: '127.0.0.1' },
  });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const rows: number[] = [];
    const tasks: number[] = [];
    for (let i = 0; i < 4; i++) {
      const page = await browser.newPage();
      await page.addInitScript(() => {
        const seen: number[] = [];
        Object.assign(window, { benchLongTasks: seen });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) seen.push(entry.duration);
        }).observe({ type: 'longtask', buffered: true });
        new MutationObserver((_, observer) => {
          if (!document.querySelector('tbody tr')) return;
          performance.mark('first-row');
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(`http://127.0.0.1:${String(port)}/`);
      await page.locator('tbody tr').first().waitFor({ timeout: 120_000 });
      const [row, task] = await page.evaluate(() => [
        performance.getEntriesByName('first-row')[0]?.startTime ?? NaN,
        Math.max(0, ...(window as unknown as { benchLongTasks: number[] }).benchLongTasks),
      ]);
      if (i > 0) {
        rows.push(row ?? NaN);
        tasks.push(task ?? NaN);
      }
      await page.close();
    }
    return { firstRowMs: median(rows), longestTaskMs: median(tasks) };
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

/** The figures for `count` articles; the temporary folders are removed afterwards. */
export async function scaleFigures(count: number, port: number): Promise<ScaleFigures> {
  const work = mkdtempSync(join(tmpdir(), 'parallax-scale-'));
  const folder = join(work, 'corpus');
  const dist = join(work, 'dist');
  const previousFolder = process.env.SEEDS_DIR;
  try {
    run('npx', [
      'tsx',
      'bench/news-corpus-cli.ts',
      '--articles',
      String(count),
      '--seed',
      '1',
      '--out',
      folder,
    ]);
    const timed = run('/usr/bin/time', [
      '-f',
      'parallax-time %e %M',
      ...['npx', 'tsx', 'src/node/cli.ts', '--seeds', folder, '--out', join(work, 'corpus.json')],
    ]);
    const [, seconds = 'NaN', kilobytes = 'NaN'] = /parallax-time (\S+) (\S+)/.exec(timed) ?? [];
    // vite.config.ts reads the corpus folder from SEEDS_DIR when the build loads it.
    process.env.SEEDS_DIR = folder;
    await build({ logLevel: 'silent', build: { outDir: dist, emptyOutDir: true } });
    return {
      pipelineSeconds: Number(seconds),
      peakMB: Number(kilobytes) / 1024,
      ...(await firstRow(dist, port)),
    };
  } finally {
    if (previousFolder === undefined) delete process.env.SEEDS_DIR;
    else process.env.SEEDS_DIR = previousFolder;
    rmSync(work, { recursive: true, force: true });
  }
}
