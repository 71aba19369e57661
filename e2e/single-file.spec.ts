// The one-file build (dist-single/parallax.html), opened from disk by its file:// URL as a reader who was emailed it
// would: the bundled corpus, search, and an import, all with no server.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { buildCorpus } from '../src/node/build-corpus.ts';

const PAGE = pathToFileURL(resolve('dist-single/parallax.html')).href;
const FOLDER = 'e2e/fixtures/corpora/deepseek-jan-2025';

test.beforeAll(() => {
  if (!readdirSync('dist-single').includes('parallax.html'))
    throw new Error('dist-single/parallax.html is missing: run npm run build:single first');
});

const bodyRows = (page: import('@playwright/test').Page) =>
  page.getByRole('table').locator('tbody').getByRole('row');

test('opens from disk with the bundled corpus, searches it, and imports a folder', async ({ page }) => {
  const seeds = buildCorpus('seeds');
  const imported = buildCorpus(FOLDER);
  if (!seeds.ok || !imported.ok) throw new Error('the corpora do not build');
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(request.url()));

  await page.goto(`${PAGE}#/`);
  await expect(bodyRows(page)).toHaveCount(seeds.corpus.articles.length);

  // A word of the first article's title, searched: its article is among the results.
  const [first] = seeds.corpus.articles;
  const word = /\p{L}{6,}/u.exec(first?.title ?? '')?.[0] ?? '';
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
  await page.getByRole('searchbox', { name: 'Search articles' }).fill(word);
  await expect(page.getByRole('heading', { name: first?.title ?? '', exact: true }).first()).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Corpora' }).click();
  await page.getByLabel('Choose a folder').setInputFiles(FOLDER);
  await page.getByRole('button', { name: /^Import \d+ files$/ }).click();
  await page.waitForURL(/parallax\.html\?corpus=deepseek-jan-2025-[0-9a-f]{6}#\/$/);
  await expect(bodyRows(page)).toHaveCount(imported.corpus.articles.length);
  // And it is still there when the file is opened again.
  await page.reload();
  await expect(bodyRows(page)).toHaveCount(imported.corpus.articles.length);
  expect(failed).toEqual([]);
});
