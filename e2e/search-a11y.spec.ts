// Accessibility of the search view: axe in both colour schemes and two widths, and no sideways scrolling at 360 px.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readCorpus } from './corpus.ts';

const corpus = readCorpus('dist');
const outlet = corpus.articles.find((a) => a.outlet !== null)?.outlet ?? '';
const first = corpus.articles[0];

// Each view with what must be on screen before it is checked: the results load with the engine, after the page.
const views: [string, string, (page: Page) => Promise<void>][] = [
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
    'search, no result',
    '/#/search?q=zzqx+flurbish',
    (page) => expect(page.getByRole('heading', { name: 'Things to try' })).toBeVisible(),
  ],
  [
    'search, filtered',
    `/#/search?q=Amodai&outlet=${encodeURIComponent(outlet)}`,
    (page) => expect(page.getByRole('status')).toHaveText(/passages? in 1 article$/),
  ],
  [
    'search, a note on the query',
    `/#/search?q=${'word+'.repeat(12)}`,
    (page) => expect(page.getByText(/Only the first/)).toBeVisible(),
  ],
];
if (first) {
  views.push([
    'reader, from a search',
    `/#/article/${encodeURIComponent(first.id)}?p=1&q=the`,
    (page) => expect(page.getByRole('link', { name: '← Back to search' })).toBeVisible(),
  ]);
}

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

test('axe finds no violation with the filters and the syntax help open on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto('/#/search?q=Lutnik');
  await page.getByRole('button', { name: 'Filters' }).click();
  await page.getByText('Search syntax').click();
  await expect(page.getByRole('group', { name: 'Article' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

for (const [name, url, ready] of views) {
  test(`fits a 360 px screen without sideways scrolling: ${name}`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(url);
    await ready(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
