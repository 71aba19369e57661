// Word differences in compare, against the seeds: inside each aligned passage, the words only the first article has
// are struck and those only the second has are underlined, and the passage's description says so; `n` and `p` (and
// their buttons) go through the passages that differ, but not while typing in a picker; "Hide identical passages" is
// kept in the URL; on a phone the pairs carry the same marks and the buttons stay on screen. The seeds' aligned pairs
// are all paraphrases, so hiding the identical ones is seen at work on the scale corpus (compare-diff-scale.spec.ts).
import { expect, test, type Page } from '@playwright/test';
import type { Article } from '../src/corpus/types.ts';
import { outletName } from '../src/app/format.ts';
import { builtCorpus, squash } from './corpus.ts';

const corpus = builtCorpus('dist');
const byId = (id: string): Article => {
  const article = corpus().articles.find((x) => x.id === id);
  if (!article) throw new Error(`the seeds have no article ${id}`);
  return article;
};
const [a, b] = [byId('000'), byId('002')];
const column = (page: Page, article: Article) => page.getByRole('region', { name: squash(article.title) });
/** A linked passage (focusable, numbered) of a column holding `text`. */
const linked = (page: Page, article: Article, text: string | RegExp) =>
  column(page, article).locator('.linked', { hasText: text });
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const where = (page: Page) => page.getByRole('status').filter({ hasText: /differ|Difference/ });

test('in a passage both quote, the first’s own words are struck and the second’s underlined, and said so', async ({
  page,
}) => {
  await page.goto(`/#/compare?a=${a.id}&b=${b.id}`);
  // The first writes "less cost… but" and ends there; the second "less cost, but", then "he writes".
  const mine = linked(page, a, '7-10 months older');
  const theirs = linked(page, b, '7-10 months older');
  await expect(mine.getByRole('deletion').filter({ hasText: '…' })).toHaveCount(1);
  await expect(theirs.getByRole('insertion').filter({ hasText: 'he writes' })).toHaveCount(1);
  // A passage's description says what is marked, in words.
  await expect(mine).toHaveAccessibleDescription(new RegExp(`struck, not in ${escape(outletName(b))}: “…”`));
  await expect(theirs).toHaveAccessibleDescription(
    new RegExp(`underlined, not in ${escape(outletName(a))}: .*“he writes”`),
  );
  // Words both have are not marked, and neither side marks the other's words.
  await expect(mine.getByRole('deletion').filter({ hasText: 'DeepSeek produced' })).toHaveCount(0);
  await expect(theirs.getByRole('insertion').filter({ hasText: 'DeepSeek produced' })).toHaveCount(0);
  await expect(mine.getByRole('insertion')).toHaveCount(0);
  await expect(theirs.getByRole('deletion')).toHaveCount(0);

  // A reworded opening: what the first says alone is struck, what the second puts instead underlined.
  await expect(linked(page, a, 'Dario Amodei').first().getByRole('deletion').first()).toContainText(
    'In a FIRE essay this week',
  );
  await expect(linked(page, b, 'Dario Amodei').first().getByRole('insertion').first()).toContainText(
    'argues that recent AI breakthroughs',
  );
  // The legend says which mark is whose, in words.
  await expect(page.getByText(/struck words only the first article/)).toContainText(
    `underlined words only the second (${outletName(b)})`,
  );
});

test('n and p go to the next and previous passage that differs, round the ends, but not while typing', async ({
  page,
}) => {
  await page.goto(`/#/compare?a=${a.id}&b=${b.id}`);
  await expect(where(page)).toHaveText(/^\d+ passages differ in wording\.$/);
  const opening = linked(page, a, 'Dario Amodei').first();
  const quoted = linked(page, a, '7-10 months older');

  await page.keyboard.press('n');
  await expect(opening).toBeFocused();
  await expect(where(page)).toHaveText(/^Difference 1 of \d+\.$/);
  // Its partner lights up, in view.
  const partner = linked(page, b, 'Dario Amodei').first();
  await expect(partner).toHaveAttribute('data-state', 'partner');
  await expect(partner).toBeInViewport();

  await page.keyboard.press('n');
  await expect(quoted).toBeFocused();
  await expect(quoted).toBeInViewport();
  await expect(where(page)).toHaveText(/^Difference 2 of \d+\.$/);
  await page.keyboard.press('p');
  await expect(opening).toBeFocused();
  // Before the first is the last.
  await page.keyboard.press('p');
  await expect(where(page)).toHaveText(/^Difference (\d+) of \1\.$/);
  await expect(opening).not.toBeFocused();

  // The buttons do the same.
  await page.getByRole('button', { name: 'Next difference' }).click();
  await expect(opening).toBeFocused();

  // In a picker, n is a letter of the title being typed.
  const picker = page.getByRole('combobox', { name: 'First article' });
  await picker.fill('');
  await expect(picker).toHaveValue('');
  await page.keyboard.press('n');
  await expect(picker).toBeFocused();
  await expect(picker).toHaveValue('n');
  await expect(opening).not.toBeFocused();
});

test('“Hide identical passages” is kept in the URL, and hides no passage that differs', async ({ page }) => {
  await page.goto(`/#/compare?a=${a.id}&b=${b.id}`);
  const toggle = page.getByRole('checkbox', { name: 'Hide identical passages' });
  const passages = column(page, a).locator('.linked');
  await expect(passages.first()).toBeVisible();
  const shown = await passages.count();
  await expect(toggle).not.toBeChecked();
  await expect(toggle).toHaveAccessibleDescription(/^0 of \d+ identical$/);

  await toggle.check();
  await expect(page).toHaveURL(/[?&]hide=identical(&|$)/);
  await expect(toggle).toHaveAccessibleDescription(/^0 of \d+ hidden$/);
  await expect(passages).toHaveCount(shown);
  await expect(page.getByText('same in both')).toHaveCount(0);

  await page.reload();
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await expect(page).not.toHaveURL(/hide=/);
  await page.goBack();
  await expect(toggle).toBeChecked();
});

test('on a phone, each pair carries the marks and the step buttons stay on screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/#/compare?a=${a.id}&b=${b.id}`);
  const pair = page.getByRole('listitem').filter({ hasText: '7-10 months older' });
  await expect(
    pair
      .getByRole('group', { name: outletName(a) })
      .getByRole('deletion')
      .first(),
  ).toContainText('…');
  await expect(
    pair
      .getByRole('group', { name: outletName(b) })
      .getByRole('insertion')
      .filter({ hasText: 'he writes' }),
  ).toHaveCount(1);

  const next = page.getByRole('button', { name: 'Next difference' });
  for (let step = 1; step <= 3; step++) await next.click();
  await expect(where(page)).toHaveText(/^Difference 3 of \d+/);
  await expect(page.locator('.linked:focus')).toBeInViewport();
  await expect(next).toBeInViewport();
});
