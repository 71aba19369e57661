// The main navigation: every item opens its view with focus on the view's heading, for screen-reader and keyboard
// users, including views whose code loads only when first opened.
import { expect, test } from '@playwright/test';

for (const name of ['Search', 'Compare', 'Coverage', 'Quotes', 'Timeline', 'Disagreements', 'Sources']) {
  test(`${name} opens from the navigation with its heading focused, on a first visit`, async ({ page }) => {
    await page.goto('/#/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toBeVisible();
    await expect(heading).toBeFocused();
  });
}

for (const [name, path] of [
  ['Articles', '/#/'],
  ['Timeline', '/#/timeline'],
] as const) {
  test(`on ${name}, the first Tab reaches "Skip to content", and Enter moves focus into main`, async ({
    page,
  }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).not.toBeInViewport();
    await page.keyboard.press('Tab');
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main').getByRole('heading', { level: 1, name })).toBeFocused();
    expect(new URL(page.url()).hash).toBe(path.slice(1));
    // The next Tab goes on inside the view, not back to the header.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('banner').locator(':focus')).toHaveCount(0);
    await expect(page.getByRole('main').locator(':focus')).toHaveCount(1);
  });
}
