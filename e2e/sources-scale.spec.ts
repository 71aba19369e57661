// The sources view and its counts on 1,000 news-like articles (bench/news-corpus.ts, seed 1), whose wire copies
// make families: the view lists them, the largest first, and draws a family's matrix when asked; the articles table
// says what each article is and filters to the copies; counting each family once counts fewer sources.
import { expect, test } from '@playwright/test';
import { builtCorpus } from './corpus.ts';

const corpus = builtCorpus('dist-scale');
const format = (n: number) => n.toLocaleString('en');
/** How many independent sources the corpus's articles come from: each family once, each article in none once. */
const independent = () => {
  const { sources } = corpus();
  return sources.families.length + sources.articles.filter((a) => a.family === null).length;
};

test('lists the families, the largest first, and draws one family’s shared text on demand', async ({
  page,
}) => {
  const { sources, articles } = corpus();
  const first = sources.families[0];
  expect(first, 'the scale corpus has copy families').toBeDefined();
  if (!first) return;
  await page.goto('/#/sources');
  await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
  await expect(
    page.getByText(`${format(articles.length)} reports from ${format(independent())} independent sources`),
  ).toBeVisible();
  // Only the families near the screen render.
  const families = page.getByRole('heading', { level: 3, name: /^Family \d+:/ });
  await expect(families.first()).toHaveText(new RegExp(`^Family 1: ${String(first.members.length)} reports`));
  expect(await families.count()).toBeLessThan(Math.max(sources.families.length, 2));

  const item = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: /^Family 1: / }) });
  await expect(item.getByText(/^Likely original:/)).toBeVisible();
  const original = articles[first.original];
  const copy = articles[first.members[1] ?? -1];
  // Each member links to a comparison with the one it comes from.
  const compare = item.getByRole('link', { name: /^Compare with / }).first();
  await expect(compare).toHaveAttribute('href', /^#\/compare\?a=.+&b=.+/);

  await item.getByRole('button', { name: 'Show the shared text of family 1' }).click();
  const matrix = page.getByRole('table', { name: /family 1$/ });
  await expect(matrix.getByRole('rowheader')).toHaveCount(first.members.length);
  await expect(matrix.getByRole('rowheader').first()).toContainText(original?.outlet ?? '');
  // The second member's row, under the original's column: the share of its words the original carries.
  const [o, c] = [first.original, first.members[1] ?? -1];
  const pair = sources.shared.find((p) => p.a === Math.min(o, c) && p.b === Math.max(o, c));
  expect(copy && pair, 'the first two members of the family share text').toBeTruthy();
  const share = (c < o ? pair?.aligned[0] : pair?.aligned[1]) ?? 0;
  await expect(matrix.getByRole('row').nth(2).getByRole('cell').first()).toHaveText(
    String(Math.round(share * 100)),
  );
});

test('the articles table says what each article is, sorts by it and filters to the copies', async ({
  page,
}) => {
  const { sources } = corpus();
  const copies = sources.articles.filter((a) => a.kind === 'copy' || a.kind === 'rewrite').length;
  await page.goto('/#/');
  const table = page.getByRole('table', { name: /^Articles/ });
  await table.getByRole('button', { name: /^Source/ }).click();
  await expect(page).toHaveURL(/sort=source/);
  // Sorted by family, the largest first: its original heads the table.
  await expect(table.locator('td.source').first()).toHaveText(/^original of \d+ (copies|copy|rewrites?)/);
  await page.getByLabel('Show').selectOption({ label: 'Copies and rewrites' });
  await expect(page.getByRole('status').filter({ hasText: 'shown' })).toHaveText(
    `${format(copies)} articles of ${String(corpus().articles.length)} shown`,
  );
  await expect(table.locator('td.source').first()).toHaveText(/^(copy|rewrite) of .+, \d+\s%$/);
});

test('counting each family once counts fewer sources in coverage and the timeline', async ({ page }) => {
  const { articles } = corpus();
  await page.goto('/#/coverage');
  await page.getByRole('checkbox', { name: 'Count each family once' }).check();
  await expect(page).toHaveURL(/once=1/);
  await expect(
    page.getByText(`${format(articles.length)} reports from ${format(independent())} independent sources`),
  ).toBeVisible();
  await page.goto('/#/timeline');
  await page.getByRole('checkbox', { name: 'Count each family once' }).check();
  await expect(
    page.getByText(/^Mentioned in [\d,]+ reports? from [\d,]+ independent sources?:$/).first(),
  ).toBeVisible();
});
