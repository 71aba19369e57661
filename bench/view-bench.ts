// Each view opened as a reader opens it, for `npm run bench`: from the articles table by the main navigation, in
// headless Chromium, on a built app (page-bench.ts builds it over news-like corpora). For each view: the time until
// it shows with nothing left loading, the longest main-thread task on the way (Long Tasks API), and the elements
// in the page once it is open.
import type { Browser, Page } from '@playwright/test';

export const VIEWS = [
  'Search',
  'Compare',
  'Coverage',
  'Quotes',
  'Timeline',
  'Disagreements',
  'Sources',
] as const;

export interface ViewOpening {
  view: (typeof VIEWS)[number];
  /** From the click on the view's link to its heading shown with nothing loading. */
  shownMs: number;
  longestTaskMs: number;
  elements: number;
}

/** Records the page's long tasks from its first script on, for `longTasks` to read. */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: number[] = [];
    Object.assign(window, { benchLongTasks: seen });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** The durations of the long tasks recorded since the last call (see `watchLongTasks`). */
export const longTasks = (page: Page): Promise<number[]> =>
  page.evaluate(() => (window as unknown as { benchLongTasks: number[] }).benchLongTasks.splice(0));

/** Each view opened once, in a fresh page, from the articles table of the app at `url`. */
export async function viewOpenings(browser: Browser, url: string): Promise<ViewOpening[]> {
  const openings: ViewOpening[] = [];
  for (const view of VIEWS) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await watchLongTasks(page);
      await page.goto(`${url}/#/`);
      await page.getByRole('heading', { level: 1, name: 'Articles' }).waitFor({ timeout: 120_000 });
      await page.waitForTimeout(1_000);
      await longTasks(page);
      const start = Date.now();
      await page.getByRole('link', { name: view, exact: true }).first().click();
      await page.getByRole('heading', { level: 1, name: view }).waitFor({ timeout: 300_000 });
      await page.waitForFunction(() => document.querySelector('.loading') === null, null, {
        timeout: 300_000,
      });
      const shownMs = Date.now() - start;
      // A moment for work the view set going once shown (a worker's answer, a measured layout).
      await page.waitForTimeout(1_000);
      const longestTaskMs = Math.max(0, ...(await longTasks(page)));
      const elements = await page.evaluate(() => document.querySelectorAll('*').length);
      openings.push({ view, shownMs, longestTaskMs, elements });
    } finally {
      await page.close();
    }
  }
  return openings;
}
