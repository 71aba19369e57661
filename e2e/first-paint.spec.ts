// The page paints its header and the view's heading before the corpus has loaded, then the data: held back here by
// delaying the corpus shell's file, as a slow connection or a large corpus would.
import { expect, test } from '@playwright/test';

test('the header and the heading show while the corpus is still loading, then the table', async ({
  page,
}) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/corpus-shell[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/#/');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();
  await expect(page.getByText('Loading…')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  release();
  await expect(page.getByRole('table').getByRole('row')).not.toHaveCount(0);
  await expect(page.getByText('Loading…')).toHaveCount(0);
  await expect(page.getByRole('contentinfo')).toContainText('Download the corpus');
});
