// The compare view against the seeds: pickers and swap in the URL, both articles in columns, a passage's partner
// lit up and scrolled into view (pointer and keyboard), shared quotes with their wording, one-sided passages
// labelled, reload, defaults, and the columns stacked on a phone.
import { expect, test, type Page } from '@playwright/test';
import type { Article } from '../src/corpus/types.ts';
import { outletName } from '../src/app/format.ts';
import { builtCorpus, squash } from './corpus.ts';

const corpus = builtCorpus('dist');
const byId = (id: string): Article => {
  const article = corpus().articles.find((a) => a.id === id);
  if (!article) throw new Error(`the seeds have no article ${id}`);
  return article;
};
const [a, b, c] = [byId('000'), byId('002'), byId('001')];
const column = (page: Page, article: Article) => page.getByRole('region', { name: squash(article.title) });
/** A linked passage (focusable, numbered) of a column holding `text`. */
const linked = (page: Page, article: Article, text: string | RegExp) =>
  column(page, article).locator('.linked', { hasText: text });

test('the pickers choose the articles, the URL says which, and swap exchanges them', async ({ page }) => {
  await page.goto(`/#/compare?a=${a.id}&b=${b.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Compare' })).toBeVisible();
  const first = page.getByRole('combobox', { name: 'First article' });
  const second = page.getByRole('combobox', { name: 'Second article' });
  await expect(first).toHaveValue(a.id);
  await expect(second).toHaveValue(b.id);
  await expect(column(page, a)).toBeVisible();
  await expect(column(page, b)).toBeVisible();

  await second.selectOption(c.id);
  await expect(page).toHaveURL(new RegExp(`#/compare\\?a=${a.id}&b=${c.id}$`));
  await expect(column(page, c)).toBeVisible();
  await expect(column(page, b)).toHaveCount(0);

  await page.getByRole('button', { name: 'Swap' }).click();
  await expect(page).toHaveURL(new RegExp(`#/compare\\?a=${c.id}&b=${a.id}$`));
  await expect(first).toHaveValue(c.id);
  await expect(second).toHaveValue(a.id);

  await page.goBack();
  await expect(first).toHaveValue(a.id);
  await expect(second).toHaveValue(c.id);
});

test('a summary line counts aligned passages, shared quotes and what each side alone has', async ({
  page,
}) => {
  await page.goto(`/#/compare?a=${a.id}&b=${b.id}`);
  const summary = page.locator('.compare-summary');
  await expect(summary).toContainText(/\d+ aligned passages?/);
  await expect(summary).toContainText(/[1-9]\d* shared quotes?/);
  await expect(summary).toContainText(new RegExp(`\\d+ only in ${outletName(a)}`));
  await expect(summary).toContainText(new RegExp(`\\d+ only in ${outletName(b)}`));
});

test('focusing the shared “7-10 months older” quote lights up its partner, with the wording difference', async ({
  page,
}) => {
  await page.goto(`/#/compare?a=${a.id}&b=${b.id}`);
  const mine = linked(page, a, '7-10 months older');
  const partner = linked(page, b, '7-10 months older');
  await expect(partner).not.toHaveAttribute('data-state', 'partner');
  await mine.focus();
  await expect(mine).toHaveAttribute('data-state', 'active');
  await expect(partner).toHaveAttribute('data-state', 'partner');
  await expect(partner).toHaveAttribute('aria-current', 'true');
  await expect(partner).toBeInViewport();
  // Both carry the same number.
  const badge = (await mine.locator('.link-badge').textContent()) ?? '';
  await expect(partner.locator('.link-badge')).toHaveText(badge);
  await expect(page.getByRole('status').filter({ hasText: `Passage ${badge}` })).toContainText(
    'shared quote',
  );

  // Under the second article's passage: the ellipsis the first has, the comma the second has.
  const diff = column(page, b).locator('.quote-diff').filter({ hasText: '7-10 months older' });
  await expect(diff).toContainText(`Shared quote: ${outletName(b)} against ${outletName(a)}`);
  await expect(diff.locator('del')).toContainText('…');
  await expect(diff.locator('ins')).toContainText(',');
  await expect(diff.locator('del')).toContainText(`${outletName(a)} has:`);
});

test('hovering the Sonnet-cost passage lights up its paraphrase in the other article', async ({ page }) => {
  await page.goto(`/#/compare?a=${a.id}&b=${b.id}`);
  await linked(page, a, /few \$10M/).hover();
  await expect(linked(page, b, 'a few tens of millions')).toHaveAttribute('data-state', 'partner');
  await expect(linked(page, b, 'a few tens of millions')).toBeInViewport();
});

test('passages only one side has are labelled with its outlet, in text', async ({ page }) => {
  await page.goto(`/#/compare?a=${a.id}&b=${b.id}`);
  for (const text of ['Howard Lutnick', '50,000 Hopper-generation chips']) {
    const run = column(page, b).locator('.only-run', { hasText: text });
    await expect(run).toContainText(`Only in ${outletName(b)}`);
    await expect(column(page, b).locator('.linked', { hasText: text })).toHaveCount(0);
  }
});

test('by keyboard: Tab reaches a passage, Enter moves to its partner', async ({ page }) => {
  await page.goto(`/#/compare?a=${a.id}&b=${b.id}`);
  const mine = linked(page, a, /few \$10M/);
  await mine.focus();
  await page.keyboard.press('Enter');
  const partner = linked(page, b, 'a few tens of millions');
  await expect(partner).toBeFocused();
  await expect(partner).toHaveAttribute('data-state', 'active');
  await expect(mine).toHaveAttribute('data-state', 'partner');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveClass(/linked|compare-pane/);
});

test('a reload shows the same comparison', async ({ page }) => {
  await page.goto(`/#/compare?a=${b.id}&b=${c.id}`);
  await expect(column(page, b)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'First article' })).toHaveValue(b.id);
  await expect(page.getByRole('combobox', { name: 'Second article' })).toHaveValue(c.id);
  await expect(column(page, b)).toBeVisible();
  await expect(column(page, c)).toBeVisible();
});

test('without articles in the URL it compares the first two; an unknown id says so', async ({ page }) => {
  const [one, two] = corpus().articles;
  if (!one || !two) throw new Error('the seeds have fewer than two articles');
  await page.goto('/#/compare');
  await expect(page.getByRole('combobox', { name: 'First article' })).toHaveValue(one.id);
  await expect(page.getByRole('combobox', { name: 'Second article' })).toHaveValue(two.id);
  await page.goto('/#/compare?a=nope&b=000');
  await expect(page.getByRole('status')).toContainText('No article “nope” for the first article');
  await page.goto(`/#/compare?a=${a.id}&b=${a.id}`);
  await expect(
    page.getByRole('status').filter({ hasText: 'Both sides show the same article' }),
  ).toBeVisible();
});

test('on a phone the columns stack, and the links still work', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/#/compare?a=${a.id}&b=${b.id}`);
  const [boxA, boxB] = [await column(page, a).boundingBox(), await column(page, b).boundingBox()];
  if (!boxA || !boxB) throw new Error('a column is not laid out');
  expect(boxB.y).toBeGreaterThanOrEqual(boxA.y + boxA.height);
  expect(Math.abs(boxA.x - boxB.x)).toBeLessThan(2);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);

  await linked(page, a, '7-10 months older').focus();
  const partner = linked(page, b, '7-10 months older');
  await expect(partner).toHaveAttribute('data-state', 'partner');
  await page.keyboard.press('Enter');
  await expect(partner).toBeFocused();
  await expect(partner).toBeInViewport();
});

test.describe('the page ends where the view does', () => {
  for (const [name, viewport] of [
    ['desktop', { width: 1280, height: 800 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    test(`on a ${name}, nothing scrolls past the footer`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(`/#/compare?a=${a.id}&b=${b.id}`);
      await expect(column(page, a)).toBeVisible();
      await expect(column(page, b)).toBeVisible();
      // The screen-reader texts in the columns once escaped their scroll boxes and stretched the page.
      const { scrollHeight, footerBottom } = await page.getByRole('contentinfo').evaluate((footer) => ({
        scrollHeight: document.documentElement.scrollHeight,
        footerBottom: footer.getBoundingClientRect().bottom + window.scrollY,
      }));
      expect(footerBottom).toBeGreaterThan(0);
      expect(scrollHeight).toBeLessThanOrEqual(footerBottom + 4);
    });
  }
});

test.describe('one unknown id', () => {
  test('keeps the pickers and the known side, and says which side is wrong', async ({ page }) => {
    await page.goto(`/#/compare?a=${a.id}&b=999`);
    await expect(page.getByRole('heading', { level: 1, name: 'Compare' })).toBeVisible();
    const first = page.getByRole('combobox', { name: 'First article' });
    const second = page.getByRole('combobox', { name: 'Second article' });
    await expect(first).toHaveValue(a.id);
    await expect(second).toHaveValue('');
    await expect(page.getByRole('status')).toContainText('No article “999” for the second article');
    await expect(page.getByRole('status')).not.toContainText('first article');

    await second.selectOption(b.id);
    await expect(page).toHaveURL(new RegExp(`#/compare\\?a=${a.id}&b=${b.id}$`));
    await expect(column(page, a)).toBeVisible();
    await expect(column(page, b)).toBeVisible();
  });

  test('names both sides when neither id is known', async ({ page }) => {
    await page.goto('/#/compare?a=nope&b=999');
    await expect(page.getByRole('combobox', { name: 'First article' })).toHaveValue('');
    await expect(page.getByRole('combobox', { name: 'Second article' })).toHaveValue('');
    await expect(page.getByRole('status')).toContainText('No article “nope” for the first article');
    await expect(page.getByRole('status')).toContainText('No article “999” for the second article');
  });
});
