// One layout grid: every view's heading starts at the left edge of the header's brand, at a laptop's width and at
// a wide screen's, so the eye does not have to find the page again from view to view.
import { expect, test } from '@playwright/test';

const VIEWS = [
  '/#/',
  '/#/search?q=chips',
  '/#/compare?a=000&b=002',
  '/#/coverage',
  '/#/quotes',
  '/#/timeline',
  '/#/disagreements',
  '/#/sources',
  '/#/article/000',
];

for (const width of [1280, 1920]) {
  test(`every view's heading lines up with the brand at ${String(width)} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const path of VIEWS) {
      await page.goto(path);
      const heading = page.getByRole('main').getByRole('heading', { level: 1 });
      await expect(heading).toBeVisible();
      const brand = await page.getByRole('banner').getByRole('link', { name: 'Parallax' }).boundingBox();
      const start = await heading.boundingBox();
      expect(start && brand && Math.round(start.x - brand.x), path).toBe(0);
    }
  });
}
