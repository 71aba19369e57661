// Accessibility of the compare, coverage and quotes views and of the reader's quote marks: axe in both colour
// schemes and two widths (with a passage and its partner lit up, too), and no sideways scrolling at 360 px.
import { expect } from '@playwright/test';
import { checkEveryView, type CheckedView } from './accessibility.ts';

const views: CheckedView[] = [
  [
    'compare',
    '/#/compare?a=000&b=002',
    (page) => expect(page.getByRole('link', { name: 'Open in the reader' })).toHaveCount(2),
  ],
  [
    'compare, a picker open and filtered',
    '/#/compare?a=000&b=002',
    async (page) => {
      await page.getByRole('combobox', { name: 'Second article' }).fill('anthropic');
      await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
    },
  ],
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
    (page) => expect(page.getByRole('status')).toContainText('No article “nope” for the first article'),
  ],
  ['coverage', '/#/coverage', (page) => expect(page.getByRole('table')).toBeVisible()],
  [
    'coverage, the claims one article tells open, sorted',
    '/#/coverage?single=1&sort=sources&desc=1',
    (page) => expect(page.getByRole('table', { name: /one article only/ })).toBeVisible(),
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

checkEveryView(views);
