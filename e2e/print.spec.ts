// Printing, against the seeds: the page as a document, with no navigation or controls; compare's two articles one
// after the other, each whole; the timeline's every event; links to other sites with their address.
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Article } from '../src/corpus/types.ts';
import { builtCorpus, squash } from './corpus.ts';

const corpus = builtCorpus('dist');
const byId = (id: string): Article => {
  const article = corpus().articles.find((a) => a.id === id);
  if (!article) throw new Error(`the seeds have no article ${id}`);
  return article;
};
const column = (page: Page, article: Article) => page.getByRole('region', { name: squash(article.title) });
/** The passages (sentences) a compare column holds: each has its own id, `cmp-<side>-<index>`. */
const passageCount = (pane: Locator) =>
  pane.evaluate(
    (element) => [...element.querySelectorAll('[id]')].filter((e) => /^cmp-[ab]-\d+$/.test(e.id)).length,
  );
/** How much of a box's content it hides, scrolled out of view or clipped. */
const clipped = (pane: Locator) => pane.evaluate((element) => element.scrollHeight - element.clientHeight);

test('hides the navigation, the footer, filters and buttons, and keeps the view', async ({ page }) => {
  await page.goto('/#/quotes');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav).toBeVisible();
  const citations = page.getByRole('button', { name: /^Copy citation/ });
  await expect(citations.first()).toBeAttached();
  await page.emulateMedia({ media: 'print' });
  await expect(nav).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Filter quotes' })).toBeHidden();
  await expect(citations).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Quotes' })).toBeVisible();
  await expect(page.getByRole('table')).toBeVisible();
});

test('prints compare’s two articles one after the other, each whole', async ({ page }) => {
  const [a, b] = [byId('000'), byId('002')];
  await page.goto(`/#/compare?a=${a.id}&b=${b.id}`);
  const [first, second] = [column(page, a), column(page, b)];
  await expect(first).toBeVisible();
  await expect(second).toBeVisible();
  // On screen, side by side, and each scrolls in its own box, which hides most of a long article.
  const counts = [await passageCount(first), await passageCount(second)];
  expect(counts[0]).toBeGreaterThan(0);
  expect(counts[1]).toBeGreaterThan(0);
  expect(Math.max(await clipped(first), await clipped(second))).toBeGreaterThan(0);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('combobox', { name: 'First article' })).toBeHidden();
  // Every passage of both, none hidden in a box, each column as tall as its text.
  expect([await passageCount(first), await passageCount(second)]).toEqual(counts);
  expect(await clipped(first)).toBeLessThanOrEqual(1);
  expect(await clipped(second)).toBeLessThanOrEqual(1);
  // The second starts below the first, not beside it.
  const [top, bottom] = [await first.boundingBox(), await second.boundingBox()];
  if (!top || !bottom) throw new Error('a column has no box');
  expect(bottom.y).toBeGreaterThanOrEqual(top.y + top.height - 1);
});

test('prints the timeline’s every event', async ({ page }) => {
  await page.goto('/#/timeline');
  const summary = await page.getByText(/^\d+ named events?$/).innerText();
  const named = Number(/^(\d+)/.exec(summary)?.[1]);
  await page.emulateMedia({ media: 'print' });
  const events = page
    .getByRole('region', { name: 'Events' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3 }) });
  await expect(events).toHaveCount(named);
  for (const event of await events.all())
    await expect(event.getByRole('heading', { level: 3 })).toBeVisible();
  await expect(page.getByRole('button', { name: /every event/ })).toBeHidden();
});

test('follows a link to another site with its address, which paper cannot follow', async ({ page }) => {
  const article = corpus().articles.find((a) => a.url !== null);
  if (!article?.url) throw new Error('no seed has an address');
  await page.goto(`/#/article/${encodeURIComponent(article.id)}`);
  const link = page.getByRole('link', { name: /original article/ });
  const after = () => link.evaluate((element) => getComputedStyle(element, '::after').content);
  expect(await after()).toBe('none');
  await page.emulateMedia({ media: 'print' });
  expect(await after()).toContain(article.url);
});
