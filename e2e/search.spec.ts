// The search view against the seeds: typos, phrases, filters, the reader from a result, keyboard, hostile queries.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Article } from '../src/corpus/types.ts';
import { exampleQueries } from '../src/views/Search/examples.ts';
import { builtCorpus, squash } from './corpus.ts';

const corpus = builtCorpus('dist');
const seedsDir = process.env.SEEDS_DIR ?? 'seeds';
const seedText = new Map(
  readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => [name, readFileSync(join(seedsDir, name), 'utf8')]),
);

/** The articles whose seed file's text matches: what a search for it must find, known without the engine. */
function articlesWhoseText(pattern: RegExp): Article[] {
  return corpus().articles.filter((article) => pattern.test(seedText.get(article.file) ?? ''));
}

const titlesOf = (articles: readonly Article[]) => articles.map((a) => squash(a.title)).sort();
const box = (page: Page) => page.getByRole('searchbox', { name: 'Search articles' });
const results = (page: Page) => page.getByRole('region', { name: 'Results' });
const groupTitles = (page: Page) => results(page).getByRole('listitem').getByRole('heading', { level: 3 });
const passageLinks = (page: Page) =>
  results(page)
    .getByRole('link')
    .filter({ has: page.locator('mark') });
const group = (page: Page, title: string) =>
  results(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: squash(title), exact: true }) });

/** Waits until the results are those of the box's current text. */
async function settled(page: Page): Promise<void> {
  await expect(results(page)).toHaveAttribute('aria-busy', 'false');
  await expect(
    results(page)
      .getByRole('status')
      .or(page.getByRole('heading', { name: 'Try', exact: true })),
  ).toBeVisible();
}

async function search(page: Page, q: string): Promise<void> {
  await box(page).fill(q);
  await settled(page);
}

async function shownTitles(page: Page): Promise<string[]> {
  return (await groupTitles(page).allTextContents()).map(squash).sort();
}

async function markTexts(page: Page): Promise<string[]> {
  return results(page).locator('mark').allTextContents();
}

let errors: string[] = [];

test.beforeEach(async ({ page }) => {
  errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto('/#/search');
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
});

test.afterEach(() => {
  expect(errors).toEqual([]);
});

test('is in the main navigation, with a labelled search box and help on the syntax', async ({ page }) => {
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }),
  ).toHaveAttribute('aria-current', 'page');
  await expect(page).toHaveTitle('Search · Parallax');
  await expect(page.getByRole('search').getByRole('searchbox', { name: 'Search articles' })).toBeVisible();
  await expect(box(page)).toHaveAccessibleDescription(/typo is forgiven.*five letters.*quotes/i);
  await page.getByText('Search syntax').click();
  for (const operator of ["'exact", '=whole', '!not', '^prefix', 'suffix$', 'a | b']) {
    await expect(page.getByRole('term').filter({ hasText: operator })).toBeVisible();
  }
});

for (const { q, finds, mark } of [
  { q: 'Lutnik', finds: /Lutnick/, mark: /^Lutnick$/ },
  { q: 'Nvida', finds: /Nvidia/i, mark: /^Nvidia$/i },
  { q: 'Amodai', finds: /Amodei/, mark: /^Amodei$/ },
  // Two letters swapped: one edit, not the two Fuse would count.
  { q: 'Lutinck', finds: /Lutnick/, mark: /^Lutnick$/ },
  { q: 'defense', finds: /defen[cs]e/i, mark: /^defen[cs]e$/i },
]) {
  test(`a typo finds its word: “${q}” marks ${mark.source} in exactly the articles that have it`, async ({
    page,
  }) => {
    const expected = articlesWhoseText(finds);
    expect(expected.length).toBeGreaterThan(0);
    await search(page, q);
    expect(await shownTitles(page)).toEqual(titlesOf(expected));
    for (const article of expected) {
      await expect(group(page, article.title).locator('mark').first()).toBeVisible();
    }
    const marks = await markTexts(page);
    expect(marks.length).toBeGreaterThan(0);
    for (const text of marks) expect(text).toMatch(mark);
  });
}

test('“Lutnik” leaves out the articles that never name him, PYMNTS among them', async ({ page }) => {
  const without = corpus().articles.filter((a) => !/Lutnick/.test(seedText.get(a.file) ?? ''));
  const pymnts = corpus().articles.find((a) => a.outlet === 'PYMNTS');
  if (pymnts) expect(without).toContain(pymnts);
  await search(page, 'Lutnik');
  const shown = await shownTitles(page);
  for (const article of without) expect(shown).not.toContain(article.title);
});

test('“militray dominance” ranks a passage with both words first, both marked', async ({ page }) => {
  await search(page, 'militray dominance');
  const first = passageLinks(page).first();
  const marks = (await first.locator('mark').allTextContents()).map((m) => m.toLowerCase());
  expect(marks).toEqual(expect.arrayContaining(['military', 'dominance']));
});

test('“Hopper” finds the one passage with the 50,000 chips', async ({ page }) => {
  const expected = articlesWhoseText(/Hopper/);
  await search(page, 'Hopper');
  expect(await shownTitles(page)).toEqual(titlesOf(expected));
  await expect(passageLinks(page)).toHaveCount(1);
  await expect(passageLinks(page)).toContainText('50,000');
  await expect(passageLinks(page).locator('mark')).toHaveText(['Hopper']);
});

test('a quoted phrase with straight quotes finds it in curly and straight quotes alike', async ({ page }) => {
  const expected = articlesWhoseText(/few \$10M['’]s/);
  const spellings = expected.map((a) => /few \$10M’s/.test(seedText.get(a.file) ?? ''));
  expect(spellings).toEqual(expect.arrayContaining([true, false]));
  await search(page, '"few $10M\'s"');
  expect(await shownTitles(page)).toEqual(titlesOf(expected));
  for (const article of expected) {
    await expect(group(page, article.title).locator('mark')).toHaveText([/^few \$10M['’]s$/]);
  }
});

test('the summary counts passages and articles, and each article its passages', async ({ page }) => {
  await search(page, 'Amodai');
  const counts = await results(page)
    .getByText(/^\d+ passages?$/)
    .allTextContents();
  const total = counts.reduce((sum, text) => sum + Number.parseInt(text, 10), 0);
  // "Amodai" is in no article: the summary says which word it searched, then the counts.
  await expect(results(page).getByRole('status')).toHaveText(
    `Showing matches for “Amodei”: ${String(total)} passages in ${String(counts.length)} articles`,
  );
});

test('a long list of passages shows five, then all of them', async ({ page }) => {
  await search(page, 'Amodai');
  const more = results(page).getByRole('button', { name: /^Show all \d+ passages$/ });
  test.skip((await more.count()) === 0, 'no article has more than five matching passages');
  const button = more.first();
  const all = Number.parseInt(((await button.textContent()) ?? '').replace(/\D+/g, ''), 10);
  const title = await results(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: /^Show all/ }) })
    .first()
    .getByRole('heading', { level: 3 })
    .textContent();
  const item = group(page, title ?? '');
  await expect(item.getByRole('link').filter({ has: page.locator('mark') })).toHaveCount(5);
  await button.click();
  await expect(item.getByRole('link').filter({ has: page.locator('mark') })).toHaveCount(all);
  await expect(item.getByRole('button', { name: 'Show fewer passages' })).toBeFocused();
});

test('a result opens the reader at its passage, matches marked, and the way back returns', async ({
  page,
}) => {
  await search(page, 'Hopper');
  const searchUrl = page.url();
  await passageLinks(page).first().click();
  await expect(page).toHaveURL(/#\/article\/[^?]+\?p=\d+&q=Hopper$/);
  const passage = page.getByRole('main').locator('mark.passage');
  await expect(passage).toBeFocused();
  await expect(passage).toBeInViewport();
  await expect(passage).toContainText('50,000');
  await expect(passage.locator('mark')).toHaveText(['Hopper']);
  await page.getByRole('link', { name: '← Back to search' }).click();
  await expect(page).toHaveURL(searchUrl);
  await expect(box(page)).toHaveValue('Hopper');
  await expect(passageLinks(page)).toHaveCount(1);
});

test('filters narrow by outlet and article, live in the URL, survive a reload, and clear', async ({
  page,
}) => {
  const withAmodei = articlesWhoseText(/Amodei/);
  const target = withAmodei.find((a) => a.outlet !== null);
  const other = withAmodei.find((a) => a.outlet !== target?.outlet);
  if (!target?.outlet || !other)
    throw new Error('the seeds need two articles naming Amodei, one with an outlet');
  const fromOutlet = withAmodei.filter((a) => a.outlet === target.outlet);

  await search(page, 'Amodai');
  const outletBox = page
    .getByRole('group', { name: 'Outlet' })
    .getByRole('checkbox', { name: target.outlet, exact: true });
  const articleBox = page
    .getByRole('group', { name: 'Article' })
    .getByRole('checkbox', { name: squash(other.title), exact: true });
  await outletBox.check();
  await expect(page).toHaveURL(new RegExp(`outlet=${encodeURIComponent(target.outlet)}`));
  await settled(page);
  expect(await shownTitles(page)).toEqual(titlesOf(fromOutlet));

  await articleBox.check();
  await expect(page).toHaveURL(new RegExp(`article=${other.id}`));
  expect(await shownTitles(page)).toEqual([]);
  await expect(results(page).getByRole('status')).toHaveText(
    'No passage matches “Amodai” with these filters.',
  );
  await expect(results(page).getByRole('link', { name: 'Search every article' })).toBeVisible();

  await page.reload();
  await expect(box(page)).toHaveValue('Amodai');
  await expect(outletBox).toBeChecked();
  await expect(articleBox).toBeChecked();
  await expect(results(page).getByRole('status')).toHaveText(/with these filters/);

  await page.goBack();
  await expect(articleBox).not.toBeChecked();
  await expect(articleBox).toHaveAccessibleDescription(
    new RegExp(`^${other.outlet ?? 'Unknown outlet'} \\d+ passages?$`),
  );
  await settled(page);
  expect(await shownTitles(page)).toEqual(titlesOf(fromOutlet));

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).not.toHaveURL(/outlet=|article=/);
  await settled(page);
  expect(await shownTitles(page)).toEqual(titlesOf(withAmodei));
});

test('a search URL pasted in a new page shows the same results', async ({ page, context }) => {
  const outlet = articlesWhoseText(/Amodei/).find((a) => a.outlet !== null)?.outlet;
  if (!outlet) throw new Error('no article naming Amodei has an outlet');
  await page.goto(`/#/search?q=Amodai&outlet=${encodeURIComponent(outlet)}`);
  await settled(page);
  const before = await passageLinks(page).allTextContents();
  expect(before.length).toBeGreaterThan(0);
  const fresh = await context.newPage();
  await fresh.goto(page.url());
  await settled(fresh);
  expect(await passageLinks(fresh).allTextContents()).toEqual(before);
  await fresh.close();
});

test('keyboard only: / from anywhere, type, arrows through results, Enter opens, Escape clears', async ({
  page,
}) => {
  await page.goto('/#/');
  await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();
  await page.keyboard.press('/');
  await expect(page).toHaveURL(/#\/search$/);
  await expect(box(page)).toBeFocused();
  await page.keyboard.type('Lutnik');
  await settled(page);
  const links = passageLinks(page);
  expect(await links.count()).toBeGreaterThan(1);
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(box(page)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const target = (await links.nth(0).getAttribute('href')) ?? '';
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(target);
  await expect(page.getByRole('main').locator('mark.passage mark')).toHaveText([/Lutnick/]);

  await page.keyboard.press('/');
  await expect(page).toHaveURL(/#\/search$/);
  await expect(box(page)).toBeFocused();
  await page.keyboard.type('Nvida');
  await settled(page);
  await page.keyboard.press('Escape');
  await expect(box(page)).toHaveValue('');
  await expect(page).toHaveURL(/#\/search$/);
  await expect(page.getByRole('heading', { name: 'Try', exact: true })).toBeVisible();
});

test('/ on the search view selects the query, and is typed as usual inside a text field', async ({
  page,
}) => {
  await search(page, 'Hopper');
  await passageLinks(page).first().focus();
  await page.keyboard.press('/');
  await expect(box(page)).toBeFocused();
  await page.keyboard.type('Nvida');
  await expect(box(page)).toHaveValue('Nvida');
  await page.keyboard.type(' /');
  await expect(box(page)).toHaveValue('Nvida /');

  await page.goto('/#/');
  const filter = page.getByRole('searchbox', { name: 'Filter articles' });
  await filter.fill('a');
  await filter.press('/');
  await expect(filter).toHaveValue('a/');
  await expect(page).toHaveURL(/#\/\?filter=/);
});

test('typing replaces the history entry; the view before the search is one step back', async ({ page }) => {
  await page.goto('/#/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
  await box(page).pressSequentially('Amodai');
  await expect(page).toHaveURL(/q=Amodai/);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();
});

test('a result opened in the same moment as the query is typed leaves the query in the entry Back returns to', async ({
  page,
}) => {
  // The address bar takes a typed query once the page has painted it; a link followed before then must not lose it.
  await search(page, 'Amodei');
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('input[type="search"]');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    if (!input || !setValue) throw new Error('no search box');
    setValue.call(input, 'Hopper');
    input.dispatchEvent(new Event('input', { bubbles: true }));
    document.querySelector<HTMLElement>('[data-hit]')?.click();
  });
  await expect(page).toHaveURL(/#\/article\/[^?]+\?p=\d+&q=Hopper$/);
  await page.goBack();
  await expect(page).toHaveURL(/#\/search\?q=Hopper$/);
  await expect(box(page)).toHaveValue('Hopper');
});

test('with no query: a short intro and example queries taken from the corpus, each a search', async ({
  page,
}) => {
  const examples = exampleQueries(corpus().articles);
  expect(examples.length).toBeGreaterThanOrEqual(3);
  const list = page.getByRole('list', { name: 'Try' });
  await expect(list.getByRole('link')).toHaveText(examples);
  const first = examples[0] ?? '';
  await list.getByRole('link', { name: first }).click();
  await expect(box(page)).toHaveValue(first);
  await settled(page);
  expect(await passageLinks(page).count()).toBeGreaterThan(0);
});

test('no result: says so, with suggestions', async ({ page }) => {
  await search(page, 'zzqx flurbish');
  await expect(results(page).getByRole('status')).toHaveText('No passage matches “zzqx flurbish”.');
  await expect(results(page).getByRole('heading', { name: 'Things to try' })).toBeVisible();
  await expect(results(page).getByText(/Check the spelling/)).toBeVisible();
  await expect(results(page).getByText(/fewer words/)).toBeVisible();
});

const HOSTILE: [string, string][] = [
  ['empty', ''],
  ['3,000 characters', `${'Lutnick '.repeat(100)}${'x'.repeat(2200)}`],
  ['regex metacharacters', '.*+?^${}()|[]\\/ (a|b)* [^x]'],
  ['unbalanced quotes', '"few $10M\'s'],
  ['quotes only', '""\'\'“”'],
  ['markup', '<script>alert(1)</script><img src=x onerror=alert(1)>'],
  ['emoji', '🙂 Nvidia 🚀👩‍💻'],
  ['right-to-left', 'مرحبا بالعالم שלום'],
  ['a lone backslash', '\\'],
  ['! alone', '!'],
  ['^ alone', '^'],
  ['| alone', '|'],
  ['operators only', "! ^ | = ' $"],
  ['one letter', 'x'],
];

for (const [name, q] of HOSTILE) {
  test(`any query is safe: ${name}`, async ({ page }) => {
    await box(page).fill(q);
    await expect(box(page)).toHaveValue(q);
    await settled(page);
    const answer = results(page)
      .getByRole('status')
      .or(page.getByRole('heading', { name: 'Try', exact: true }));
    await expect(answer).toHaveText(/\S/);
    expect(await page.locator('main img, main script, [onerror]').count()).toBe(0);
    await page.reload();
    await expect(box(page)).toHaveValue(q);
    await settled(page);
  });
}

test('a query too long for the matcher is cut, and the page says so', async ({ page }) => {
  await search(page, `${'Lutnick '.repeat(20)}${'y'.repeat(100)}`);
  await expect(results(page).getByText(/Only the first \d+ words are searched/)).toBeVisible();
  expect(await passageLinks(page).count()).toBeGreaterThan(0);
});

/** The passages (sentences) of an article whose text matches: what a search must count, known without the engine. */
const passagesMatching = (article: Article, pattern: RegExp) =>
  article.sentences.filter((s) => pattern.test(article.text.slice(s.start, s.end))).length;

test('the view opens with one sentence on what it shows', async ({ page }) => {
  await expect(page.getByText(/^Every passage of every article that holds the words you type/)).toBeVisible();
});

test('“chip” marks chip and the words it begins, never China, leadership or flagship', async ({ page }) => {
  await search(page, 'chip');
  const marks = await markTexts(page);
  expect(marks.length).toBeGreaterThan(0);
  for (const text of marks) expect(text).toMatch(/^chip/i);
  // Four letters: never matched by a close spelling, so there is nothing past a divider.
  await expect(results(page).getByRole('heading', { name: /^Close matches/ })).toHaveCount(0);
  await expect(results(page).getByRole('status')).not.toContainText('close match');
});

test('exact matches come first, then a divider and the close spellings, each counted', async ({ page }) => {
  await search(page, 'export');
  const divider = results(page).getByRole('heading', {
    level: 2,
    name: 'Close matches — spelled differently from “export”',
  });
  await expect(divider).toBeVisible();
  await expect(results(page).getByRole('status')).toHaveText(
    /^\d+ passages in \d+ articles, and \d+ close match(es)? below$/,
  );
  const closeCount = Number.parseInt(
    ((await results(page).getByRole('status').textContent()) ?? '').replace(/^.*and (\d+) close.*$/, '$1'),
    10,
  );
  await expect(results(page).getByText(/^\d+ passages? in \d+ articles?$/)).toHaveText(
    new RegExp(`^${String(closeCount)} passages? in`),
  );
  const top = (await divider.boundingBox())?.y ?? 0;
  const above: string[] = [];
  const below: string[] = [];
  for (const mark of await results(page).locator('mark').all()) {
    const y = (await mark.boundingBox())?.y ?? 0;
    (y < top ? above : below).push((await mark.textContent()) ?? '');
  }
  expect(above.length).toBeGreaterThan(0);
  for (const text of above) expect(text).toMatch(/^export/i);
  expect(below).toContain('experts');
  for (const text of below) expect(text).not.toMatch(/^export/i);
  expect([...above, ...below]).not.toContain('reported');
  // A close match opens the reader with that word marked, as the results marked it.
  await passageLinks(page)
    .filter({ has: page.locator('mark', { hasText: 'experts' }) })
    .first()
    .click();
  await expect(page.getByRole('main').locator('mark.passage mark')).toHaveText(['experts']);
});

test('a word in no article says which word it shows matches for', async ({ page }) => {
  await search(page, 'Lutnik');
  await expect(results(page).getByRole('status')).toHaveText(
    /^Showing matches for “Lutnick”: \d+ passages? in \d+ articles?$/,
  );
  await search(page, 'Lutnick');
  await expect(results(page).getByRole('status')).not.toContainText('Showing matches for');
});

test('each outlet and article filter says how many passages it would give', async ({ page }) => {
  await search(page, 'Amodei');
  const outlets = [...new Set(corpus().articles.flatMap((a) => (a.outlet === null ? [] : [a.outlet])))];
  for (const outlet of outlets) {
    const n = corpus()
      .articles.filter((a) => a.outlet === outlet)
      .reduce((sum, a) => sum + passagesMatching(a, /Amodei/i), 0);
    await expect(
      page.getByRole('group', { name: 'Outlet' }).getByRole('checkbox', { name: outlet, exact: true }),
    ).toHaveAccessibleDescription(`${String(n)} ${n === 1 ? 'passage' : 'passages'}`);
  }
  const article = corpus().articles.find((a) => passagesMatching(a, /Amodei/i) > 0);
  if (!article) throw new Error('no seed names Amodei');
  const n = passagesMatching(article, /Amodei/i);
  const articleBox = page
    .getByRole('group', { name: 'Article' })
    .getByRole('checkbox', { name: squash(article.title), exact: true });
  await expect(articleBox).toHaveAccessibleDescription(new RegExp(` ${String(n)} passages?$`));
  await articleBox.check();
  await settled(page);
  await expect(results(page).getByRole('status')).toHaveText(
    new RegExp(`^${String(n)} passages? in 1 article$`),
  );
  // The counts are what each filter would give alone: choosing one leaves them as they were.
  await expect(articleBox).toHaveAccessibleDescription(new RegExp(` ${String(n)} passages?$`));
});

test('/ on a freshly opened page of another view opens search with the box focused, once its code has loaded', async ({
  page,
}) => {
  await page.goto('/#/');
  await expect(page.getByRole('table').locator('tbody').getByRole('row').first()).toBeVisible();
  await page.keyboard.press('/');
  await expect(page).toHaveURL(/#\/search$/);
  await expect(box(page)).toBeFocused();
});
