// Accessibility of the timeline and the reader's date marks: axe in both colour schemes and two widths, with every
// event open and filtered to one article; no sideways scrolling at 360 px.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const events = (page: Page) => page.getByRole('region', { name: 'Events' });

// Each view with what to do before it is checked.
const views: [string, string, (page: Page) => Promise<void>][] = [
  [
    'timeline',
    '/#/timeline',
    (page) => expect(page.getByRole('heading', { level: 2, name: 'Events' })).toBeVisible(),
  ],
  [
    'timeline, every event open',
    '/#/timeline',
    async (page) => {
      await page.getByRole('button', { name: 'Open every event' }).click();
      await expect(events(page).getByRole('button', { expanded: false })).toHaveCount(0);
    },
  ],
  [
    'timeline, one article',
    '/#/timeline?article=002',
    (page) => expect(page.getByRole('button', { name: 'Show every article’s events' })).toBeVisible(),
  ],
  [
    'reader, a date focused',
    '/#/article/004',
    async (page) => {
      const date = page.getByRole('main').locator('.date-mark').first();
      await date.focus();
      await expect(date).toBeFocused();
    },
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

test('the timeline can be used from the keyboard alone: open an event, then follow a passage', async ({
  page,
}) => {
  await page.goto('/#/timeline');
  const select = page.getByRole('combobox', { name: 'Show the events of' });
  await select.focus();
  // Tab on to the first event's button, open it, and tab to its first passage.
  const first = events(page).getByRole('heading', { level: 3 }).getByRole('button').first();
  for (let i = 0; i < 10 && !(await first.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(first).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  const link = page.locator(':focus');
  await expect(link).toHaveAttribute('href', /^#\/article\//);
  await page.keyboard.press('Enter');
  await expect(page.locator('mark.passage')).toBeFocused();
});
