// "Copy citation" against the seeds, on the reader's passage, a quote and a timeline passage: the clipboard gets the
// words, the outlet, title and date as the page shows them, and a Parallax link that opens the reader at that
// passage; a clipboard refused leaves the citation in a box to copy by hand.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { builtCorpus, squash } from './corpus.ts';

const corpus = builtCorpus('dist');

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

/** Presses a Copy citation button, waits for it to say so, and reads the clipboard. */
async function copy(page: Page, button: Locator): Promise<string> {
  await expect(button).toHaveText('Copy citation');
  await button.click();
  await expect(button.locator('..').getByText('Citation copied')).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

/** The Parallax link of a citation: its last line. */
function parallaxLink(citation: string): string {
  const link = /^Parallax: (\S+)$/m.exec(citation)?.[1];
  if (link === undefined) throw new Error(`no Parallax link in ${citation}`);
  return link;
}

/**
 * Opens a citation's Parallax link, and checks that it is this page's address (its query kept) and that the reader
 * there marks a passage holding `words`, in the article whose outlet, title and date the citation gives.
 */
async function opensAtPassage(page: Page, citation: string, words: string) {
  const link = parallaxLink(citation);
  const here = new URL(page.url());
  expect(link.startsWith(`${here.origin}${here.pathname}${here.search}#/article/`)).toBe(true);
  // From another page, as a reader who follows the link does.
  await page.goto('about:blank');
  await page.goto(link);
  const passage = page.locator(':focus');
  await expect(passage).toContainText(words);
  expect(await passage.evaluate((element) => element.tagName)).toBe('MARK');
  const header = page.getByRole('main').locator('header');
  const title = squash(await page.getByRole('heading', { level: 1 }).innerText());
  const outlet = squash(await header.locator('.kicker .outlet-name').innerText());
  const published = squash(await header.locator('time').first().innerText());
  const source = citation.split('\n')[1] ?? '';
  expect(source.startsWith(`${outlet}, “${title}”, `)).toBe(true);
  // The day as the page gives it, after "on or after" where the article is undated but bounded.
  expect(source.endsWith(` ${published}.`)).toBe(true);
}

test('copies the citation of the passage the reader marks, and its link opens it again', async ({ page }) => {
  const article = corpus().articles.find(
    (a) => a.published !== null && a.url !== null && a.sentences.length > 8,
  );
  if (!article) throw new Error('the seeds have no dated article with an address and a few sentences');
  const index = Math.floor(article.sentences.length / 2);
  // A query before the hash (such as the corpus being viewed) is part of the page's address, which the link keeps.
  await page.goto(`/?via=citation#/article/${encodeURIComponent(article.id)}?p=${String(index)}`);
  const passage = page.locator(':focus');
  await expect(passage).toBeVisible();
  const words = squash(await passage.innerText());
  const title = squash(await page.getByRole('heading', { level: 1 }).innerText());

  const citation = await copy(page, page.getByRole('button', { name: 'Copy citation of this passage' }));
  expect(citation.split('\n')[0]).toBe(`“${words}”`);
  expect(citation).toContain(title);
  // The original's address, as the outlet's link in the header gives it.
  const original = await page.getByRole('link', { name: /original article/ }).getAttribute('href');
  expect(citation.split('\n')).toContain(original);
  expect(parallaxLink(citation)).toContain(`/?via=citation#/article/`);
  await opensAtPassage(page, citation, words);
});

test('words selected in any passage offer its citation, and a link to it', async ({ page }) => {
  const article = corpus().articles.find((a) => a.sentences.length > 8);
  if (!article) throw new Error('the seeds have no article with a few sentences');
  await page.goto(`/#/article/${encodeURIComponent(article.id)}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // A reader drags across a few words in the middle of the article.
  const sentence = page.locator(`[id="s-${String(Math.floor(article.sentences.length / 2))}"]`);
  const words = squash(await sentence.innerText());
  await sentence.scrollIntoViewIfNeeded();
  const placed = await sentence.boundingBox();
  if (!placed) throw new Error('the passage is not on the page');
  await page.mouse.move(placed.x + 2, placed.y + 4);
  await page.mouse.down();
  await page.mouse.move(placed.x + Math.min(placed.width - 2, 120), placed.y + 4, { steps: 5 });
  await page.mouse.up();
  const bar = page.getByRole('region', { name: 'Selected passage' });
  const citation = await copy(
    page,
    bar.getByRole('button', { name: 'Copy citation of the selected passage' }),
  );
  expect(citation.split('\n')[0]).toBe(`“${words}”`);
  await expect(bar.getByRole('link', { name: 'Link to this passage' })).toHaveAttribute(
    'href',
    new RegExp(`\\?p=${String(Math.floor(article.sentences.length / 2))}$`),
  );
  await opensAtPassage(page, citation, words);
});

test('the reader offers no citation where no passage is marked', async ({ page }) => {
  const article = corpus().articles[0];
  if (!article) throw new Error('the seeds have no article');
  await page.goto(`/#/article/${encodeURIComponent(article.id)}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Copy citation/ })).toHaveCount(0);
});

test('copies the citation of a quote in one article, which opens the reader at its passage', async ({
  page,
}) => {
  await page.goto('/#/quotes');
  const row = page.getByRole('table').locator('tbody').getByRole('row').first();
  const occurrence = row
    .getByRole('listitem')
    .filter({ has: page.getByRole('button') })
    .first();
  // The outlet, and the quote's words as this article words them, which the link says to a screen reader.
  const said = squash((await occurrence.getByRole('link').textContent()) ?? '');
  const [, outlet, words] = /^(.+?): “(.+)” in its passage$/.exec(said) ?? [];
  if (outlet === undefined || words === undefined) throw new Error(`no outlet and quote in “${said}”`);

  const citation = await copy(
    page,
    occurrence.getByRole('button', { name: `Copy citation of this quote in ${outlet}` }),
  );
  expect(citation.split('\n')[0]).toBe(`“${words}”`);
  expect(citation.split('\n')[1]?.startsWith(`${outlet}, “`)).toBe(true);
  await opensAtPassage(page, citation, words);
});

test('copies the citation of a passage that mentions a timeline event', async ({ page }) => {
  await page.goto('/#/timeline');
  const event = page.getByRole('region', { name: 'Events' }).locator('ol > li').first();
  await event.getByRole('heading', { level: 3 }).getByRole('button').click();
  const mention = event
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: /^Copy citation of the passage in / }) })
    .first();
  const link = mention.getByRole('link');
  const label = squash(await link.locator('.tl-source').innerText());
  const words = squash(await link.locator('.tl-sentence').innerText());

  const citation = await copy(
    page,
    mention.getByRole('button', { name: `Copy citation of the passage in ${label}` }),
  );
  expect(citation.split('\n')[0]).toBe(`“${words}”`);
  await opensAtPassage(page, citation, words);
});

test('a clipboard refused leaves the citation selected in a box, to copy by hand', async ({ page }) => {
  const article = corpus().articles[0];
  if (!article) throw new Error('the seeds have no article');
  await page.goto(`/#/article/${encodeURIComponent(article.id)}?p=1`);
  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
  });
  const words = squash(await page.locator(':focus').innerText());
  await page.getByRole('button', { name: 'Copy citation of this passage' }).click();
  const box = page.getByRole('textbox', { name: 'Copy it from here' });
  await expect(box).toBeFocused();
  await expect(box).toHaveAttribute('readonly', '');
  const citation = await box.inputValue();
  expect(citation.split('\n')[0]).toBe(`“${words}”`);
  expect(
    await box.evaluate((element: HTMLTextAreaElement) => element.selectionEnd - element.selectionStart),
  ).toBe(citation.length);
});
