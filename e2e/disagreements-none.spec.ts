// The disagreements view on the seeds, which have none: it says so plainly, and offers no empty filter or lists.
// (The view with disagreements is tested on a fixture of its own: disagreements.spec.ts.)
import { expect, test } from '@playwright/test';
import { builtCorpus } from './corpus.ts';

const corpus = builtCorpus('dist');

test('says plainly that the articles do not disagree', async ({ page }) => {
  test.skip(corpus().disagreements.length > 0, 'the seeds have disagreements now');
  await page.goto('/#/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Disagreements' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Disagreements' })).toBeFocused();
  await expect(page.getByText(/^No disagreements in these articles:/)).toBeVisible();
  await expect(page.getByText('0 disagreements')).toBeVisible();
  await expect(page.getByLabel('Show')).toHaveCount(0);
  await expect(page.getByRole('region')).toHaveCount(0);
});
