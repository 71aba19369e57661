// Search results grouped by fact, against the seeds: their story elements told by several articles show as one
// result each, with every article's wording of the fact; the grouping is in the URL and survives a visit to the reader.
import { expect, test, type Page } from '@playwright/test';
import type { Corpus, SentenceRef, StoryElement } from '../src/corpus/types.ts';
import { checkEveryView } from './accessibility.ts';
import { builtCorpus, squash } from './corpus.ts';

const corpus = builtCorpus('dist');

const sentenceText = (c: Corpus, { article, sentence }: SentenceRef) => {
  const a = c.articles[article];
  const s = a?.sentences[sentence];
  return a && s ? squash(a.text.slice(s.start, s.end)) : '';
};

/** The fact told by the most articles, each wording short enough to show whole, and a word of its label to search. */
function fact(): { element: StoryElement; q: string } {
  const c = corpus();
  const element = [...c.elements]
    .filter((e) => e.members.every((m) => sentenceText(c, m).length < 300))
    .sort((a, b) => b.articles.length - a.articles.length)[0];
  if (!element || element.articles.length < 3)
    throw new Error('the seeds have no fact told by three articles');
  // The label's longest word: it matches the label, so the fact is among the results.
  const q = sentenceText(c, element.label)
    .split(/[^\p{L}]+/u)
    .sort((a, b) => b.length - a.length)[0];
  if (!q) throw new Error('the label has no word');
  return { element, q };
}

const results = (page: Page) => page.getByRole('region', { name: 'Results' });
const toggle = (page: Page) => page.getByRole('checkbox', { name: 'Group by fact' });
const factCard = (page: Page, element: StoryElement) =>
  results(page)
    .getByRole('listitem')
    .filter({
      has: page.getByRole('heading', {
        level: 3,
        name: `Told by ${String(element.articles.length)} articles`,
      }),
    })
    .filter({ hasText: sentenceText(corpus(), element.label) });

async function search(page: Page, q: string) {
  await page.getByRole('searchbox', { name: 'Search articles' }).fill(q);
  await expect(results(page)).toHaveAttribute('aria-busy', 'false');
  await expect(results(page).getByRole('status')).toBeVisible();
}

let errors: string[] = [];

test.beforeEach(async ({ page }) => {
  errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto('/#/search');
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
});

test.afterEach(() => {
  expect(errors).toEqual([]);
});

test('groups the passages by fact, one result showing how every article words it', async ({ page }) => {
  const { element, q } = fact();
  const c = corpus();
  await search(page, q);
  await expect(toggle(page)).not.toBeChecked();
  await toggle(page).check();
  await expect(page).toHaveURL(/[?&]by=fact(&|$)/);
  await expect(results(page).getByRole('note')).toContainText(/told by several articles, in the order of/);
  const card = factCard(page, element);
  await expect(card).toHaveCount(1);
  // No copies among the seeds: each member is a wording of its own, with its outlet, linking into its article.
  await expect(card).toContainText(`${String(element.members.length)} wordings`);
  const showAll = card.getByRole('button', { name: /^Show all/ });
  if ((await showAll.count()) > 0) await showAll.click();
  for (const member of element.members) {
    const article = c.articles[member.article];
    if (!article) throw new Error('a member of no article');
    const link = card.getByRole('link', { name: sentenceText(c, member) });
    await expect(link).toHaveCount(1);
    await expect(link).toContainText(article.outlet ?? '');
    await expect(link).toHaveAttribute(
      'href',
      new RegExp(`^#/article/${encodeURIComponent(article.id)}\\?p=${String(member.sentence)}&`),
    );
  }
  // The word searched is marked where it matched, in the label at least.
  await expect(
    card
      .getByRole('link', { name: sentenceText(c, element.label) })
      .locator('mark')
      .first(),
  ).toBeVisible();
  // Each fact is one result: no other result holds its label's wording.
  await expect(results(page).getByRole('link', { name: sentenceText(c, element.label) })).toHaveCount(1);
});

test('the grouping is in the URL: it opens grouped, and comes back grouped from the reader', async ({
  page,
}) => {
  const { element, q } = fact();
  const c = corpus();
  await page.goto(`/#/search?q=${encodeURIComponent(q)}&by=fact`);
  await expect(toggle(page)).toBeChecked();
  const label = sentenceText(c, element.label);
  await factCard(page, element).getByRole('link', { name: label }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: squash(c.articles[element.label.article]?.title ?? '') }),
  ).toBeVisible();
  await page.getByRole('link', { name: '← Back to search' }).click();
  await expect(toggle(page)).toBeChecked();
  await expect(factCard(page, element)).toHaveCount(1);
  // Off again: the results by article, and the URL without the key.
  await toggle(page).uncheck();
  await expect(page).not.toHaveURL(/by=fact/);
  await expect(results(page).getByRole('heading', { level: 3, name: /^Told by/ })).toHaveCount(0);
  await expect(
    results(page).getByRole('heading', {
      level: 3,
      name: squash(c.articles[element.label.article]?.title ?? ''),
    }),
  ).toBeVisible();
});

test('a passage that tells no fact another article tells stays under its article', async ({ page }) => {
  const c = corpus();
  // A passage in no fact told by several articles.
  const told = new Set(
    c.elements
      .filter((e) => e.articles.length > 1)
      .flatMap((e) => e.members.map((m) => `${String(m.article)} ${String(m.sentence)}`)),
  );
  // Its first six words, letters only, searched as a phrase.
  const phrase = (a: number, s: number) =>
    sentenceText(c, { article: a, sentence: s }).split(' ').slice(0, 6).join(' ');
  const alone = c.articles
    .flatMap((article, a) => article.sentences.map((_, s) => ({ article, a, s })))
    .find(
      ({ a, s }) =>
        !told.has(`${String(a)} ${String(s)}`) &&
        sentenceText(c, { article: a, sentence: s }).length > 40 &&
        /^[\p{L} ]+$/u.test(phrase(a, s)),
    );
  if (!alone) throw new Error('every passage of the seeds tells a fact');
  const text = sentenceText(c, { article: alone.a, sentence: alone.s });
  await page.goto(`/#/search?q=${encodeURIComponent(`"${phrase(alone.a, alone.s)}"`)}&by=fact`);
  const card = results(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: squash(alone.article.title) }) });
  await expect(card.first()).toBeVisible();
  await expect(card.first().getByRole('link', { name: text.slice(0, 40) })).toBeVisible();
});

checkEveryView([
  [
    'search, grouped by fact',
    () => `/#/search?q=${encodeURIComponent(fact().q)}&by=fact`,
    (page) => expect(page.getByRole('heading', { level: 3, name: /^Told by/ }).first()).toBeVisible(),
  ],
]);
