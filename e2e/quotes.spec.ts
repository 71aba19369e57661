// The quotes view against the seeds: every quote group, sortable by its headers, filterable, each occurrence
// opening the reader at its passage; the reader marks quotes with their speaker.
import { expect, test, type Page } from '@playwright/test';
import { builtCorpus } from './corpus.ts';

const corpus = builtCorpus('dist');
const rows = (page: Page) => page.getByRole('table').locator('tbody').getByRole('row');
const sortBy = (page: Page, name: string) =>
  page.getByRole('columnheader').getByRole('button', { name: new RegExp(`^${name}`) });

test('lists every quote group with its speaker and the articles carrying it', async ({ page }) => {
  await page.goto('/#/quotes');
  await expect(page.getByRole('heading', { level: 1, name: 'Quotes' })).toBeVisible();
  await expect(page).toHaveTitle('Quotes · Parallax');
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quotes' }),
  ).toHaveAttribute('aria-current', 'page');
  await expect(rows(page)).toHaveCount(corpus().quoteGroups.length);
  const shared = rows(page).filter({ hasText: '7-10 months older' });
  await expect(shared).toContainText('Dario Amodei');
  await expect(shared.getByRole('link')).toHaveCount(2);
  // How Maginative words it against news.unisami.com, said in plain words: a comma where the other has an ellipsis.
  await expect(shared.getByText('Differences from news.unisami.com’s wording')).toBeVisible();
  await expect(page.getByText(/worded against/i)).toHaveCount(0);
  await expect(shared.locator('del')).toContainText('…');
  await expect(shared.locator('ins')).toContainText(',');
});

test('opens with one sentence in plain words on what it shows', async ({ page }) => {
  await page.goto('/#/quotes');
  await expect(
    page.getByText(/^Every quote in these articles, who said it and which articles carry it/),
  ).toBeVisible();
});

test('sorts by how many articles carry a quote, and by speaker, with aria-sort', async ({ page }) => {
  await page.goto('/#/quotes');
  const header = page.getByRole('columnheader', { name: /Articles/ });
  await expect(header).toHaveAttribute('aria-sort', 'none');
  await sortBy(page, 'Articles').click();
  await expect(page).toHaveURL(/sort=sources&desc=1/);
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  const counts = async () =>
    (await rows(page).locator('.q-count').allTextContents()).map((text) => Number(text));
  const down = await counts();
  expect(down).toEqual([...down].sort((x, y) => y - x));
  await sortBy(page, 'Articles').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  const up = await counts();
  expect(up).toEqual([...up].sort((x, y) => x - y));

  await sortBy(page, 'Speaker').click();
  await expect(page.getByRole('columnheader', { name: /Speaker/ })).toHaveAttribute('aria-sort', 'ascending');
  const speakers = (await rows(page).locator('td.q-speaker').allTextContents()).filter(
    (s) => s !== 'Not named',
  );
  expect(speakers).toEqual([...speakers].sort((x, y) => x.localeCompare(y)));
  await page.reload();
  await expect(page.getByRole('columnheader', { name: /Speaker/ })).toHaveAttribute('aria-sort', 'ascending');
});

test('filters to quotes in more than one article, and by words', async ({ page }) => {
  await page.goto('/#/quotes');
  await page.getByRole('checkbox', { name: 'In more than one article' }).check();
  await expect(page).toHaveURL(/shared=1/);
  const several = corpus().quoteGroups.filter((g) => new Set(g.occurrences.map((o) => o.article)).size > 1);
  await expect(rows(page)).toHaveCount(several.length);
  await page.getByRole('searchbox', { name: 'Filter quotes' }).fill('zzqx');
  await expect(page.getByText('No quote matches these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear the filters' }).click();
  await expect(rows(page)).toHaveCount(corpus().quoteGroups.length);
});

test('an occurrence opens the reader at its passage, where the quote is marked with its speaker', async ({
  page,
}) => {
  await page.goto('/#/quotes');
  const row = rows(page).filter({ hasText: 'whack-a-mole' });
  const link = row.getByRole('link').first();
  const target = (await link.getAttribute('href')) ?? '';
  expect(target).toMatch(/^#\/article\/[^?]+\?p=\d+$/);
  await link.click();
  await expect(page).toHaveURL(target);
  const passage = page.locator('mark.passage');
  await expect(passage).toBeFocused();
  await expect(passage).toContainText('whack-a-mole');
  const quote = passage.locator('.quote-end');
  // The article names him in full once and by surname when it quotes him: the speaker is his full name.
  await expect(quote).toHaveAttribute('data-speaker', 'Howard Lutnick');
  await expect(quote).toHaveAttribute('title', /Quote by Howard Lutnick/);
  const about = await quote.getAttribute('aria-describedby');
  await expect(page.locator(`[id="${about ?? ''}"]`)).toHaveText(/Quote by Howard Lutnick/);
});
