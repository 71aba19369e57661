// The downloads against the seeds, as a reader takes them: each view's "Download CSV", and sources.json from the
// articles view, read back (the CSV by papaparse) and checked against what the page itself shows.
import { expect, test, type Locator, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { squash } from './corpus.ts';
import { download } from './download.ts';

/** A downloaded CSV as records by column name, after checking its header. */
async function downloadCsv(
  page: Page,
  name: string,
  file: string,
  header: string[],
): Promise<Record<string, string>[]> {
  const saved = await download(page, name);
  expect(saved.file).toBe(file);
  const { data, errors, meta } = Papa.parse<Record<string, string>>(saved.text, {
    header: true,
    skipEmptyLines: true,
  });
  expect(errors).toEqual([]);
  expect(meta.fields).toEqual(header);
  return data;
}

const bodyRows = (table: Locator) => table.locator('tbody').getByRole('row');
const distinct = (records: Record<string, string>[], field: string) => [
  ...new Set(records.map((record) => record[field] ?? '')),
];
/** The number before `words` in a text on the page: `3` in `12 events, 3 other dated mentions`. */
const numberBefore = async (locator: Locator, words: string) =>
  Number(new RegExp(`([\\d,]+) ${words}`).exec(await locator.innerText())?.[1]?.replace(/,/g, '') ?? NaN);

/** The articles table as the page shows it: each row's title, outlet, publication date and words. */
async function shownArticles(page: Page) {
  return bodyRows(page.getByRole('table')).evaluateAll((rows) =>
    rows.map((row) => {
      const cells = row.querySelectorAll('td');
      // An undated article may show the earliest it can have been published instead: "On or after 29 Jan 2025".
      const date = cells[2]?.querySelector('time')?.getAttribute('datetime') ?? '';
      const bound = cells[2]?.textContent.trim().startsWith('On or after') === true;
      return {
        title: cells[0]?.querySelector('a')?.textContent.trim() ?? '',
        outlet: cells[1]?.textContent.trim() ?? '',
        published: bound ? '' : date,
        onOrAfter: bound ? date : '',
        words: Number(cells[3]?.textContent.replace(/\D/g, '')),
      };
    }),
  );
}

test.describe('from the articles view', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/#/');
    await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();
    await expect(bodyRows(page.getByRole('table')).first()).toBeVisible();
  });

  test('the CSV has a row per article the table lists, with its title, outlet, date and words', async ({
    page,
  }) => {
    const shown = await shownArticles(page);
    const records = await downloadCsv(page, 'Download CSV of the articles', 'parallax-articles.csv', [
      'id',
      'file',
      'title',
      'title_source',
      'outlet',
      'outlet_source',
      'published',
      'published_source',
      'published_on_or_after',
      'url',
      'words',
      'sentences',
      'source',
    ]);
    expect(records).toHaveLength(shown.length);
    for (const article of shown) {
      const record = records.find((r) => squash(r.title ?? '') === article.title);
      expect(record, article.title).toBeDefined();
      expect(record?.outlet).toBe(article.outlet);
      expect(record?.published).toBe(article.published);
      expect(record?.published_on_or_after).toBe(article.onOrAfter);
      expect(Number(record?.words)).toBe(article.words);
    }
  });

  test('sources.json names every article the table lists, with its title, outlet and date', async ({
    page,
  }) => {
    const shown = await shownArticles(page);
    const saved = await download(page, 'Download sources.json');
    expect(saved.file).toBe('sources.json');
    const entries = Object.values(
      JSON.parse(saved.text) as Record<string, { title?: string; outlet?: string; published?: string }>,
    );
    expect(entries).toHaveLength(shown.length);
    for (const article of shown) {
      const entry = entries.find((e) => squash(e.title ?? '') === article.title);
      expect(entry, article.title).toBeDefined();
      expect(entry?.outlet).toBe(article.outlet);
      expect(entry?.published ?? '').toBe(article.published);
    }
  });
});

test('the quotes CSV has a row per article carrying each quote the table lists', async ({ page }) => {
  await page.goto('/#/quotes');
  await expect(page.getByRole('heading', { level: 1, name: 'Quotes' })).toBeVisible();
  const rows = bodyRows(page.getByRole('table'));
  await expect(rows.first()).toBeVisible();
  const records = await downloadCsv(page, 'Download CSV of the quotes', 'parallax-quotes.csv', [
    'quote_group',
    'quote',
    'speaker',
    'articles',
    'article_id',
    'outlet',
    'sentence',
    'wording',
    'wording_differs',
  ]);
  const groups = distinct(records, 'quote_group');
  await expect(rows).toHaveCount(groups.length);
  // In the table's own order: each row's words, and a link to each article carrying the quote.
  for (const [i, group] of groups.entries()) {
    const carrying = records.filter((record) => record.quote_group === group);
    const row = rows.nth(i);
    await expect(row.locator('blockquote')).toHaveText(`“${carrying[0]?.quote ?? ''}”`);
    await expect(row.getByRole('cell').nth(2).getByRole('link')).toContainText(
      carrying.map((record) => record.outlet ?? ''),
    );
  }
});

test('the coverage CSV has a row per claim and article telling it, the claims as the matrix lists them', async ({
  page,
}) => {
  await page.goto('/#/coverage');
  await expect(page.getByRole('heading', { level: 1, name: 'Coverage' })).toBeVisible();
  const matrix = page.getByRole('region', { name: /two or more articles/ });
  const rows = bodyRows(matrix);
  await expect(rows.first()).toBeVisible();
  const records = await downloadCsv(page, 'Download CSV of the coverage', 'parallax-coverage.csv', [
    'element',
    'claim',
    'articles',
    'article_id',
    'outlet',
    'sentence',
    'passage',
  ]);
  const claims = distinct(records, 'element').map((element) =>
    records.filter((record) => record.element === element),
  );
  const shared = claims.filter((claim) => claim.length > 1);
  await expect(rows).toHaveCount(shared.length);
  const alone = page.getByText(/^[\d,]+ by one article only$/);
  expect(await numberBefore(alone, 'by one article only')).toBe(claims.length - shared.length);
  // Row by row, the claim's words and a tick for each article telling it.
  for (const [i, claim] of shared.entries()) {
    const row = rows.nth(i);
    await expect(row.getByRole('cell').first()).toContainText((claim[0]?.claim ?? '').slice(0, 60));
    await expect(row.getByRole('link', { name: /^carried by/ })).toHaveCount(claim.length);
  }
});

test('the timeline CSV has a row per passage of each event the list shows, then the other dated mentions', async ({
  page,
}) => {
  await page.goto('/#/timeline');
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  const events = page.getByRole('region', { name: 'Events' }).getByRole('heading', { level: 3 });
  await expect(events.first()).toBeVisible();
  const records = await downloadCsv(page, 'Download CSV of the timeline', 'parallax-timeline.csv', [
    'event_id',
    'event',
    'event_start',
    'event_end',
    'event_precision',
    'event_date_basis',
    'event_date_how',
    'sources_disagree',
    'article_id',
    'outlet',
    'sentence',
    'passage',
    'date_phrase',
    'date_start',
    'date_end',
    'date_precision',
    'date_basis',
  ]);
  const named = records.filter((record) => record.event_id !== '');
  await expect(events).toHaveText(distinct(named, 'event'));
  const count = page.getByRole('status').filter({ hasText: /other dated mention/ });
  expect(await numberBefore(count, 'other dated mention')).toBe(records.length - named.length);
  // Each event's date where the list places it, and the articles the list says mention it.
  for (const id of distinct(named, 'event_id')) {
    const rows = named.filter((record) => record.event_id === id);
    const { event = '', event_start: start = '' } = rows[0] ?? {};
    const item = page
      .getByRole('region', { name: 'Events' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: event, exact: true }) });
    // A date known to the month or year is shown as one: `2024-11` is the start `2024-11-01`'s month.
    const shownDate = (await item.locator('time').first().getAttribute('datetime')) ?? '';
    if (start !== '') expect(shownDate !== '' && start.startsWith(shownDate)).toBe(true);
    await expect(item.getByRole('list', { name: 'Mentioned in' }).getByRole('listitem')).toHaveCount(
      distinct(rows, 'article_id').filter((article) => article !== '').length,
    );
  }
});
