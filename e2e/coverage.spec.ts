// The coverage matrix against the seeds: the claims two or more articles tell against every article, those one
// article tells folded under it, sentences making no claim left out; sorted by articles, its header row and first
// column in view however it scrolls, and each tick opening the reader at the passage.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { brokenWords } from './broken-words.ts';
import { builtCorpus, squash } from './corpus.ts';
import { SEED_FILLER as FILLER } from '../src/test-support/seed-filler.ts';

const corpus = builtCorpus('dist');

const matrix = (page: Page) => page.getByRole('region', { name: /two or more articles/ });
const singles = (page: Page) => page.getByRole('region', { name: /one article only/ });
const rows = (box: Locator) => box.locator('tbody').getByRole('row');
const articleCounts = async (box: Locator) =>
  (await rows(box).locator('td.numeric').allTextContents()).map((text) => Number(text));

/** Each element's label sentence and how many articles tell it. */
const elements = () =>
  corpus().elements.map(({ label, articles }) => {
    const article = corpus().articles[label.article];
    const sentence = article?.sentences[label.sentence];
    const text = article && sentence ? squash(article.text.slice(sentence.start, sentence.end)) : '';
    return { text, sources: articles.length };
  });
const claims = () => elements().filter((element) => !FILLER.includes(element.text));
const shared = () => claims().filter((claim) => claim.sources > 1).length;
const single = () => claims().filter((claim) => claim.sources === 1).length;

test('shows the claims two or more articles tell against every article, says what it folds and leaves out', async ({
  page,
}) => {
  await page.goto('/#/coverage');
  await expect(page.getByRole('heading', { level: 1, name: 'Coverage' })).toBeVisible();
  await expect(
    page.getByText(/^Which article tells which claim of the story: a row for each claim/),
  ).toBeVisible();
  expect(shared()).toBeGreaterThan(0);
  expect(single()).toBeGreaterThan(0);
  await expect(rows(matrix(page))).toHaveCount(Math.min(shared(), 200));
  expect(Math.min(...(await articleCounts(matrix(page))))).toBeGreaterThan(1);
  await expect(page.getByText(`${String(single())} by one article only`)).toBeVisible();
  await expect(
    page.getByText(`${String(FILLER.length)} sentences with no claim left out`, { exact: true }),
  ).toBeVisible();
  // One column per article, named by its outlet.
  await expect(matrix(page).getByRole('columnheader')).toHaveCount(2 + corpus().articles.length);
});

test('a sentence making no claim is no row; the claims one article tells open under a disclosure', async ({
  page,
}) => {
  await page.goto('/#/coverage');
  const fold = page.getByRole('button', {
    name: `${String(single())} claims told by one article only: show`,
  });
  await expect(fold).toHaveAttribute('aria-expanded', 'false');
  await expect(singles(page).getByRole('table')).toHaveCount(0);
  await fold.click();
  await expect(page).toHaveURL(/single=1/);
  const open = page.getByRole('button', { name: /told by one article only: hide/ });
  await expect(open).toHaveAttribute('aria-expanded', 'true');
  await expect(rows(singles(page))).toHaveCount(Math.min(single(), 200));
  expect(new Set(await articleCounts(singles(page)))).toEqual(new Set([1]));
  // The filler is named once, as an example of what is left out, and is a row of neither table.
  for (const sentence of FILLER) await expect(page.getByRole('row', { name: sentence })).toHaveCount(0);
  await page.reload();
  await expect(rows(singles(page))).toHaveCount(Math.min(single(), 200));
  await page.getByRole('button', { name: /told by one article only: hide/ }).click();
  await expect(singles(page).getByRole('table')).toHaveCount(0);
  await expect(page).not.toHaveURL(/single=1/);
});

test('sorts by how many articles tell a claim', async ({ page }) => {
  await page.goto('/#/coverage');
  const header = matrix(page).getByRole('columnheader', { name: /^Articles/ });
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/sort=sources&desc=1/);
  const down = await articleCounts(matrix(page));
  expect(down).toEqual([...down].sort((x, y) => y - x));
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  const up = await articleCounts(matrix(page));
  expect(up).toEqual([...up].sort((x, y) => x - y));
});

test('an older link to the elements one source tells opens them, such as the BofA $5.58 million claim', async ({
  page,
}) => {
  await page.goto('/#/coverage?sources=one');
  const bofa = rows(singles(page)).filter({ hasText: '$5.58 million' });
  await expect(bofa.first()).toBeVisible();
  await expect(bofa.first().getByRole('link')).toHaveCount(1);
  await expect(bofa.first().getByRole('link')).toHaveAccessibleName('carried by PYMNTS');
});

test('a cell opens the reader at the passage', async ({ page }) => {
  await page.goto('/#/coverage?sort=sources&desc=1');
  const cell = rows(matrix(page)).first().getByRole('link').first();
  const target = (await cell.getAttribute('href')) ?? '';
  expect(target).toMatch(/^#\/article\/[^?]+\?p=\d+$/);
  await cell.click();
  await expect(page).toHaveURL(target);
  await expect(page.locator('mark.passage')).toBeFocused();
});

for (const [width, height] of [
  [1280, 800],
  [390, 844],
] as const) {
  test(`at ${String(width)} px, a cell scrolled to the middle of the matrix keeps its claim and its article in view`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/#/coverage');
    const box = matrix(page);
    await expect(rows(box).first()).toBeVisible();
    await box.scrollIntoViewIfNeeded();
    await box.evaluate((element) => {
      element.scrollTo(element.scrollWidth / 2, element.scrollHeight / 2);
    });
    const scrolled = await box.evaluate((element) => ({
      left: element.scrollLeft,
      top: element.scrollTop,
      wider: element.scrollWidth > element.clientWidth,
    }));
    // Down in every case; sideways wherever the articles are more than the box holds (the seeds' five on a phone).
    expect(scrolled.top).toBeGreaterThan(0);
    expect(scrolled.left > 0).toBe(scrolled.wider);
    expect(scrolled.wider).toBe(width < 600);
    const frame = (await box.boundingBox()) ?? { x: 0, y: 0, width: 0, height: 0 };
    // The article cell under a point right of the middle of the box: its row and its column.
    const at = { x: frame.x + frame.width * 0.8, y: frame.y + frame.height * 0.6 };
    const place = await page.evaluate(({ x, y }) => {
      const cell = document.elementFromPoint(x, y)?.closest('td');
      return {
        row: cell?.parentElement?.getAttribute('aria-rowindex'),
        column: cell?.getAttribute('aria-colindex'),
      };
    }, at);
    expect(place.row).toBeTruthy();
    expect(place.column).toBeTruthy();
    const label = box
      .getByRole('row')
      .and(page.locator(`[aria-rowindex="${place.row ?? ''}"]`))
      .getByRole('cell')
      .first();
    const header = box.getByRole('columnheader').and(page.locator(`[aria-colindex="${place.column ?? ''}"]`));
    const labelBox = (await label.boundingBox()) ?? { x: -1, y: 0, width: 0, height: 0 };
    const headerBox = (await header.boundingBox()) ?? { x: 0, y: -1, width: 0, height: 0 };
    // The claim's cell at the box's left edge, across from the point; the article's header at the box's top.
    expect(Math.abs(labelBox.x - frame.x)).toBeLessThan(3);
    expect(labelBox.y).toBeLessThan(at.y);
    expect(labelBox.y + labelBox.height).toBeGreaterThan(at.y);
    expect(Math.abs(headerBox.y - frame.y)).toBeLessThan(3);
    expect(headerBox.x).toBeLessThan(at.x);
    expect(headerBox.x + headerBox.width).toBeGreaterThan(at.x);
  });
}

test('an outlet name breaks between words and after dots, never inside a word', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/#/coverage');
  const headers = matrix(page).getByRole('columnheader');
  await expect(headers).toHaveCount(2 + corpus().articles.length);
  expect(await brokenWords(matrix(page), '.cov-outlet')).toEqual([]);
});
