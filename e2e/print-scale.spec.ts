// Printing at scale (1,000 articles): the long lists render only the rows near the screen, and paper has no screen,
// so while the page prints they render every row, and afterwards only those near the screen again.
import { expect, test, type Locator, type Page } from '@playwright/test';

/** A number as the page writes it: `3,569` → 3569. */
const count = (text: string) => Number(text.replace(/,/g, ''));

/** The passages listed under "Other dated mentions": each mention links to its passage in the reader. */
const mentionLinks = (page: Page) =>
  page.getByRole('region', { name: 'Other dated mentions' }).getByRole('link');

async function openTimeline(page: Page): Promise<number> {
  await page.goto('/#/timeline');
  const status = page.getByRole('status').filter({ hasText: /other dated mentions?/ });
  await expect(status).toBeVisible({ timeout: 60_000 });
  const said = /([\d,]+) other dated mentions?/.exec(await status.innerText())?.[1];
  if (said === undefined) throw new Error('the timeline does not say how many other dated mentions it has');
  return count(said);
}

/** The rows a table has in the page, the spacers standing in for the others left out. */
const bodyRows = (table: Locator) => table.locator('tbody').getByRole('row');

test('the timeline prints every dated mention, and windows them again on screen', async ({ page }) => {
  const mentions = await openTimeline(page);
  await expect(mentionLinks(page).first()).toBeAttached();
  const onScreen = await mentionLinks(page).count();
  expect(onScreen).toBeLessThan(mentions);

  await page.emulateMedia({ media: 'print' });
  await expect(mentionLinks(page)).toHaveCount(mentions, { timeout: 30_000 });

  await page.emulateMedia({ media: 'screen' });
  await expect.poll(() => mentionLinks(page).count()).toBeLessThan(mentions);
});

test('the articles table prints every row', async ({ page }) => {
  await page.goto('/#/');
  const said = await page
    .getByText(/^[\d,]+ articles$/)
    .first()
    .innerText({ timeout: 60_000 });
  const articles = count(said.replace(' articles', ''));
  const table = page.getByRole('table');
  await expect(bodyRows(table).first()).toBeVisible();
  expect(await bodyRows(table).count()).toBeLessThan(articles);
  await page.emulateMedia({ media: 'print' });
  await expect(bodyRows(table)).toHaveCount(articles);
});

test('printing renders every row before the page is laid out for paper', async ({ page }, testInfo) => {
  const mentions = await openTimeline(page);
  await expect(mentionLinks(page).first()).toBeAttached();
  // Listening after the app's own listener: by then its rows have rendered, as they have when the browser lays out.
  await page.evaluate(() => {
    window.addEventListener('beforeprint', () => {
      document.body.dataset.printedMentions = String(
        document.querySelectorAll('[aria-labelledby="tl-others-heading"] a').length,
      );
    });
  });
  await page.pdf({ path: testInfo.outputPath('timeline.pdf') });
  expect(count((await page.locator('body').getAttribute('data-printed-mentions')) ?? '0')).toBe(mentions);
});
