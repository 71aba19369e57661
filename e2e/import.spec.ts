// Importing in the browser, as a reader does it: a folder chosen through the file input, analysed in the page's
// worker, kept in IndexedDB and opened at its own URL. What each view shows is checked against the same folder
// built by the Node pipeline (`buildCorpus`), so the browser's import must give what `npm run corpus` gives.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { formatProblem } from '../src/corpus/problems.ts';
import { buildCorpus } from '../src/node/build-corpus.ts';
import { squash } from './corpus.ts';
import { download } from './download.ts';

const CORPORA = 'e2e/fixtures/corpora';
const FOLDERS = readdirSync(CORPORA).map((name) => join(CORPORA, name));
const BAD = 'e2e/fixtures/import-bad';

function built(folder: string) {
  const result = buildCorpus(folder);
  if (!result.ok) throw new Error(`${folder} does not build`);
  return result.corpus;
}

const bodyRows = (page: Page) => page.getByRole('table').locator('tbody').getByRole('row');

/** Imports `folder` from the Corpora view, and waits for the page to open it. */
async function importFolder(page: Page, folder: string): Promise<string> {
  await page.goto('/#/corpora');
  await page.getByLabel('Choose a folder').setInputFiles(folder);
  await page.getByRole('button', { name: /^Import \d+ files?$/ }).click();
  await page.waitForURL(/[?&]corpus=[\w-]+#\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();
  return new URL(page.url()).searchParams.get('corpus') ?? '';
}

/** The page's URL for this corpus at `hash`. */
const at = (page: Page, hash: string) => page.url().replace(/#.*$/, hash);

for (const folder of FOLDERS) {
  test.describe(`importing ${basename(folder)}`, () => {
    const corpus = built(folder);

    test('lists its articles, compares two of them and shows its timeline, as the CLI builds it', async ({
      page,
    }) => {
      const id = await importFolder(page, folder);
      expect(id).toMatch(new RegExp(`^${basename(folder)}-[0-9a-f]{6}$`));
      await expect(bodyRows(page)).toHaveCount(corpus.articles.length);
      // Each title as often as the corpus has it (two outlets may run one headline).
      const titles = corpus.articles.map((article) => squash(article.title));
      for (const title of new Set(titles))
        await expect(page.getByRole('table').getByRole('link', { name: title, exact: true })).toHaveCount(
          titles.filter((t) => t === title).length,
        );
      await expect(page.getByRole('contentinfo')).toContainText(basename(folder));

      // Compare: the two articles of the corpus's first aligned pair, side by side.
      const pair = corpus.alignments[0];
      const sentenceOf = corpus.articles.flatMap((a) => a.sentences.map(() => a));
      const [a, b] = [sentenceOf[pair?.a ?? -1], sentenceOf[pair?.b ?? -1]];
      if (!a || !b) throw new Error('the corpus has no aligned pair');
      await page.goto(at(page, `#/compare?a=${a.id}&b=${b.id}`));
      await expect(page.getByRole('combobox', { name: 'First article' })).toHaveValue(squash(a.title));
      await expect(page.getByRole('combobox', { name: 'Second article' })).toHaveValue(squash(b.title));
      await expect(page.locator('.compare-summary')).toContainText(/[1-9]\d* aligned passages?/);

      await page.goto(at(page, '#/timeline'));
      await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
      const events = page.getByRole('region', { name: 'Events' }).getByRole('heading', { level: 3 });
      await expect(events).toHaveCount(corpus.timeline.events.length);
      for (const event of corpus.timeline.events)
        await expect(events.filter({ hasText: event.name }).first()).toBeVisible();
    });
  });
}

test('keeps an imported corpus across a reload, downloads it, lists it, and deletes it', async ({ page }) => {
  const [folder = ''] = FOLDERS;
  const id = await importFolder(page, folder);
  const corpus = built(folder);
  const count = corpus.articles.length;
  await page.reload();
  await expect(bodyRows(page)).toHaveCount(count);

  // Its JSON is the corpus the CLI builds from the folder; its articles CSV has a row per article.
  const json = await download(page, 'Download the corpus (JSON)');
  expect(json.file).toBe(`${id}.json`);
  const downloaded = JSON.parse(json.text) as typeof corpus;
  expect(downloaded.articles.map((a) => [a.file, a.title, a.outlet, a.published])).toEqual(
    corpus.articles.map((a) => [a.file, a.title, a.outlet, a.published]),
  );
  expect(downloaded.alignments).toEqual(corpus.alignments);
  const csv = Papa.parse<Record<string, string>>(
    (await download(page, 'Download CSV of the articles')).text,
    {
      header: true,
      skipEmptyLines: true,
    },
  );
  expect(csv.data.map((row) => row.file)).toEqual(corpus.articles.map((a) => a.file));

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Corpora' }).click();
  const row = page.getByRole('row').filter({ hasText: basename(folder) });
  await expect(row).toContainText(`${String(count)} articles`);
  await expect(row).toHaveAttribute('aria-current', 'true');

  await row.getByRole('button', { name: `Rename ${basename(folder)}` }).click();
  await row.getByRole('textbox').fill('My DeepSeek folder');
  await row.getByRole('button', { name: 'Save' }).click();
  const renamed = page.getByRole('row').filter({ hasText: 'My DeepSeek folder' });
  await expect(renamed).toBeVisible();

  // The built-in corpus is one click away, and the imported one still there after it.
  await page.getByRole('link', { name: 'Built-in corpus' }).click();
  await expect(page).not.toHaveURL(/corpus=/);
  await page.goto('/#/corpora');
  await renamed.getByRole('button', { name: 'Delete My DeepSeek folder' }).click();
  await renamed.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(renamed).toHaveCount(0);

  // A link to it now says this browser does not hold it.
  await page.goto(`/?corpus=${id}#/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Corpus not in this browser' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(id);
  await page.getByRole('link', { name: '← The built-in corpus' }).click();
  await expect(page).not.toHaveURL(/corpus=/);
  await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();
});

test('a folder with a binary file and a broken sources.json: the CLI’s messages, and the good files kept', async ({
  page,
}) => {
  const cli = buildCorpus(BAD);
  if (cli.ok) throw new Error(`${BAD} should not build`);
  await page.goto('/#/corpora');
  await page.getByLabel('Choose a folder').setInputFiles(BAD);
  await page.getByRole('button', { name: /^Import \d+ files$/ }).click();
  const problems = page.getByRole('alert');
  await expect(problems).toContainText(`${String(cli.errors.length)} errors to fix`);
  // Each error and warning in the words, file and line the CLI prints.
  for (const problem of [...cli.errors, ...cli.warnings])
    await expect(problems.getByText(formatProblem(problem, basename(BAD)), { exact: true })).toBeVisible();

  const good = readdirSync(BAD).filter(
    (name) => name.endsWith('.txt') && !cli.errors.some((e) => e.file === name),
  );
  await problems
    .getByRole('button', { name: /^Leave out 2 files with errors and import the other \d+$/ })
    .click();
  await page.waitForURL(/corpus=/);
  await expect(bodyRows(page)).toHaveCount(good.length);
});

test('files given one by one, and an article pasted, make a corpus of their own', async ({ page }) => {
  const [folder = ''] = FOLDERS;
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .slice(0, 2)
    .map((name) => join(folder, name));
  await page.goto('/#/corpora');
  await page.getByLabel('Choose files').setInputFiles(files);
  await page.getByText('Paste an article').click();
  await page
    .getByLabel('Article text')
    .fill('Pasted headline\nA reporter pasted this report, which says the market fell on Monday.');
  await page.getByLabel('File name (optional)').fill('03_pasted');
  await page.getByRole('button', { name: 'Add the pasted article' }).click();
  await page.getByLabel('Corpus name').fill('Three reports');
  await page.getByRole('button', { name: 'Import 3 files' }).click();
  await page.waitForURL(/corpus=three-reports-/);
  await expect(bodyRows(page)).toHaveCount(3);
  await expect(page.getByRole('link', { name: 'Pasted headline', exact: true })).toBeVisible();
});

test('where the browser refuses storage, says so and keeps the imported corpus in the page', async ({
  page,
}) => {
  // As a private window may: IndexedDB refuses to open.
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
  });
  const [folder = ''] = FOLDERS;
  const corpus = built(folder);
  await page.goto('/#/corpora');
  await expect(
    page.getByRole('status').filter({ hasText: 'This browser refuses to store corpora' }),
  ).toBeVisible();
  await page.getByLabel('Choose a folder').setInputFiles(folder);
  await page.getByRole('button', { name: /^Import \d+ files$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();
  await expect(page).toHaveURL(/[?&]corpus=[\w-]+#\/$/);
  await expect(page.getByRole('status').filter({ hasText: 'kept in this page only' })).toContainText(
    'SecurityError',
  );
  await expect(bodyRows(page)).toHaveCount(corpus.articles.length);

  // Searched by a worker given the data from memory.
  const [first] = corpus.articles;
  const word = /\p{L}{6,}/u.exec(first?.title ?? '')?.[0] ?? '';
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
  await page.getByRole('searchbox', { name: 'Search articles' }).fill(word);
  await expect(
    page.getByRole('heading', { name: squash(first?.title ?? ''), exact: true }).first(),
  ).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Corpus not in this browser' })).toBeVisible();
});

test('files dropped on any view are imported at once', async ({ page }) => {
  const [folder = ''] = FOLDERS;
  const names = readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .slice(0, 3);
  const files = names.map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') }));
  await page.goto('/#/timeline');
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  // A drop as the browser makes one from files dragged onto the page.
  const dataTransfer = await page.evaluateHandle((dropped) => {
    const transfer = new DataTransfer();
    for (const { name, text } of dropped) transfer.items.add(new File([text], name, { type: 'text/plain' }));
    return transfer;
  }, files);
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await page.waitForURL(/[?&]corpus=[\w-]+#\/$/);
  await expect(bodyRows(page)).toHaveCount(names.length);
});
