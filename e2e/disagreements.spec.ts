// The disagreements view, and the marks in the reader and compare, on five short reports of a made-up takeover
// (e2e/fixtures/disagreements): two give its price and its day differently, two its shares' rise (an early high,
// then the close: an update), and one names a weekday its date does not fall on.
import { expect, test, type Page } from '@playwright/test';
import { checkEveryView } from './accessibility.ts';

const conflicts = (page: Page) => page.getByRole('region', { name: 'Disagreements', exact: true });
const updates = (page: Page) => page.getByRole('region', { name: 'Later reports, not contradictions' });
const item = (page: Page, heading: RegExp) =>
  conflicts(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: heading }) });

test('lists each disagreement with both passages, outlets and dates, the update apart with why', async ({
  page,
}) => {
  await page.goto('/#/disagreements');
  await expect(page.getByRole('heading', { level: 1, name: 'Disagreements' })).toBeVisible();
  await expect(page.getByText(/^Where the articles give different figures or days/)).toBeVisible();

  await expect(conflicts(page).locator('.dis-item')).toHaveCount(3);
  const price = item(page, /\$4\.2 billion against \$5\.1 billion/);
  await expect(price).toHaveCount(1);
  await expect(price).toContainText('Coastal Ledger');
  await expect(price).toContainText('Harbour Times');
  await expect(price.locator('time[datetime="2025-03-11"]')).toHaveText('11 Mar 2025');
  await expect(price.locator('mark')).toHaveText(['$4.2 billion', '$5.1 billion']);
  await expect(
    conflicts(page).getByRole('heading', { name: /‘Tuesday’.*against ‘Wednesday’/ }),
  ).toBeVisible();
  await expect(
    conflicts(page).getByRole('heading', {
      name: 'Weekday The text says Thursday, but 19 Jul 2024 was a Friday',
    }),
  ).toBeVisible();

  // The early high against the close: listed apart, and said why.
  await expect(conflicts(page)).not.toContainText('as much as 18%');
  const rise = updates(page).locator('.dis-item');
  await expect(rise).toHaveCount(1);
  await expect(rise.getByRole('heading', { level: 3 })).toHaveText(/as much as 18%, later 12%/);
  await expect(rise).toContainText(
    'A later report, not a contradiction: Evening Post was published a day later',
  );
});

test('shows one kind at a time, and says when a section has none of it', async ({ page }) => {
  await page.goto('/#/disagreements');
  await page.getByLabel('Show').selectOption({ label: 'Percentages (1)' });
  await expect(page).toHaveURL(/[?&]kind=percent(&|$)/);
  await expect(page.getByRole('status')).toHaveText('0 disagreements, 1 later report of percentages');
  await expect(conflicts(page).getByText('None of this kind.')).toBeVisible();
  await expect(updates(page).locator('.dis-item')).toHaveCount(1);
});

test('a passage opens the reader there, the value marked, and the mark leads back to the disagreement', async ({
  page,
}) => {
  await page.goto('/#/disagreements');
  const price = item(page, /\$4\.2 billion against \$5\.1 billion/);
  await price.getByRole('link', { name: /Wednesday to buy .* for \$5\.1 billion/ }).click();
  await expect(page).toHaveURL(/#\/article\/02\?p=\d+$/);
  const passage = page.locator('mark.passage');
  await expect(passage).toBeFocused();
  await expect(passage.locator('mark.value-mark')).toHaveText(['Wednesday', '$5.1 billion']);
  const differs = passage.getByRole('link', { name: 'differs' });
  await expect(differs).toHaveCount(2);
  await expect(differs.nth(1)).toHaveAccessibleDescription('Coastal Ledger differs: it gives $4.2 billion');

  await differs.nth(1).click();
  await expect(page).toHaveURL(/#\/disagreements\?d=\d+$/);
  await expect(page.locator('.dis-item:focus')).toHaveCount(1);
  await expect(page.locator('.dis-item:focus').getByRole('heading', { level: 3 })).toHaveText(
    /\$4\.2 billion against \$5\.1 billion/,
  );
});

test('the reader says what is wrong with a weekday, and marks an update as one', async ({ page }) => {
  await page.goto('/#/article/05');
  await expect(page.getByRole('link', { name: 'wrong weekday' })).toHaveAccessibleDescription(
    'The text says Thursday, but 19 Jul 2024 was a Friday',
  );
  await page.goto('/#/article/04');
  await expect(page.getByRole('link', { name: 'update' })).toHaveAccessibleDescription(
    'Updates Market Wire’s as much as 18%, published a day earlier',
  );
});

test('compare marks the values the two articles give differently, in both columns', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/#/compare?a=01&b=02');
  const first = page.getByRole('region', { name: 'Northwind Energy to buy Tidewater Grid' });
  const second = page.getByRole('region', { name: 'Northwind agrees Tidewater Grid takeover' });
  await expect(first.locator('mark.value-mark')).toHaveText(['Tuesday', '$4.2 billion']);
  await expect(second.locator('mark.value-mark')).toHaveText(['Wednesday', '$5.1 billion']);
  await expect(first.getByRole('link', { name: 'differs' }).nth(1)).toHaveAccessibleDescription(
    'Harbour Times differs: it gives $5.1 billion',
  );
  // The word diff is still there, inside the box.
  await expect(first.locator('mark.value-mark del').first()).toBeVisible();
  await expect(second.locator('mark.value-mark ins').first()).toBeVisible();

  // An article's own weekday slip, whatever it is compared with.
  await page.goto('/#/compare?a=05&b=01');
  await expect(page.getByRole('link', { name: 'wrong weekday' })).toHaveAccessibleDescription(
    'The text says Thursday, but 19 Jul 2024 was a Friday',
  );
});

const heading = (page: Page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible();
const marked = (page: Page) => expect(page.locator('mark.value-mark').first()).toBeVisible();
checkEveryView([
  ['disagreements', '/#/disagreements', heading],
  ['disagreements, one asked for', '/#/disagreements?d=1', heading],
  ['reader with marked values', '/#/article/02?p=1', marked],
  ['compare with marked values', '/#/compare?a=01&b=02', marked],
]);
