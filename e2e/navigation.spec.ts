// The main navigation: every item opens its view with focus on the view's heading, for screen-reader and keyboard
// users, including views whose code loads only when first opened.
import { expect, test } from '@playwright/test';

for (const name of ['Search', 'Compare', 'Coverage', 'Quotes', 'Timeline']) {
  test(`${name} opens from the navigation with its heading focused, on a first visit`, async ({ page }) => {
    await page.goto('/#/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toBeVisible();
    await expect(heading).toBeFocused();
  });
}
