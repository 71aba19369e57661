// The compare view against the seeds: pickers (type to find, closest first) and swap in the URL, both articles in
// columns, a passage's partner lit up and scrolled into view (pointer and keyboard), shared quotes with their
// wording, one-sided passages labelled, reload, defaults, and on a phone each passage followed by its partner.
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
const picker = (page: Page, name: 'First article' | 'Second article') => page.getByRole('combobox', { name });

/** Chooses an article in a picker as a reader does: types words of its title, clicks it in the list. */
async function choose(page: Page, name: 'First article' | 'Second article', article: Article) {
  await picker(page, name).fill(squash(article.title).split(' ').slice(0, 3).join(' '));
  await page
    .getByRole('listbox')
    .getByRole('option', { name: squash(article.title) })
    .click();
}

test('the pickers choose the articles, the URL says which, and swap exchanges them', async ({ page }) => {
  await page.goto(`/#/compare?a=${a.id}&b=${b.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Compare' })).toBeVisible();
  // One plain sentence says what the view is for.
  await expect(page.getByRole('main').getByRole('paragraph').first()).toHaveText(
    'Pick two articles to see what both say, numbered alike, and what only one of them says.',
  );
  const [first, second] = [picker(page, 'First article'), picker(page, 'Second article')];
  await expect(first).toHaveValue(a.title);
  await expect(second).toHaveValue(b.title);
  await expect(column(page, a)).toBeVisible();
  await expect(column(page, b)).toBeVisible();

  await choose(page, 'Second article', c);
  await expect(page).toHaveURL(new RegExp(`#/compare\\?a=${a.id}&b=${c.id}$`));
  await expect(column(page, c)).toBeVisible();
  await expect(column(page, b)).toHaveCount(0);
  await expect(second).toHaveValue(c.title);

  await page.getByRole('button', { name: 'Swap' }).click();
  await expect(page).toHaveURL(new RegExp(`#/compare\\?a=${c.id}&b=${a.id}$`));
  await expect(first).toHaveValue(c.title);
  await expect(second).toHaveValue(a.title);

  await page.goBack();
  await expect(first).toHaveValue(a.title);
  await expect(second).toHaveValue(c.title);
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
  await expect(picker(page, 'First article')).toHaveValue(b.title);
  await expect(picker(page, 'Second article')).toHaveValue(c.title);
  await expect(column(page, b)).toBeVisible();
  await expect(column(page, c)).toBeVisible();
});

test('without articles in the URL it compares the first two; an unknown id says so', async ({ page }) => {
  const [one, two] = corpus().articles;
  if (!one || !two) throw new Error('the seeds have fewer than two articles');
  await page.goto('/#/compare');
  await expect(picker(page, 'First article')).toHaveValue(one.title);
  await expect(picker(page, 'Second article')).toHaveValue(two.title);
  await page.goto('/#/compare?a=nope&b=000');
  await expect(page.getByRole('status')).toContainText('No article “nope” for the first article');
  await page.goto(`/#/compare?a=${a.id}&b=${a.id}`);
  await expect(
    page.getByRole('status').filter({ hasText: 'Both sides show the same article' }),
  ).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('each passage of the first article is followed by its partner, labelled, in one scroll', async ({
    page,
  }) => {
    await page.goto(`/#/compare?a=${a.id}&b=${b.id}`);
    // Which article is which, by title, outlet and side.
    await expect(column(page, a)).toContainText(`First article · ${outletName(a)}`);
    await expect(column(page, b)).toContainText(`Second article · ${outletName(b)}`);

    const both = page.getByRole('region', { name: 'Said in both' });
    const pairs = both.getByRole('listitem');
    await expect(pairs.first()).toBeVisible();
    expect(await pairs.count()).toBeGreaterThan(3);
    // The pair holding the shared quote: the first article's words, labelled, then the second's, labelled.
    const pair = pairs.filter({ hasText: '7-10 months older' });
    await expect(pair).toHaveCount(1);
    const mine = pair
      .getByRole('group', { name: outletName(a) })
      .locator('.linked', { hasText: '7-10 months older' });
    const partner = pair
      .getByRole('group', { name: outletName(b) })
      .locator('.linked', { hasText: '7-10 months older' });
    await expect(mine).toBeVisible();
    await expect(partner).toBeVisible();
    const [top, bottom] = [await mine.boundingBox(), await partner.boundingBox()];
    if (!top || !bottom) throw new Error('a passage of the pair is not laid out');
    expect(bottom.y).toBeGreaterThan(top.y + top.height - 1);

    // No box scrolls on its own: the pair, scrolled to in the page, is on screen whole.
    await pair.scrollIntoViewIfNeeded();
    await expect(mine).toBeInViewport();
    await expect(partner).toBeInViewport();
    await expect(page.locator('[data-column]')).toHaveCount(0);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);

    // Then what only one side says, under its outlet.
    const onlyB = page.getByRole('region', { name: `Only in ${outletName(b)}` });
    await expect(onlyB).toContainText('Howard Lutnick');
    await expect(page.getByRole('region', { name: `Only in ${outletName(a)}` })).toBeVisible();
    const [pairsBox, onlyBox] = [await both.boundingBox(), await onlyB.boundingBox()];
    expect(onlyBox?.y ?? 0).toBeGreaterThan((pairsBox?.y ?? 0) + (pairsBox?.height ?? 0) - 1);
  });

  test('focusing a passage lights up its partner, and Enter goes to it', async ({ page }) => {
    await page.goto(`/#/compare?a=${a.id}&b=${b.id}`);
    const pair = page
      .getByRole('region', { name: 'Said in both' })
      .getByRole('listitem')
      .filter({
        hasText: /few \$10M/,
      });
    const mine = pair.locator('.linked', { hasText: /few \$10M/ });
    const partner = pair.locator('.linked', { hasText: 'a few tens of millions' });
    await mine.focus();
    await expect(partner).toHaveAttribute('data-state', 'partner');
    await page.keyboard.press('Enter');
    await expect(partner).toBeFocused();
    await expect(partner).toBeInViewport();
    await expect(mine).toHaveAttribute('data-state', 'partner');
  });
});

test.describe('the pickers', () => {
  test('list the articles closest to the other side first, and say so', async ({ page }) => {
    await page.goto(`/#/compare?a=${a.id}&b=${b.id}`);
    const second = picker(page, 'Second article');
    await second.click();
    const list = page.getByRole('listbox');
    await expect(list).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: 'closest to the first article first' }),
    ).toBeVisible();
    const options = list.getByRole('option');
    // Every article but the first side's own.
    await expect(options).toHaveCount(corpus().articles.length - 1);
    const shared = (await options.allTextContents()).map((text) =>
      Number(/(\d+) passages? (and \d+ quotes? )?in common/.exec(text)?.[1] ?? 0),
    );
    expect(shared[0]).toBeGreaterThan(0);
    expect(shared).toEqual([...shared].sort((x, y) => y - x));
    // What an option says it shares is what the comparison counts.
    const counted = /(\d+) passages? (and \d+ quotes? )?in common/.exec(
      (await options.filter({ hasText: squash(b.title) }).textContent()) ?? '',
    )?.[1];
    await page.keyboard.press('Escape');
    await expect(list).toBeHidden();
    await expect(page.locator('.compare-summary')).toContainText(`${counted ?? '?'} aligned passage`);
  });

  test('filter as the reader types a title or outlet; arrows and Enter choose, Escape leaves things be', async ({
    page,
  }) => {
    await page.goto(`/#/compare?a=${a.id}&b=${b.id}`);
    const second = picker(page, 'Second article');
    const list = page.getByRole('listbox');
    await second.fill(outletName(c));
    const options = list.getByRole('option');
    await expect(options.first()).toBeVisible();
    for (const text of await options.allTextContents()) expect(text).toContain(outletName(c));
    await expect(page.getByRole('status').filter({ hasText: /articles? found/ })).toBeVisible();
    // The whole title, wrapped, never cut.
    const option = options.filter({ hasText: squash(c.title) });
    await expect(option).toBeVisible();
    expect(await option.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(
      0,
    );

    await second.fill('no title has these words zqx');
    await expect(options).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'No article has those words' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(list).toBeHidden();
    await expect(second).toHaveValue(b.title);
    await expect(page).toHaveURL(new RegExp(`#/compare\\?a=${a.id}&b=${b.id}$`));

    await second.fill(squash(c.title).split(' ').slice(0, 4).join(' '));
    await expect(options.first()).toContainText(squash(c.title));
    await page.keyboard.press('ArrowDown');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#/compare\\?a=${a.id}&b=${c.id}$`));
    await expect(list).toBeHidden();
    await expect(column(page, c)).toBeVisible();
  });
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
    await expect(picker(page, 'First article')).toHaveValue(a.title);
    await expect(picker(page, 'Second article')).toHaveValue('');
    await expect(page.getByRole('status')).toContainText('No article “999” for the second article');
    await expect(page.getByRole('status')).not.toContainText('first article');

    await choose(page, 'Second article', b);
    await expect(page).toHaveURL(new RegExp(`#/compare\\?a=${a.id}&b=${b.id}$`));
    await expect(column(page, a)).toBeVisible();
    await expect(column(page, b)).toBeVisible();
  });

  test('names both sides when neither id is known', async ({ page }) => {
    await page.goto('/#/compare?a=nope&b=999');
    await expect(picker(page, 'First article')).toHaveValue('');
    await expect(picker(page, 'Second article')).toHaveValue('');
    await expect(page.getByRole('status')).toContainText('No article “nope” for the first article');
    await expect(page.getByRole('status')).toContainText('No article “999” for the second article');
  });
});
