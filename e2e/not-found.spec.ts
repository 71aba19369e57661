import { expect, test } from '@playwright/test';

for (const [what, hash, heading] of [
  ['an unknown article id', '#/article/does-not-exist', 'Article not found'],
  ['an unknown route', '#/no/such/page', 'Page not found'],
  ['a malformed URL', '#/article/%E0%A4%A', 'Page not found'],
] as const) {
  test(`${what} gets a helpful not-found page with a way back`, async ({ page }) => {
    await page.goto(`/${hash}`);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page).toHaveTitle(`${heading} · Parallax`);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: '← All articles' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeFocused();
  });
}
