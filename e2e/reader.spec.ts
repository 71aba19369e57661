import { expect, test } from '@playwright/test';
import type { Article } from '../src/corpus/types.ts';
import { formatDate } from '../src/app/format.ts';
import { builtCorpus, squash } from './corpus.ts';

const corpus = builtCorpus('dist');
const readerUrl = (article: Article, query = '') => `/#/article/${encodeURIComponent(article.id)}${query}`;
const kinds = (article: Article, kind: string) => article.paragraphs.filter((p) => p.kind === kind).length;

test('shows each article with its title, facts and a way back', async ({ page }) => {
  for (const article of corpus().articles) {
    await page.goto(readerUrl(article));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(squash(article.title));
    await expect(page).toHaveTitle(`${squash(article.title)} · Parallax`);
    await expect(page.getByText(article.file, { exact: true })).toBeVisible();
    if (article.published !== null) {
      await expect(page.getByRole('main').locator(`time[datetime="${article.published}"]`)).toBeVisible();
    }
    await expect(page.getByRole('link', { name: '← All articles' })).toHaveAttribute('href', '#/');
  }
});

test('keeps the author’s structure: h2 headings and lists without their bullets', async ({ page }) => {
  const article = corpus().articles.find((a) => kinds(a, 'heading') > 0 && kinds(a, 'list-item') > 0);
  test.skip(!article, 'no seed has both a heading and a list');
  if (!article) return;
  await page.goto(readerUrl(article));
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 2 })).toHaveCount(kinds(article, 'heading'));
  const items = main.getByRole('listitem');
  await expect(items).toHaveCount(kinds(article, 'list-item'));
  const first = article.paragraphs.find((p) => p.kind === 'list-item');
  if (first?.marker) {
    const marker = article.text.slice(first.marker.start, first.marker.end).trim();
    await expect(items.first()).not.toHaveText(
      new RegExp(`^\\s*${marker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
  }
});

test('links the outlet to the source safely, in a new tab', async ({ page }) => {
  const article = corpus().articles.find((a) => a.url !== null && a.outlet !== null);
  test.skip(!article, 'no seed has an outlet and a URL');
  if (!article?.url || article.outlet === null) return;
  await page.goto(readerUrl(article));
  const link = page.getByRole('link', {
    name: new RegExp(article.outlet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
  });
  await expect(link).toHaveAttribute('href', article.url);
  await expect(link).toHaveAttribute('target', '_blank');
  const rel = (await link.getAttribute('rel'))?.split(/\s+/) ?? [];
  expect(rel).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
});

test('?p=N scrolls to that sentence, marks it and focuses it', async ({ page }) => {
  const article = [...corpus().articles].sort((a, b) => b.sentences.length - a.sentences.length)[0];
  if (!article) throw new Error('the seeds corpus has no article');
  const index = article.sentences.length - 1;
  const sentence = article.sentences[index];
  if (!sentence) throw new Error('the longest article has no sentence');
  await page.goto(readerUrl(article, `?p=${String(index)}`));
  const passage = page.locator(`#s-${String(index)}`);
  await expect(passage).toHaveText(squash(article.text.slice(sentence.start, sentence.end)));
  await expect(passage).toBeInViewport();
  await expect(passage).toBeFocused();
  expect(await passage.evaluate((element) => element.tagName)).toBe('MARK');
  await expect(page.getByRole('main').locator('mark')).toHaveCount(1);
});

test('every sentence has its own span, and a passage that does not exist is said so', async ({ page }) => {
  const article = corpus().articles[0];
  if (!article) throw new Error('the seeds corpus has no article');
  await page.goto(readerUrl(article, `?p=${String(article.sentences.length + 5)}`));
  await expect(page.getByRole('status')).toContainText(`no passage ${String(article.sentences.length + 5)}`);
  await expect(page.getByRole('main').locator('mark')).toHaveCount(0);
  const ids = await page.locator('[id^="s-"]').evaluateAll((elements) => elements.map((e) => e.id));
  expect(ids).toEqual(article.sentences.map((_, i) => `s-${String(i)}`));
});

test('opens with what it shows, and gives an undated article the bound the timeline found', async ({
  page,
}) => {
  const article = corpus().articles.find((a) => a.published === null && a.publishedBound !== null);
  if (!article?.publishedBound) throw new Error('the seeds need an undated article the timeline bounds');
  await page.goto(readerUrl(article));
  await expect(page.getByText(/^One article as its author set it out/)).toBeVisible();
  const published = page
    .getByRole('term')
    .filter({ hasText: 'Published' })
    .locator('xpath=following-sibling::dd');
  await expect(published).toContainText(`On or after ${formatDate(article.publishedBound.after)}`);
  await expect(published.locator('time')).toHaveAttribute('datetime', article.publishedBound.after);
  await expect(published).not.toContainText('Undated');
});

test('says what each date means in words, never as an ISO day', async ({ page }) => {
  const article = corpus().articles.find((a) => a.dates.some((d) => d.span !== null));
  if (!article) throw new Error('the seeds need an article with a resolved date');
  await page.goto(readerUrl(article));
  const marks = page.getByRole('main').locator('.date-mark');
  await expect(marks.first()).toBeVisible();
  const described = await marks.evaluateAll((nodes) =>
    nodes.map((n) => {
      const id = n.getAttribute('aria-describedby') ?? '';
      return `${n.getAttribute('data-description') ?? ''} | ${document.getElementById(id)?.textContent ?? ''}`;
    }),
  );
  expect(described.length).toBeGreaterThan(0);
  for (const text of described) expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
  expect(described.join('\n')).toMatch(/ \d{1,2} [A-Z][a-z]{2} \d{4}\b/);
});
