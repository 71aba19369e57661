// The views at scale: 1,000 news-like articles (bench/news-corpus.ts, seed 1), each view opened as a reader opens it,
// from the articles table through the main navigation. Opening a view may not block the page for more than 200 ms
// at a time (the Long Tasks API), nor put more than 5,000 elements in the page.
import { expect, test, type Page } from '@playwright/test';
import { builtCorpus, squash } from './corpus.ts';
import { longTasks, watchLongTasks } from '../bench/view-bench.ts';

const TASK_BUDGET_MS = 200;
const ELEMENT_BUDGET = 5_000;

const elements = (page: Page) => page.evaluate(() => document.querySelectorAll('*').length);

/** The view is shown: its heading, and no view still loading. Then a moment for any work it set going. */
async function shown(page: Page, heading: string) {
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('Loading…')).toHaveCount(0, { timeout: 60_000 });
  await page.waitForTimeout(1_000);
}

async function openArticles(page: Page) {
  await watchLongTasks(page);
  await page.goto('/#/');
  await shown(page, 'Articles');
  await expect(page.getByText(/^1,000 articles$/).first()).toBeVisible();
}

test('the articles table opens on 1,000 articles without a long task or too many elements', async ({
  page,
}) => {
  await openArticles(page);
  expect(Math.max(0, ...(await longTasks(page)))).toBeLessThanOrEqual(TASK_BUDGET_MS);
  expect(await elements(page)).toBeLessThanOrEqual(ELEMENT_BUDGET);
});

for (const view of ['Search', 'Compare', 'Coverage', 'Quotes', 'Timeline', 'Disagreements', 'Sources']) {
  test(`${view} opens on 1,000 articles without a long task or too many elements`, async ({ page }) => {
    await openArticles(page);
    await longTasks(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: view }).click();
    await shown(page, view);
    if (view === 'Search') {
      await page.getByRole('searchbox', { name: 'Search articles' }).pressSequentially('said', { delay: 50 });
      await expect(page.getByRole('region', { name: 'Results' }).getByRole('link').first()).toBeVisible();
      await page.waitForTimeout(1_000);
    }
    expect(Math.max(0, ...(await longTasks(page)))).toBeLessThanOrEqual(TASK_BUDGET_MS);
    expect(await elements(page)).toBeLessThanOrEqual(ELEMENT_BUDGET);
  });
}

test('an article opens from the table on 1,000 articles without a long task', async ({ page }) => {
  await openArticles(page);
  await longTasks(page);
  const title = page.getByRole('table').getByRole('link').first();
  const name = (await title.textContent()) ?? '';
  await title.click();
  await shown(page, name.trim());
  expect(Math.max(0, ...(await longTasks(page)))).toBeLessThanOrEqual(TASK_BUDGET_MS);
  expect(await elements(page)).toBeLessThanOrEqual(ELEMENT_BUDGET);
});

const corpus = builtCorpus('dist-scale');

test('the compare view finds an article among 1,000 by outlet and title, and compares it', async ({
  page,
}) => {
  const target = corpus().articles[700];
  if (!target?.outlet) throw new Error('the scale corpus has no 701st article with an outlet');
  await page.goto('/#/compare');
  const second = page.getByRole('combobox', { name: 'Second article' });
  const list = page.getByRole('listbox');
  // Opened, it lists a screenful of the closest, not all 1,000.
  await second.click();
  await expect(list.getByRole('option')).toHaveCount(50);
  await expect(
    page.getByRole('status').filter({ hasText: 'closest to the first article first' }),
  ).toContainText(`${(corpus().articles.length - 1).toLocaleString('en-US')} articles`);
  await second.fill(`${target.outlet} ${target.title.split(' ').slice(0, 4).join(' ')}`);
  await expect(page.getByRole('status').filter({ hasText: /^[\d,]+ articles? found/ })).toBeVisible();
  await list
    .getByRole('option')
    .filter({ has: page.getByText(squash(target.title), { exact: true }) })
    .click();
  await expect(page).toHaveURL(new RegExp(`[?&]b=${target.id}(&|$)`));
  await expect(page.getByRole('region', { name: squash(target.title) })).toBeVisible();
});

test('the search filters find an outlet among hundreds, and narrow the results to it', async ({ page }) => {
  const outlet = corpus().articles[300]?.outlet;
  if (!outlet) throw new Error('the scale corpus has no 301st article with an outlet');
  await page.goto('/#/search?q=said');
  await page.getByRole('searchbox', { name: 'Find an outlet' }).fill(outlet);
  await page.getByRole('checkbox', { name: outlet, exact: true }).check();
  await expect(page).toHaveURL(/outlet=/);
  const results = page.getByRole('region', { name: 'Results' });
  await expect(results.getByRole('link').first()).toBeVisible();
  await expect(results.locator('.kicker').filter({ hasNotText: outlet })).toHaveCount(0);
});

test('search results come a page of articles at a time, the next as the reader scrolls to the end', async ({
  page,
}) => {
  await page.goto('/#/search?q=said');
  const results = page.getByRole('region', { name: 'Results' });
  const summary = results.getByRole('status');
  await expect(summary).toHaveText(/^[\d,]+ passages? in [\d,]+ articles?$/, { timeout: 60_000 });
  const articles = Number(
    /in ([\d,]+) article/.exec((await summary.textContent()) ?? '')?.[1]?.replace(/,/g, ''),
  );
  expect(articles).toBeGreaterThan(100);
  // Scrolled to the end again and again, the list reaches its last article, title and passages shown.
  const lastTitle = results
    .getByRole('listitem')
    .and(page.locator(`[aria-posinset="${String(articles)}"]`))
    .getByRole('heading', { level: 3 });
  await expect(async () => {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(lastTitle).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 120_000 });
});
