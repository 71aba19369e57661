import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readCorpus } from './corpus.ts';

const corpus = readCorpus('dist');
const first = corpus.articles[0];
const views: [string, string][] = [
  ['articles', '/#/'],
  ['articles, filtered to nothing', '/#/?filter=zzqx'],
  ['articles, sorted', '/#/?sort=words&desc=1'],
  ['not found', '/#/nowhere'],
];
if (first) views.push(['reader', `/#/article/${encodeURIComponent(first.id)}?p=1`]);

for (const width of [1280, 390]) {
  for (const [name, url] of views) {
    test(`axe finds no violation: ${name}, ${String(width)} px wide`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(
        violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((n) => n.target) })),
      ).toEqual([]);
    });
  }
}

for (const [name, url] of views) {
  test(`fits a 360 px screen without sideways scrolling: ${name}`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
