// A folder imported in the browser, for `npm run bench` and the scale browser test: headless Chromium opens the
// built app's Corpora view, gives the folder to its folder input as a reader picks it, and starts the import. Timed
// from the click to the corpus stored (the page then opens it at its own URL), with the longest main-thread task
// on the way (Long Tasks API), kept across that page load in sessionStorage.
import type { Browser } from '@playwright/test';

export interface ImportFigures {
  /** From the click on Import to the corpus stored and its URL opening. */
  importMs: number;
  /** The longest main-thread task meanwhile; 0 if none passed 50 ms. */
  longestTaskMs: number;
  articles: number;
}

export async function importFolder(browser: Browser, url: string, folder: string): Promise<ImportFigures> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.addInitScript(() => {
      const seen: number[] = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) seen.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
      // Started (the bench sets the flag), the page's tasks until it leaves for the imported corpus are kept.
      addEventListener('pagehide', () => {
        if (sessionStorage.getItem('benchImporting') === null) return;
        sessionStorage.setItem('benchImportTasks', JSON.stringify(seen));
      });
      Object.assign(window, { benchLongTasks: seen });
    });
    await page.goto(`${url}/#/corpora`);
    await page.getByLabel('Choose a folder').setInputFiles(folder);
    const start = page.getByRole('button', { name: /^Import [\d,]+ files?$/ });
    await start.waitFor();
    // Only what the import itself costs: the view's own opening is not counted.
    await page.evaluate(() => {
      (window as unknown as { benchLongTasks: number[] }).benchLongTasks.splice(0);
      sessionStorage.setItem('benchImporting', '1');
    });
    const t0 = Date.now();
    await start.click();
    await page.waitForURL(/[?&]corpus=/, { timeout: 600_000, waitUntil: 'commit' });
    const importMs = Date.now() - t0;
    await page.locator('tbody tr').first().waitFor({ timeout: 120_000 });
    const tasks = await page.evaluate(
      () => JSON.parse(sessionStorage.getItem('benchImportTasks') ?? '[]') as number[],
    );
    const articles = Number(
      /([\d,]+) articles? from/.exec(await page.locator('main').innerText())?.[1]?.replace(/,/g, '') ?? NaN,
    );
    return { importMs, longestTaskMs: Math.max(0, ...tasks), articles };
  } finally {
    await page.close();
  }
}
