// The sources view and its counts against the seeds, which hold no copies: the view says so plainly and still draws
// the matrix of shared text (the seeds are few enough for one), the articles table calls every article independent,
// and counting each family once changes no count.
import { expect, test } from '@playwright/test';
import { builtCorpus } from './corpus.ts';

const corpus = builtCorpus('dist');
const n = () => corpus().articles.length.toLocaleString('en');

test('says there are no copies, and draws every article against every other', async ({ page }) => {
  await page.goto('/#/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sources' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
  await expect(page.getByText(`${n()} reports from ${n()} independent sources`)).toBeVisible();
  await expect(page.getByText(/^No article here is a copy or a rewrite of another/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 3 })).toHaveCount(0);

  const matrix = page.getByRole('table', { name: /^Share of each row's words carried by each column/ });
  const count = corpus().articles.length;
  await expect(matrix.getByRole('rowheader')).toHaveCount(count);
  // A corner header, then one per article.
  await expect(matrix.getByRole('columnheader')).toHaveCount(count + 1);
  // Each row's own cell is marked as itself, not shaded.
  await expect(matrix.getByText('–', { exact: true })).toHaveCount(count);
  // The first row header leads to the reader.
  const first = corpus().articles[0];
  await matrix.getByRole('rowheader').first().getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`#/article/${encodeURIComponent(first?.id ?? '')}`));
});

test('the articles table calls every seed independent and offers no family to filter by', async ({
  page,
}) => {
  await page.goto('/#/?sort=source');
  const table = page.getByRole('table', { name: /^Articles/ });
  await expect(table.getByRole('columnheader', { name: /Source/ })).toHaveAttribute('aria-sort', 'ascending');
  const sources = table.locator('td.source');
  await expect(sources.first()).toHaveText('independent');
  await expect(sources.filter({ hasNotText: 'independent' })).toHaveCount(0);
  await expect(page.getByLabel('Show')).toHaveCount(0);
});

test('counting each family once counts every seed as its own source', async ({ page }) => {
  await page.goto('/#/coverage');
  const toggle = page.getByRole('checkbox', { name: 'Count each family once' });
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await expect(page).toHaveURL(/once=1/);
  await expect(page.getByText(`${n()} reports from ${n()} independent sources`)).toBeVisible();
  const counts = page.getByRole('region', { name: /two or more articles/ }).locator('tbody td.numeric');
  await expect(counts.first()).toHaveText(/^(\d+) reports?from \1 independent sources?$/);
});
