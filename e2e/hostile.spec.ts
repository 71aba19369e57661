import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Article } from '../src/corpus/types.ts';
import { builtCorpus } from './corpus.ts';

// Runs against the app built from e2e/fixtures/hostile (port 4392): article text full of markup, an unsafe link,
// right-to-left overrides and invisible characters.
const corpus = builtCorpus('dist-hostile');
const MARKUP = ['<script>alert(1)</script>', '<img src=x onerror="alert(1)">', '<b>bold</b>'];

function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

/** Elements article text could have created if it were ever parsed as HTML. */
async function injected(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      document.querySelectorAll(
        'img, iframe, object, embed, main script, main b, main i, [onerror], [onclick]',
      ).length,
  );
}

test('article text with markup shows as characters and runs nothing', async ({ page }) => {
  const dialogs = watchDialogs(page);
  await page.goto('/#/');
  await expect(page.getByRole('table').locator('tbody').getByRole('row')).toHaveCount(
    corpus().articles.length,
  );
  for (const article of corpus().articles) {
    await expect(page.getByRole('link', { name: article.title, exact: true })).toBeVisible();
  }
  expect(await injected(page)).toBe(0);

  const seen = new Set<string>();
  for (const article of corpus().articles) {
    await page.goto(`/#/article/${encodeURIComponent(article.id)}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
    const shown = (await page.getByRole('main').textContent()) ?? '';
    for (const markup of MARKUP) {
      if (article.text.includes(markup)) {
        expect(shown).toContain(markup);
        seen.add(markup);
      }
    }
    expect(await injected(page)).toBe(0);
  }
  expect([...seen].sort()).toEqual([...MARKUP].sort());
  expect(dialogs).toEqual([]);
});

test('an unsafe source URL never becomes a link; its outlet shows as text', async ({ page }) => {
  const dialogs = watchDialogs(page);
  for (const article of corpus().articles) {
    await page.goto(`/#/article/${encodeURIComponent(article.id)}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((href) => !/^(#|https?:|corpus\.json$)/.test(href))).toEqual([]);
    const outlet = article.outlet ?? 'Unknown outlet';
    const safe = article.url !== null && /^https?:\/\//.test(article.url);
    await expect(page.getByRole('link', { name: outlet })).toHaveCount(safe ? 1 : 0);
    if (!safe) await expect(page.getByRole('main').getByText(outlet, { exact: true })).toBeVisible();
  }
  expect(corpus().articles.some((a) => a.url === null)).toBe(true);
  expect(dialogs).toEqual([]);
});

test('the pipeline’s warning about the unsafe URL is shown, as text', async ({ page }) => {
  expect(corpus().warnings).toContainEqual(
    expect.objectContaining({ code: 'unsafe-url', file: 'sources.json' }),
  );
  await page.goto('/#/');
  await page.getByText(/warnings? about the corpus folder/).click();
  for (const warning of corpus().warnings) await expect(page.getByText(warning.message)).toBeVisible();
});

test('files the build leaves out are named in the warnings, and every article is still listed', async ({
  page,
}) => {
  // e2e/fixtures/hostile/README.txt (notes about the folder) and .hidden.txt (a hidden file) are left out.
  const ignored = corpus().warnings.filter((w) => w.code === 'ignored-file');
  expect(ignored.map((w) => w.file)).toEqual(['.hidden.txt', 'README.txt']);
  await page.goto('/#/');
  await page.getByText(/warnings? about the corpus folder/).click();
  const warnings = page.getByRole('listitem').filter({ has: page.locator('code') });
  await expect(warnings.filter({ hasText: /^README\.txt .*notes/ })).toHaveCount(1);
  await expect(warnings.filter({ hasText: /^\.hidden\.txt .*hidden/ })).toHaveCount(1);
  const table = page.getByRole('table');
  for (const article of corpus().articles) await expect(table).toContainText(article.title);
  await expect(table).not.toContainText('A hidden article');
});

test('an outlet known only from the file name says so, in the table and the reader', async ({ page }) => {
  const guessed = corpus().articles.filter((a) => a.outletSource === 'file-name');
  expect(guessed.length).toBeGreaterThan(0);
  await page.goto('/#/');
  for (const article of guessed) {
    const row = page.getByRole('row').filter({ hasText: article.title });
    await expect(row).toContainText(`${article.outlet ?? ''} from the file name`);
    await page.goto(`/#/article/${encodeURIComponent(article.id)}`);
    await expect(page.getByRole('main')).toContainText(`${article.outlet ?? ''} from the file name`);
    await page.goto('/#/');
  }
});

// e2e/fixtures/hostile/bidi-override.txt: its outlet, title and event name (sources.json, events.json) and a line of
// its text hold an unterminated U+202E RIGHT-TO-LEFT OVERRIDE; its text also holds a zero-width space and a soft
// hyphen inside words.
const RLO = '\u202e';

function overridden(): Article {
  const article = corpus().articles.find((a) => a.title.includes(RLO) && (a.outlet ?? '').includes(RLO));
  if (!article) throw new Error('the hostile corpus has no article with an override in its title and outlet');
  return article;
}

/** Whether an element's text is laid out in reading order: its first character to the left of its last. */
function readsInOrder(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (node instanceof Text && node.data.trim() !== '') nodes.push(node);
    const first = nodes[0];
    const last = nodes[nodes.length - 1];
    if (!first || !last) return false;
    const left = (node: Text, at: number) => {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      return range.getBoundingClientRect().left;
    };
    const start = first.data.search(/\S/);
    const end = last.data.trimEnd().length - 1;
    return left(first, start) < left(last, end);
  });
}

/** Whether `text` shows inside `scope`, and every text node holding it is inside a `<bdi>`. */
function isolated(scope: Locator, text: string): Promise<boolean> {
  return scope.first().evaluate((element, text) => {
    const holders: Node[] = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (node.textContent?.includes(text)) holders.push(node);
    return holders.length > 0 && holders.every((node) => node.parentElement?.closest('bdi'));
  }, text);
}

test('an override in an outlet or title leaves the app’s own text after it in order', async ({ page }) => {
  const article = overridden();
  const outlet = article.outlet ?? '';
  const other = corpus().articles.find((a) => a.id !== article.id);
  if (!other) throw new Error('the hostile corpus needs a second article');

  await page.goto(`/#/compare?a=${encodeURIComponent(article.id)}&b=${encodeURIComponent(other.id)}`);
  const kicker = page.locator('[data-column]').first().locator('.kicker');
  const date = kicker.locator('time');
  await expect(date).toHaveText('29 Jan 2025');
  expect(await readsInOrder(date)).toBe(true);
  expect(await isolated(kicker, outlet)).toBe(true);

  await page.goto('/#/');
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: article.title }) });
  expect(await isolated(row, article.title)).toBe(true);
  expect(await isolated(row, outlet)).toBe(true);
  expect(await readsInOrder(row.locator('time'))).toBe(true);

  await page.goto(`/#/article/${encodeURIComponent(article.id)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
  expect(await isolated(page.getByRole('heading', { level: 1 }), article.title)).toBe(true);
  // A string holds no <bdi>: the title is isolated with FSI … PDI, its override closed inside.
  await expect(page).toHaveTitle(`\u2068${article.title}\u202c\u2069 · Parallax`);
});

test('an override in an outlet or event name leaves the timeline’s dates and passages in order', async ({
  page,
}) => {
  const article = overridden();
  const event = corpus().timeline.events.find((e) => e.name.includes(RLO));
  if (!event) throw new Error('the hostile corpus has no event with an override in its name');
  await page.goto('/#/timeline');

  const chartRow = page.locator('.tl-row').filter({ hasText: event.name });
  await expect(chartRow.locator('.tl-row-when')).toHaveText('27 Jan 2025');
  expect(await readsInOrder(chartRow.locator('.tl-row-when'))).toBe(true);
  const passage = page.getByRole('link', { name: /confirmation hearing/ });
  await expect(passage).toContainText(article.outlet ?? '');
  expect(await readsInOrder(passage.locator('.tl-sentence'))).toBe(true);

  const toggle = page.getByRole('region', { name: 'Events' }).getByRole('button', { name: event.name });
  expect(await isolated(toggle, event.name)).toBe(true);
  expect(await isolated(passage, article.outlet ?? '')).toBe(true);
});

test('search finds words with a zero-width space or a soft hyphen inside, and marks them', async ({
  page,
}) => {
  const article = overridden();
  const results = page.getByRole('region', { name: 'Results' });
  for (const [query, word] of [
    ['Nvidia', 'Nvi\u200bdia'],
    ['Lutnick', 'Lut\u00adnick'],
  ] as const) {
    expect(article.text).toContain(word);
    await page.goto(`/#/search?q=${query}`);
    await expect(results.getByRole('status')).toHaveText(/passages? in/);
    const group = results
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: article.title }) });
    expect(await group.locator('mark').allTextContents()).toContain(word);
  }
});
