// Accessibility of the compare, coverage and quotes views and of the reader's quote marks: axe in both colour
// schemes and two widths (with a passage and its partner lit up, too), and no sideways scrolling at 360 px.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const views: [string, string, (page: Page) => Promise<void>][] = [
  ['compare', '/#/compare?a=000&b=002', (page) => expect(page.locator('[data-column]')).toHaveCount(2)],
  [
    'compare, a passage focused',
    '/#/compare?a=000&b=002',
    async (page) => {
      await page.locator('.linked', { hasText: '7-10 months older' }).first().focus();
      await expect(page.locator('.linked[data-state="partner"]').first()).toBeVisible();
    },
  ],
  [
    'compare, an unknown article',
    '/#/compare?a=nope',
    (page) => expect(page.getByRole('heading', { name: 'Article not found' })).toBeVisible(),
  ],
  ['coverage', '/#/coverage', (page) => expect(page.getByRole('table')).toBeVisible()],
  [
    'coverage, one source, sorted',
    '/#/coverage?only=1&sort=sources&desc=1',
    (page) => expect(page.getByRole('table')).toBeVisible(),
  ],
  ['quotes', '/#/quotes', (page) => expect(page.getByRole('table')).toBeVisible()],
  [
    'quotes, filtered to nothing',
    '/#/quotes?filter=zzqx',
    (page) => expect(page.getByText('No quote matches these filters.')).toBeVisible(),
  ],
  [
    'reader, quotes marked',
    '/#/article/001?p=3',
    (page) => expect(page.locator('.quote').first()).toBeVisible(),
  ],
];

async function violations(page: Page) {
  const { violations: found } = await new AxeBuilder({ page }).analyze();
  return found.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((n) => n.target) }));
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [1280, 390]) {
    for (const [name, url, ready] of views) {
      test(`axe finds no violation: ${name}, ${String(width)} px, ${colorScheme}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize({ width, height: 900 });
        await page.goto(url);
        await ready(page);
        expect(await violations(page)).toEqual([]);
      });
    }
  }
}

for (const [name, url, ready] of views) {
  test(`fits a 360 px screen without sideways scrolling: ${name}`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(url);
    await ready(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
