// Search over the hostile corpus (e2e/fixtures/hostile; the file name puts it in that project): markup in results.
import { expect, test } from '@playwright/test';

test('markup in article text shows in search results as characters, marked, and runs nothing', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto('/#/search?q=script');
  const results = page.getByRole('region', { name: 'Results' });
  await expect(results.getByRole('status')).toHaveText(/passages? in/);
  await expect(results.getByText('<script>alert(1)</script>').first()).toBeVisible();
  await expect(results.locator('mark').first()).toHaveText(/script/i);
  await page.goto('/#/search?q=onerror');
  await expect(results.getByText(/<img src=x onerror="alert\(1\)">/).first()).toBeVisible();
  expect(
    await page.evaluate(
      () => document.querySelectorAll('main img, main script, main b, main i, [onerror], [onclick]').length,
    ),
  ).toBe(0);
  expect(dialogs).toEqual([]);
});
