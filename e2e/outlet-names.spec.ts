// Outlet names, often host names, break after their dots and never inside a word ("news.starfolksoftwar/e.com"),
// in the articles table and in the search filters, at a laptop's width and a phone's.
import { expect, test } from '@playwright/test';
import { brokenWords } from './broken-words.ts';

for (const [width, height] of [
  [1280, 800],
  [390, 844],
] as const) {
  test(`outlet names break only after their dots, at ${String(width)} px`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/#/');
    const table = page.getByRole('main');
    await expect(table.locator('.outlet-name').first()).toBeVisible();
    expect(await brokenWords(table, '.outlet-name')).toEqual([]);

    await page.goto('/#/search?q=export');
    const toggle = page.getByRole('button', { name: 'Filters', exact: true });
    const outlets = page.getByRole('group', { name: 'Outlet' });
    // On a phone the filters are behind a button.
    await expect(toggle.or(outlets).first()).toBeVisible();
    if (await toggle.isVisible()) await toggle.click();
    await expect(outlets).toBeVisible();
    expect(await brokenWords(outlets, '.filter-label')).toEqual([]);
    expect(await brokenWords(page.getByRole('group', { name: 'Article' }), '.filter-note')).toEqual([]);
  });
}
