// Back, Forward and a reload return the reader to where they were: the page's scroll, the compare columns' scroll,
// and the focus on the link they followed.
import { expect, test, type Locator, type Page } from '@playwright/test';

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);
const scrollTop = (box: Locator) => box.evaluate((element) => element.scrollTop);

test('Back from the 13th search hit returns to that hit, focused and on screen, at the same scroll', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/#/search?q=export%20controls');
  const hits = page
    .getByRole('main')
    .getByRole('link')
    .filter({ has: page.locator('mark') });
  const hit = hits.nth(12);
  await hit.scrollIntoViewIfNeeded();
  const href = await hit.getAttribute('href');
  const before = await scrollY(page);
  expect(before).toBeGreaterThan(400);

  await hit.click();
  await expect(page).toHaveURL(/#\/article\//);
  await page.goBack();

  await expect(page).toHaveURL(/#\/search\?q=export/);
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('href', href ?? '');
  await expect(focused).toBeInViewport();
  await expect.poll(() => scrollY(page)).toBe(before);
});

test('Back and a reload return both compare columns to where they were scrolled', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/#/compare?a=000&b=002');
  const columns = page.locator('[data-column]');
  await expect(columns).toHaveCount(2);
  await columns.nth(0).evaluate((element) => element.scrollTo(0, 700));
  await columns.nth(1).evaluate((element) => element.scrollTo(0, 900));

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  await page.goBack();
  await expect(columns).toHaveCount(2);
  await expect.poll(() => scrollTop(columns.nth(0))).toBe(700);
  await expect.poll(() => scrollTop(columns.nth(1))).toBe(900);

  await page.reload();
  await expect(columns).toHaveCount(2);
  await expect.poll(() => scrollTop(columns.nth(0))).toBe(700);
  await expect.poll(() => scrollTop(columns.nth(1))).toBe(900);
});

test('a view reached by a link still opens at the top with its heading focused', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/#/search?q=export%20controls');
  await page
    .getByRole('main')
    .getByRole('link')
    .filter({ has: page.locator('mark') })
    .nth(12)
    .click();
  await page.goBack();
  await expect(page.locator(':focus')).toHaveAttribute('href', /#\/article\//);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compare' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  expect(await scrollY(page)).toBe(0);
});
