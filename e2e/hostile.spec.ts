import { expect, test, type Page } from '@playwright/test';
import { builtCorpus } from './corpus.ts';

// Runs against the app built from e2e/fixtures/hostile (port 4392): article text full of markup, an unsafe link.
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
  test.skip(corpus().warnings.length === 0, 'this build of the pipeline gave no warning');
  await page.goto('/#/');
  await page.getByText(/warnings? about the corpus folder/).click();
  for (const warning of corpus().warnings) await expect(page.getByText(warning.message)).toBeVisible();
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
