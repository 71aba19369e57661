// Accessibility of the search view: axe in both colour schemes and two widths, and no sideways scrolling at 360 px.
import { expect, test } from '@playwright/test';
import { checkEveryView, violations, type CheckedView } from './accessibility.ts';
import { builtCorpus } from './corpus.ts';

const corpus = builtCorpus('dist');
const outlet = () => corpus().articles.find((a) => a.outlet !== null)?.outlet ?? '';
const firstId = () => corpus().articles[0]?.id ?? '';

// Each view with what must be on screen before it is checked: the results load with the engine, after the page.
const views: CheckedView[] = [
  [
    'search, no query',
    '/#/search',
    (page) => expect(page.getByRole('heading', { name: 'Try' })).toBeVisible(),
  ],
  [
    'search, results',
    '/#/search?q=Amodai',
    (page) => expect(page.getByRole('link', { name: /Amodei/ }).first()).toBeVisible(),
  ],
  [
    'search, exact and close matches',
    '/#/search?q=export',
    (page) =>
      expect(page.getByRole('heading', { name: /^Close matches — spelled differently from/ })).toBeVisible(),
  ],
  [
    'search, no result',
    '/#/search?q=zzqx+flurbish',
    (page) => expect(page.getByRole('heading', { name: 'Things to try' })).toBeVisible(),
  ],
  [
    'search, filtered',
    () => `/#/search?q=Amodai&outlet=${encodeURIComponent(outlet())}`,
    (page) => expect(page.getByRole('status')).toHaveText(/passages? in 1 article$/),
  ],
  [
    'search, a note on the query',
    `/#/search?q=${'word+'.repeat(12)}`,
    (page) => expect(page.getByText(/Only the first/)).toBeVisible(),
  ],
  [
    'reader, from a search',
    () => `/#/article/${encodeURIComponent(firstId())}?p=1&q=the`,
    (page) => expect(page.getByRole('link', { name: '← Back to search' })).toBeVisible(),
  ],
];

checkEveryView(views);

test('axe finds no violation with the filters and the syntax help open on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto('/#/search?q=Lutnik');
  await page.getByRole('button', { name: 'Filters' }).click();
  await page.getByText('Search syntax').click();
  await expect(page.getByRole('group', { name: 'Article' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
