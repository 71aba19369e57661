// Search results grouped by fact on 1,000 news-like articles (bench/news-corpus.ts, seed 1), which have copies: a
// copy's wording of a fact folds under the wording it copies, behind an "and N copies" button, and the facts come a
// page of articles at a time without a long task.
import { expect, test, type Page } from '@playwright/test';
import type { Corpus, SentenceRef, StoryElement } from '../src/corpus/types.ts';
import { builtCorpus, squash } from './corpus.ts';
import { longTasks, watchLongTasks } from '../bench/view-bench.ts';

const corpus = builtCorpus('dist-scale');

const sentenceText = (c: Corpus, { article, sentence }: SentenceRef) => {
  const a = c.articles[article];
  const s = a?.sentences[sentence];
  return a && s ? squash(a.text.slice(s.start, s.end)) : '';
};

const wordsOf = (text: string) => new Set(text.toLowerCase().match(/\p{L}{4,}/gu) ?? []);

/**
 * A fact one of whose articles copies another that tells it, the copied article's wording, and the rarest word of
 * that wording to search for, so that the fact is among the first articles matched.
 */
function copiedFact(): { element: StoryElement; wording: string; q: string } {
  const c = corpus();
  const sources = c.sources.articles;
  const articlesWith = new Map<string, number>();
  for (const article of c.articles)
    for (const word of wordsOf(article.text)) articlesWith.set(word, (articlesWith.get(word) ?? 0) + 1);
  let best: { element: StoryElement; wording: string; q: string; n: number } | null = null;
  for (const element of c.elements) {
    const tellers = new Set(element.articles);
    const copy = element.members.find((m) => {
      const of = sources[m.article]?.of;
      return sources[m.article]?.kind === 'copy' && of != null && tellers.has(of);
    });
    const original = copy && element.members.find((m) => m.article === sources[copy.article]?.of);
    if (!original) continue;
    const wording = sentenceText(c, original);
    if (wording.length > 300) continue;
    for (const word of wordsOf(wording)) {
      const n = articlesWith.get(word) ?? Infinity;
      if (!best || n < best.n) best = { element, wording, q: word, n };
    }
  }
  if (!best) throw new Error('the scale corpus has no fact told by a copy and the article it copies');
  return best;
}

const results = (page: Page) => page.getByRole('region', { name: 'Results' });

test('a copy’s wording of a fact folds under the wording it copies', async ({ page }) => {
  const c = corpus();
  const { element, wording, q } = copiedFact();
  await page.goto('/#/search');
  await page.getByRole('searchbox', { name: 'Search articles' }).fill(q);
  await page.getByRole('checkbox', { name: 'Group by fact' }).check();
  const card = results(page)
    .getByRole('listitem')
    .filter({
      has: page.getByRole('heading', {
        level: 3,
        name: `Told by ${String(element.articles.length)} articles`,
      }),
    })
    .filter({ hasText: wording });
  await expect(card).toHaveCount(1, { timeout: 60_000 });
  // "N wordings and K copies": the copies are not wordings of their own.
  const summary = await card.getByText(/^\d+ wordings? and \d+ cop(y|ies)$/).textContent();
  const [wordings, copies] = (summary?.match(/\d+/g) ?? []).map(Number);
  expect(copies).toBeGreaterThan(0);
  expect((wordings ?? 0) + (copies ?? 0)).toBe(element.members.length);
  const showAll = card.getByRole('button', { name: /^Show all/ });
  if ((await showAll.count()) > 0) await showAll.click();
  const folded = card.getByRole('button', { name: /^and \d+ cop(y|ies)$/ });
  const foldedCounts = (await folded.allTextContents()).map((text) => Number(text.match(/\d+/)?.[0]));
  expect(foldedCounts.reduce((sum, n) => sum + n, 0)).toBe(copies);
  // Opened, each lists its copies, every one an article the corpus takes for a copy.
  for (let i = 0; i < foldedCounts.length; i++) await folded.first().click();
  await expect(card.getByRole('button', { name: 'Hide the copies' })).toHaveCount(foldedCounts.length);
  const links = card.getByRole('list', { name: 'Copies' }).getByRole('link');
  await expect(links).toHaveCount(copies ?? 0);
  const copyIds = new Set(
    c.articles.filter((_, a) => c.sources.articles[a]?.kind === 'copy').map((a) => a.id),
  );
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
    const id = decodeURIComponent(href.match(/^#\/article\/([^?]+)/)?.[1] ?? '');
    expect(copyIds.has(id), `${id} is a copy`).toBe(true);
  }
  // Closed again, they go.
  await card.getByRole('button', { name: 'Hide the copies' }).first().click();
  await expect(card.getByRole('button', { name: 'Hide the copies' })).toHaveCount(foldedCounts.length - 1);
});

test('a common word groups a page of articles at a time, and says how many it has grouped', async ({
  page,
}) => {
  await page.goto('/#/search?q=said&by=fact');
  const note = results(page).getByRole('note');
  await expect(note).toContainText(
    /Grouped from the first 50 of [\d,]+ articles matched; more are grouped as you scroll\./,
    {
      timeout: 60_000,
    },
  );
  await expect(
    results(page)
      .getByRole('heading', { level: 3, name: /^Told by \d+ articles$/ })
      .first(),
  ).toBeVisible();
  // Scrolled to the end of those grouped, the next page comes.
  await expect(async () => {
    await page.evaluate(() => {
      window.scrollTo(0, document.documentElement.scrollHeight);
    });
    await expect(note).toContainText(/Grouped from the first 100 of/, { timeout: 2_000 });
  }).toPass();
  expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBeLessThanOrEqual(5_000);
});

test('grouping by fact at 1,000 articles blocks the page for no more than 200 ms at a time', async ({
  page,
}) => {
  await watchLongTasks(page);
  await page.goto('/#/search?q=said');
  await expect(results(page).getByRole('link').first()).toBeVisible({ timeout: 60_000 });
  await page.waitForTimeout(1_000);
  await longTasks(page);
  // The story elements and copy families load now, the first time they are asked for.
  await page.getByRole('checkbox', { name: 'Group by fact' }).check();
  await expect(
    results(page)
      .getByRole('heading', { level: 3, name: /^Told by/ })
      .first(),
  ).toBeVisible({
    timeout: 60_000,
  });
  await page.waitForTimeout(1_000);
  expect(Math.max(0, ...(await longTasks(page)))).toBeLessThanOrEqual(200);
});
