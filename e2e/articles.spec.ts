import { readdirSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { countOf, formatDate, formatDateRange } from '../src/app/format.ts';
import { builtCorpus } from './corpus.ts';

const corpus = builtCorpus('dist');
const seedCount = readdirSync(process.env.SEEDS_DIR ?? 'seeds').filter((name) =>
  name.endsWith('.txt'),
).length;
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

const bodyRows = (page: Page) => page.getByRole('table').locator('tbody').getByRole('row');
const filterBox = (page: Page) => page.getByRole('searchbox', { name: 'Filter articles' });
const sortButton = (page: Page, name: string) =>
  page.getByRole('columnheader').getByRole('button', { name, exact: true });
const header = (page: Page, name: string) =>
  page.getByRole('columnheader').filter({ has: page.getByRole('button', { name, exact: true }) });

/** The text of one column, top to bottom, as displayed. */
async function column(page: Page, index: number): Promise<string[]> {
  return bodyRows(page).evaluateAll(
    (rows, i) =>
      rows.map((row) => {
        const cell = row.querySelectorAll('td')[i];
        // The title cell may carry a note on where the title came from: compare the link alone.
        return (cell?.querySelector('a') ?? cell)?.textContent.trim() ?? '';
      }),
    index,
  );
}

/** The published column as `YYYY-MM-DD`, or null for undated rows, read from each row's <time datetime>. */
async function dates(page: Page): Promise<(string | null)[]> {
  return bodyRows(page).evaluateAll((rows) =>
    rows.map((row) => row.querySelectorAll('td')[2]?.querySelector('time')?.getAttribute('datetime') ?? null),
  );
}

function isSorted<T>(values: T[], compare: (a: T, b: T) => number, desc: boolean): boolean {
  return values.every((value, i) => i === 0 || (desc ? -1 : 1) * compare(values[i - 1] as T, value) <= 0);
}

const number = (text: string) => Number(text.replace(/\D/g, ''));

async function direction(th: Locator): Promise<boolean> {
  const sort = await th.getAttribute('aria-sort');
  expect(sort === 'ascending' || sort === 'descending').toBe(true);
  return sort === 'descending';
}

test.beforeEach(async ({ page }) => {
  await page.goto('/#/');
  await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();
});

test('lists every article of the seeds folder, with a summary and the page title', async ({ page }) => {
  expect(seedCount).toBe(corpus().articles.length);
  await expect(bodyRows(page)).toHaveCount(seedCount);
  await expect(page).toHaveTitle('Articles · Parallax');
  await expect(page.getByText(new RegExp(`^${String(seedCount)} articles$`)).first()).toBeVisible();
  for (const article of corpus().articles) {
    await expect(page.getByRole('link', { name: article.title, exact: true })).toBeVisible();
  }
  for (const name of ['Title', 'Outlet', 'Published', 'Words', 'Sentences']) {
    await expect(header(page, name)).toHaveAttribute('aria-sort', 'none');
  }
});

test('sorts by numbers: each click really orders the rows, both ways, in the URL', async ({ page }) => {
  for (const [name, index] of [
    ['Words', 3],
    ['Sentences', 4],
  ] as const) {
    await sortButton(page, name).click();
    const firstDesc = await direction(header(page, name));
    const first = (await column(page, index)).map(number);
    expect(isSorted(first, (a, b) => a - b, firstDesc)).toBe(true);
    await expect(page).toHaveURL(new RegExp(`sort=${name.toLowerCase()}`));

    await sortButton(page, name).click();
    expect(await direction(header(page, name))).toBe(!firstDesc);
    const second = (await column(page, index)).map(number);
    expect(isSorted(second, (a, b) => a - b, !firstDesc)).toBe(true);
    if (new Set(first).size > 1) expect(second).not.toEqual(first);
  }
});

test('sorts by text and by date, unknown values last', async ({ page }) => {
  for (const [name, index] of [
    ['Title', 0],
    ['Outlet', 1],
  ] as const) {
    for (let click = 0; click < 2; click++) {
      await sortButton(page, name).click();
      const desc = await direction(header(page, name));
      const values = (await column(page, index)).filter((value) => value !== 'Unknown outlet');
      expect(isSorted(values, (a, b) => collator.compare(a, b), desc)).toBe(true);
    }
  }
  for (let click = 0; click < 2; click++) {
    await sortButton(page, 'Published').click();
    const desc = await direction(header(page, 'Published'));
    const shown = await dates(page);
    const dated = shown.filter((date) => date !== null);
    expect(shown.slice(0, dated.length)).toEqual(dated);
    expect(isSorted(dated, (a, b) => a.localeCompare(b), desc)).toBe(true);
  }
});

test('keeps the sort across a reload, and back undoes it', async ({ page }) => {
  const before = await column(page, 0);
  await sortButton(page, 'Words').click();
  const sorted = await column(page, 0);
  await page.reload();
  await expect(header(page, 'Words')).not.toHaveAttribute('aria-sort', 'none');
  expect(await column(page, 0)).toEqual(sorted);
  await page.goBack();
  await expect(header(page, 'Words')).toHaveAttribute('aria-sort', 'none');
  expect(await column(page, 0)).toEqual(before);
});

test('filters on title and outlet, in the URL, across a reload', async ({ page }) => {
  const target = corpus().articles.find((a) => a.outlet !== null) ?? corpus().articles[0];
  if (!target) throw new Error('the seeds corpus has no article');
  const term = (target.outlet ?? target.title).slice(0, 6).toLowerCase();
  const matching = corpus().articles.filter((a) =>
    `${a.title} ${a.outlet ?? ''}`.toLowerCase().includes(term),
  );

  await filterBox(page).fill(term);
  await expect(bodyRows(page)).toHaveCount(matching.length);
  await expect(page).toHaveURL(new RegExp(`filter=${encodeURIComponent(term)}`));
  for (const row of await bodyRows(page).all()) {
    expect((await row.textContent())?.toLowerCase()).toContain(term);
  }

  await page.reload();
  await expect(filterBox(page)).toHaveValue(term);
  await expect(bodyRows(page)).toHaveCount(matching.length);
});

test('says when nothing matches, and clears the filter', async ({ page }) => {
  await filterBox(page).fill('zzqx no such article');
  await expect(page.getByText('No article matches “zzqx no such article”.')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear the filter' }).click();
  await expect(bodyRows(page)).toHaveCount(corpus().articles.length);
  await expect(filterBox(page)).toHaveValue('');
  await expect(filterBox(page)).toBeFocused();
  await expect(page).not.toHaveURL(/filter=/);
});

test('typing replaces the history entry instead of adding one per key', async ({ page }) => {
  const article = corpus().articles[0];
  if (!article) throw new Error('the seeds corpus has no article');
  await page.goto(`/#/article/${encodeURIComponent(article.id)}`);
  await page.getByRole('link', { name: '← All articles' }).click();
  await filterBox(page).pressSequentially('ant');
  await expect(page).toHaveURL(/filter=ant/);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`#/article/${article.id}$`));
});

test('a click anywhere on a row opens the reader, focused on its heading', async ({ page }) => {
  const row = bodyRows(page).nth(1);
  const title = (await row.getByRole('link').textContent()) ?? '';
  await row.getByRole('cell').nth(3).click();
  await expect(page).toHaveURL(/#\/article\//);
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText(title);
  await expect(h1).toBeFocused();
});

test('back and forward move between the table and the reader', async ({ page }) => {
  const link = bodyRows(page).first().getByRole('link');
  const title = (await link.textContent()) ?? '';
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();
  await expect(bodyRows(page)).toHaveCount(corpus().articles.length);
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});

test('shows the corpus warnings, folded away, only when there are some', async ({ page }) => {
  const summary = page.getByText(/warnings? about the corpus folder/);
  if (corpus().warnings.length === 0) {
    await expect(summary).toHaveCount(0);
    return;
  }
  await summary.click();
  for (const warning of corpus().warnings) await expect(page.getByText(warning.message)).toBeVisible();
});

test('opens with the corpus in a line: articles from outlets, their dates, the named events', async ({
  page,
}) => {
  const { articles, timeline } = corpus();
  const outlets = new Set(articles.flatMap((a) => (a.outlet === null ? [] : [a.outlet.toLowerCase()])));
  const dates = articles.flatMap((a) => (a.published === null ? [] : [a.published])).sort();
  const undated = articles.length - dates.length;
  const line = page.getByRole('paragraph').filter({
    hasText: `${countOf(articles.length, 'article')} from ${countOf(outlets.size, 'outlet')}`,
  });
  await expect(line).toBeVisible();
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (first !== undefined && last !== undefined) {
    await expect(line).toContainText(`published ${formatDateRange(first, last)}`);
  }
  if (undated > 0) await expect(line).toContainText(`(${String(undated)} undated)`);
  expect(timeline.events.length).toBeGreaterThan(0);
  await line.getByRole('link', { name: countOf(timeline.events.length, 'named event'), exact: true }).click();
  await expect(page).toHaveURL(/#\/timeline$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeFocused();
});

test('an undated article the timeline bounds shows its bound, and sorts by it just after that day', async ({
  page,
}) => {
  const bounded = corpus().articles.filter((a) => a.published === null && a.publishedBound !== null);
  expect(bounded.length).toBeGreaterThan(0);
  for (const article of bounded) {
    const after = article.publishedBound?.after ?? '';
    const row = bodyRows(page).filter({ has: page.getByRole('link', { name: article.title, exact: true }) });
    const cell = row.getByRole('cell').nth(2);
    await expect(cell).toContainText(`On or after ${formatDate(after)}`);
    await expect(cell.locator('time')).toHaveAttribute('datetime', after);
    await expect(cell).not.toContainText('Undated');
  }

  // Oldest first: by day, and on the same day the articles published then before those only bounded by it.
  await sortButton(page, 'Published').click();
  if (await direction(header(page, 'Published'))) await sortButton(page, 'Published').click();
  await expect(header(page, 'Published')).toHaveAttribute('aria-sort', 'ascending');
  const keys = await bodyRows(page).evaluateAll((rows) =>
    rows.map((row) => {
      const cell = row.querySelectorAll('td')[2];
      const day = cell?.querySelector('time')?.getAttribute('datetime');
      return day ? `${day}${cell?.textContent.includes('On or after') ? ' 1' : ' 0'}` : '~';
    }),
  );
  expect(keys).toEqual([...keys].sort());
  expect(new Set(keys.map((key) => key.slice(0, 10))).size).toBeGreaterThan(1);
});
