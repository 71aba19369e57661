import { expect, test } from '@playwright/test';
import { builtCorpus } from './corpus.ts';

const corpus = builtCorpus('dist');

test('no request leaves the app’s origin, whatever the view', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));

  await page.goto('/#/');
  await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Filter articles' }).fill('a');
  await page.getByRole('columnheader').getByRole('button', { name: 'Words' }).click();
  for (const article of corpus().articles) {
    await page.goto(`/#/article/${encodeURIComponent(article.id)}?p=0`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await page.goto('/#/search');
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('Amodai');
  const result = page
    .getByRole('region', { name: 'Results' })
    .getByRole('link', { name: /Amodei/ })
    .first();
  await result.click();
  await expect(page.getByRole('link', { name: '← Back to search' })).toBeVisible();
  await expect(page.getByRole('main').locator('mark.passage mark').first()).toBeVisible();
  await page.goto('/#/nowhere');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();

  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
});
