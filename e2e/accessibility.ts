// Shared accessibility checks for the specs: axe over each view in both colour schemes at a desktop and a phone
// width, and no sideways scrolling on a 360 px screen.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** A view to check: its name, its URL, and what must be on screen (or done) before it is checked. */
export type CheckedView = [name: string, url: string, ready: (page: Page) => Promise<void>];

/** axe's violations on the page as it is, reduced to what a failure message needs. */
export async function violations(page: Page) {
  const { violations: found } = await new AxeBuilder({ page }).analyze();
  return found.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((n) => n.target) }));
}

/** One test per view, colour scheme and width: axe finds no violation. */
export function axeEveryView(views: readonly CheckedView[]): void {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [1280, 390]) {
      for (const [name, url, ready] of views) {
        test(`axe finds no violation: ${name}, ${String(width)} px, ${colorScheme}`, async ({ page }) => {
          await page.emulateMedia({ colorScheme });
          await page.setViewportSize({ width, height: 900 });
          await page.goto(url);
          await ready(page);
          expect(await violations(page)).toEqual([]);
        });
      }
    }
  }
}

/** One test per view: the page fits a 360 px screen without scrolling sideways. */
export function fitsPhoneEveryView(views: readonly CheckedView[]): void {
  for (const [name, url, ready] of views) {
    test(`fits a 360 px screen without sideways scrolling: ${name}`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 800 });
      await page.goto(url);
      await ready(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
}
