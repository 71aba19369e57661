// The coverage matrix against the seeds: story elements by articles, those two or more sources tell by default,
// sorted by sources, filtered to one source or shown in full, and each carried cell opening the reader at the passage.
import { expect, test, type Page } from '@playwright/test';
import { builtCorpus } from './corpus.ts';

const corpus = builtCorpus('dist');
const rows = (page: Page) => page.getByRole('table').locator('tbody').getByRole('row');
const sourceCounts = async (page: Page) =>
  (await rows(page).locator('td.numeric').allTextContents()).map((text) => Number(text));

const shared = () => corpus().elements.filter((element) => element.articles.length > 1).length;
const single = () => corpus().elements.filter((element) => element.articles.length === 1).length;

test('shows the story elements two or more sources tell against every article, and says how many it leaves out', async ({
  page,
}) => {
  await page.goto('/#/coverage');
  await expect(page.getByRole('heading', { level: 1, name: 'Coverage' })).toBeVisible();
  expect(shared()).toBeGreaterThan(0);
  expect(single()).toBeGreaterThan(0);
  await expect(rows(page)).toHaveCount(Math.min(shared(), 200));
  expect(Math.min(...(await sourceCounts(page)))).toBeGreaterThan(1);
  await expect(
    page.getByText(`${String(single())} elements told by one source only are left out.`),
  ).toBeVisible();
  // One column per article, named by its outlet.
  await expect(page.getByRole('columnheader')).toHaveCount(2 + corpus().articles.length);
});

test('shows every element on request, kept in the URL', async ({ page }) => {
  await page.goto('/#/coverage');
  await page.getByRole('button', { name: 'Show every element' }).click();
  await expect(page).toHaveURL(/sources=all/);
  await expect(rows(page)).toHaveCount(Math.min(corpus().elements.length, 200));
  await expect(page.getByRole('combobox', { name: 'Show' })).toHaveValue('all');
  await page.reload();
  await expect(rows(page)).toHaveCount(Math.min(corpus().elements.length, 200));
});

test('sorts by how many sources carry an element', async ({ page }) => {
  await page.goto('/#/coverage');
  const header = page.getByRole('columnheader', { name: /Sources/ });
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/sort=sources&desc=1/);
  const down = await sourceCounts(page);
  expect(down).toEqual([...down].sort((x, y) => y - x));
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  const up = await sourceCounts(page);
  expect(up).toEqual([...up].sort((x, y) => x - y));
});

test('filters to elements only one source carries, such as the BofA $5.58 million claim', async ({
  page,
}) => {
  await page.goto('/#/coverage');
  await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Told by one source only' });
  await expect(page).toHaveURL(/sources=one/);
  await expect(rows(page)).toHaveCount(Math.min(single(), 200));
  expect(new Set(await sourceCounts(page))).toEqual(new Set([1]));
  const bofa = rows(page).filter({ hasText: '$5.58 million' });
  await expect(bofa.first()).toBeVisible();
  await expect(bofa.first().getByRole('link')).toHaveCount(1);
  await expect(bofa.first().getByRole('link')).toHaveAccessibleName('carried by PYMNTS');
});

test('a cell opens the reader at the passage', async ({ page }) => {
  await page.goto('/#/coverage?sort=sources&desc=1');
  const cell = rows(page).first().getByRole('link').first();
  const target = (await cell.getAttribute('href')) ?? '';
  expect(target).toMatch(/^#\/article\/[^?]+\?p=\d+$/);
  await cell.click();
  await expect(page).toHaveURL(target);
  await expect(page.locator('mark.passage')).toBeFocused();
});
