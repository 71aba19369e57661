// The browser's import at scale: the 1,000 news-like articles the scale app is built from (dist-scale-corpus, see
// playwright.config.ts) chosen through the folder input and imported, as the bench does it (bench/import-bench.ts).
// The page must never block for more than 50 ms meanwhile (the Long Tasks API reports every task over 50 ms).
import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { importFolder } from '../bench/import-bench.ts';

const FOLDER = 'dist-scale-corpus';

test('imports 1,000 articles with no main-thread task over 50 ms', async ({ browser, baseURL }) => {
  test.setTimeout(300_000);
  const articles = readdirSync(FOLDER).filter((name) => name.endsWith('.txt')).length;
  const figures = await importFolder(browser, baseURL ?? '', FOLDER);
  expect(figures.articles).toBe(articles);
  expect(figures.longestTaskMs).toBe(0);
});

test('Cancel stops an import under way, and keeps the files chosen', async ({ page }) => {
  await page.goto('/#/corpora');
  await page.getByLabel('Choose a folder').setInputFiles(FOLDER);
  await page.getByRole('button', { name: /^Import [\d,]+ files$/ }).click();
  await expect(page.getByRole('progressbar', { name: 'Import progress' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Import cancelled' })).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  // Nothing was kept, and the page stays on this corpus.
  await page.waitForTimeout(2_000);
  await expect(page).not.toHaveURL(/corpus=/);
  await expect(page.getByText('No corpus imported yet')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Import [\d,]+ files$/ })).toBeEnabled();
});
