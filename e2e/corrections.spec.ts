// A reader corrects an article's outlet and title in the page: shown in the reader and the table, kept across a
// reload, written into the sources.json the articles view downloads, and undone.
import { expect, test } from '@playwright/test';
import { builtCorpus, squash } from './corpus.ts';
import { download } from './download.ts';

const corpus = builtCorpus('dist');

test('a corrected outlet and title show everywhere, last across a reload, go into sources.json, and undo', async ({
  page,
}) => {
  const [article] = corpus().articles;
  if (!article) throw new Error('the seeds have no article');
  await page.goto(`/#/article/${article.id}`);
  await page.getByRole('button', { name: 'Correct the title, outlet or date' }).click();
  const form = page.getByRole('form', { name: 'Correct the details' });
  await expect(form.getByLabel('Outlet')).toHaveValue(article.outlet ?? '');
  await form.getByLabel('Outlet').fill('Corrected Wire');
  await form.getByLabel('Title').fill('A corrected title');
  await form.getByLabel('Published').fill('2025-01-31');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.kicker')).toContainText('Corrected Wire');
  await expect(page.getByRole('definition').filter({ hasText: '31 Jan 2025' })).toContainText(
    'as you corrected it',
  );

  await page.reload();
  await expect(page.locator('.kicker')).toContainText('Corrected Wire');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Articles' }).click();
  const row = page.getByRole('row').filter({ hasText: 'A corrected title' });
  await expect(row).toContainText('Corrected Wire');

  const sources = JSON.parse((await download(page, 'Download sources.json')).text) as Record<
    string,
    { outlet?: string; title?: string; published?: string }
  >;
  expect(sources[article.file]).toMatchObject({
    outlet: 'Corrected Wire',
    title: 'A corrected title',
    published: '2025-01-31',
  });

  await row.getByRole('link').first().click();
  await page.getByRole('button', { name: 'Undo my corrections' }).click();
  await expect(page.locator('.kicker')).toContainText(squash(article.outlet ?? ''));
  await page.reload();
  await expect(page.locator('.kicker')).toContainText(squash(article.outlet ?? ''));
});
