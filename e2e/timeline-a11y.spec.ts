// Accessibility of the timeline and the reader's date marks: axe in both colour schemes and two widths, with every
// event open and filtered to one article; no sideways scrolling at 360 px.
import { expect, test, type Page } from '@playwright/test';
import { checkEveryView, type CheckedView } from './accessibility.ts';

const events = (page: Page) => page.getByRole('region', { name: 'Events' });

// Each view with what to do before it is checked.
const views: CheckedView[] = [
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

checkEveryView(views);

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
