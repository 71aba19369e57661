// The timeline against the seeds: the design's events at their dates, each saying how its date is known and which
// articles mention it; an event opened for its dates and passages; a passage followed into the reader; the filter
// to one article, kept in the URL; the chart opening an event; the reader's dates, resolved on focus.
import { expect, test, type Page } from '@playwright/test';
import { builtCorpus } from './corpus.ts';

const corpus = builtCorpus('dist');
const outletOf = (id: string) => corpus().articles.find((a) => a.id === id)?.outlet ?? '';
const eventNamed = (id: string) => {
  const event = corpus().timeline.events.find((e) => e.id === id);
  if (!event) throw new Error(`the seeds have no event ${id}`);
  return event;
};
const outletsMentioning = (id: string) =>
  [...new Set(eventNamed(id).mentions.map((m) => m.article))]
    .sort((a, b) => a - b)
    .map((i) => corpus().articles[i]?.outlet ?? '');

const events = (page: Page) => page.getByRole('region', { name: 'Events' });
/** The list item of the event with this name (its heading's button). */
const eventItem = (page: Page, id: string) =>
  events(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: eventNamed(id).name, exact: true }) });

test('is in the main navigation, titled, with the design’s events at their dates', async ({ page }) => {
  await page.goto('/#/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click();
  await expect(page).toHaveURL(/#\/timeline$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  await expect(page).toHaveTitle('Timeline · Parallax');
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }),
  ).toHaveAttribute('aria-current', 'page');

  // The essay, 29 Jan 2025: PYMNTS says 'Wednesday (Jan. 29)' and is dated 30 Jan.
  const essay = eventItem(page, 'essay');
  await expect(essay.locator('time[datetime="2025-01-29"]').first()).toBeVisible();
  await expect(essay).toContainText('inferred from ‘Wednesday (Jan. 29)’ in PYMNTS, published 30 Jan 2025');
  await expect(essay.getByRole('list', { name: 'Mentioned in' }).getByRole('listitem')).toHaveText(
    outletsMentioning('essay'),
  );

  // The Lutnick hearing, 29 Jan 2025: 'Wednesday' in 001 and 002, undated, each resolved against the day its own
  // dates fit the other articles' best.
  const hearing = eventItem(page, 'lutnick-hearing');
  await expect(hearing.locator('time[datetime="2025-01-29"]').first()).toBeVisible();
  await expect(hearing).toContainText(
    /inferred from ‘Wednesday’ in .+, resolved against 29 Jan 2025, the day its own dates fit the other articles’ best/,
  );
  await expect(hearing.getByRole('list', { name: 'Mentioned in' }).getByRole('listitem')).toHaveText([
    outletOf('001'),
    outletOf('002'),
  ]);

  // The Nvidia drop, 27 Jan 2025: no article dates it; events.json names its source.
  const nvidia = eventItem(page, 'nvidia-drop');
  await expect(nvidia.locator('time[datetime="2025-01-27"]').first()).toBeVisible();
  await expect(nvidia).toContainText('external: Nvidia shares fell about 17 %');
  await expect(nvidia.getByRole('list', { name: 'Mentioned in' }).getByRole('listitem')).toHaveText([
    outletOf('004'),
  ]);
});

test('lists every event in date order, the 2026-2027 forecast last, as a range', async ({ page }) => {
  await page.goto('/#/timeline');
  const buttons = events(page).getByRole('heading', { level: 3 }).getByRole('button');
  await expect(buttons).toHaveCount(corpus().timeline.events.length);
  const firsts = await events(page)
    .locator('.tl-when')
    .evaluateAll((nodes) => nodes.map((n) => n.querySelector('time')?.getAttribute('datetime') ?? ''));
  const days = firsts.map((d) => (d.length === 7 ? `${d}-01` : d));
  expect(days).toEqual([...days].sort());
  const forecast = eventItem(page, 'chips-forecast');
  await expect(forecast.locator('.tl-when time[datetime="2026-01-01"]')).toHaveText('2026');
  await expect(forecast.locator('.tl-when time[datetime="2027-12-31"]')).toHaveText('2027');
  await expect(forecast).toContainText('stated as ‘2026-2027’');
});

test('opening an event shows its dates side by side and every passage that mentions it', async ({ page }) => {
  await page.goto('/#/timeline');
  const essay = eventItem(page, 'essay');
  const toggle = essay.getByRole('button', { name: eventNamed('essay').name });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(essay.getByRole('link')).toHaveCount(0);
  await toggle.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const details = page.locator(`#${(await toggle.getAttribute('aria-controls')) ?? ''}`);
  await expect(details).toBeVisible();
  await expect(details).toContainText('All 4 datings agree');
  await expect(details.locator('.tl-date')).toHaveCount(eventNamed('essay').dates.length);
  await expect(details.locator('.tl-date').filter({ hasText: 'placed here' })).toHaveCount(1);
  await expect(details).toContainText('inferred from ‘this week’ in news.unisami.com');
  const passages = details.getByRole('link');
  await expect(passages).toHaveCount(eventNamed('essay').mentions.length);
  await expect(passages.first()).toHaveAttribute('href', /^#\/article\/[^?]+\?p=\d+$/);
  await toggle.click();
  await expect(details).toBeHidden();
});

test('a passage opens the reader at that sentence, marked and focused', async ({ page }) => {
  await page.goto('/#/timeline');
  const hearing = eventItem(page, 'lutnick-hearing');
  await hearing.getByRole('button', { name: eventNamed('lutnick-hearing').name }).click();
  const link = hearing.getByRole('link', { name: /At a Senate hearing Wednesday/ });
  await expect(link).toHaveAttribute('href', '#/article/002?p=19');
  await link.click();
  await expect(page).toHaveURL(/#\/article\/002\?p=19$/);
  const passage = page.locator('mark.passage');
  await expect(passage).toBeFocused();
  await expect(passage).toContainText('At a Senate hearing Wednesday');
  // The date in it says what it resolves to.
  await expect(passage.locator('time.date-mark')).toHaveAttribute('datetime', '2025-01-29');
  await expect(passage.locator('time.date-mark')).toHaveAccessibleDescription(
    /‘Wednesday’ → 29 Jan 2025, inferred from 29 Jan 2025, the day its own dates fit the other articles’ best/,
  );
});

test('filters to one article’s events, kept in the URL across a reload', async ({ page }) => {
  await page.goto('/#/timeline');
  const select = page.getByRole('combobox', { name: 'Show the events of' });
  await select.selectOption('003');
  await expect(page).toHaveURL(/#\/timeline\?article=003$/);
  const shown = corpus().timeline.events.filter((e) => e.mentions.some((m) => m.article === 3));
  await expect(events(page).getByRole('heading', { level: 3 })).toHaveCount(shown.length);
  await expect(eventItem(page, 'r1-release')).toBeVisible();
  await expect(eventItem(page, 'lutnick-hearing')).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText(
    `${String(shown.length)} events, 0 other dated mentions in Firstpost`,
  );
  // An undated article says when it can have been published.
  await expect(page.getByText(/Undated; published on or after/)).toContainText(
    'it reports “DeepSeek releases R1”',
  );

  await page.reload();
  await expect(select).toHaveValue('003');
  await expect(events(page).getByRole('heading', { level: 3 })).toHaveCount(shown.length);

  await page.getByRole('button', { name: 'Show every article’s events' }).click();
  await expect(page).toHaveURL(/#\/timeline$/);
  await expect(select).toHaveValue('');
  await expect(events(page).getByRole('heading', { level: 3 })).toHaveCount(corpus().timeline.events.length);
});

test('an unknown article in the URL shows every event, and says so', async ({ page }) => {
  await page.goto('/#/timeline?article=nope');
  await expect(page.getByText('There is no article with the id')).toBeVisible();
  await expect(events(page).getByRole('heading', { level: 3 })).toHaveCount(corpus().timeline.events.length);
});

test('a row of the chart opens its event in the list', async ({ page }) => {
  await page.goto('/#/timeline');
  await page
    .locator('.tl-row')
    .filter({ hasText: eventNamed('nvidia-drop').name })
    .click();
  const toggle = eventItem(page, 'nvidia-drop').getByRole('button', { name: eventNamed('nvidia-drop').name });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(toggle).toBeFocused();
});

test('the chart breaks its axis before the 2026-2027 forecast', async ({ page }) => {
  await page.goto('/#/timeline');
  const captions = page.locator('.tl-seg-caption');
  await expect(captions.last()).toHaveText(/^2026–(20)?27$/);
  await expect(page.locator('.tl-break')).not.toHaveCount(0);
  // January 2025 gets most of the width.
  const widths = await page.locator('.tl-seg-head').evaluateAll((nodes) => nodes.map((n) => n.clientWidth));
  const dense = await page
    .locator('.tl-seg-head')
    .filter({ hasText: 'Nov 2024 – Feb 2025' })
    .evaluate((n) => n.clientWidth);
  expect(dense).toBe(Math.max(...widths));
});

test('the reader marks each date with what it resolves to, on focus', async ({ page }) => {
  await page.goto('/#/article/004');
  const tuesday = page.getByRole('main').locator('time.date-mark', { hasText: 'Tuesday (Jan. 28)' });
  await tuesday.focus();
  await expect(tuesday).toBeFocused();
  await expect(tuesday).toHaveAttribute('datetime', '2025-01-28');
  await expect(tuesday).toHaveAccessibleDescription(
    '‘Tuesday (Jan. 28)’ → 28 Jan 2025, inferred from the publication date, 30 Jan 2025',
  );
  const tooltip = await tuesday.evaluate((el) => getComputedStyle(el, '::after').content);
  expect(tooltip).toContain('28 Jan 2025');
});

/** A calendar day written the machine's way, which a person should never have to read. */
const ISO_DAY = /\b\d{4}-\d{2}-\d{2}\b/;

test('writes every date in words, in the text and the tooltips, keeping ISO days for <time datetime>', async ({
  page,
}) => {
  await page.goto('/#/timeline');
  await page.getByRole('button', { name: 'Open every event' }).click();
  await expect(events(page).getByRole('button', { expanded: false })).toHaveCount(0);
  const read = await page.getByRole('main').evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    // The articles' sentences are quoted as their authors wrote them.
    copy.querySelectorAll('.tl-sentence').forEach((sentence) => {
      sentence.remove();
    });
    const tooltips = [...main.querySelectorAll('[title]')].map((n) => n.getAttribute('title') ?? '');
    return [copy.textContent, ...tooltips].join('\n');
  });
  expect(read).toContain('29 Jan 2025');
  expect(read).not.toMatch(ISO_DAY);
  await expect(page.getByRole('main').locator('time[datetime="2025-01-29"]').first()).toBeAttached();
});

test('the chart is one Tab stop whose rows the arrow keys move between, and Enter opens an event', async ({
  page,
}) => {
  await page.goto('/#/timeline');
  const chart = page.getByRole('group', { name: 'Timeline chart' });
  const rows = chart.getByRole('button');
  await expect(rows.first()).toBeVisible();
  await page.getByRole('combobox', { name: 'Show the events of' }).focus();
  await page.keyboard.press('Tab');
  await expect(rows.first()).toBeFocused();
  await page.keyboard.press('End');
  await expect(rows.last()).toBeFocused();
  await page.keyboard.press('Home');
  const nvidia = eventNamed('nvidia-drop');
  const target = rows.filter({ hasText: nvidia.name });
  for (let i = 0; i < 20 && !(await target.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('ArrowDown');
  await expect(target).toBeFocused();
  // The focused row shows it: an outline of its own.
  expect(await target.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
  await page.keyboard.press('Enter');
  const toggle = eventItem(page, 'nvidia-drop').getByRole('button', { name: nvidia.name });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(toggle).toBeFocused();
  await expect(page).toHaveURL(/[?&]open=nvidia-drop(&|$)/);
  // Tab back into the chart lands on the row last used, not the first.
  await page.getByRole('combobox', { name: 'Show the events of' }).focus();
  await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
});

test('an opened event stays open across a reload, a shared link and Back from the reader', async ({
  page,
}) => {
  await page.goto('/#/timeline');
  const hearing = eventItem(page, 'lutnick-hearing');
  const toggle = hearing.getByRole('button', { name: eventNamed('lutnick-hearing').name });
  await toggle.click();
  await expect(page).toHaveURL(/#\/timeline\?open=lutnick-hearing$/);
  await page.reload();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');

  await hearing.getByRole('link', { name: /At a Senate hearing Wednesday/ }).click();
  await expect(page).toHaveURL(/#\/article\/002\?p=19$/);
  await page.goBack();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');

  // Two events open, in the order opened; closing one leaves the other.
  const essay = eventItem(page, 'essay').getByRole('button', { name: eventNamed('essay').name });
  await essay.click();
  await expect(page).toHaveURL(/open=lutnick-hearing%2Cessay$/);
  await toggle.click();
  await expect(page).toHaveURL(/open=essay$/);
  await page.goto('/#/timeline?open=essay,nope');
  await expect(essay).toHaveAttribute('aria-expanded', 'true');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
});

test('on a phone, and at any width, the axis names each stretch of time whole', async ({ page }) => {
  for (const width of [360, 390, 720, 800, 1280]) {
    await page.setViewportSize({ width, height: 844 });
    await page.goto('/#/timeline');
    const captions = page.locator('.tl-seg-caption');
    await expect(captions.last()).toHaveText(/^2026–(20)?27$/);
    const cut = await captions.evaluateAll((nodes) =>
      nodes.filter((n) => n.scrollWidth > n.clientWidth).map((n) => n.textContent),
    );
    expect(cut, `at ${String(width)} px`).toEqual([]);
  }
});
