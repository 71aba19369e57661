// Shared accessibility checks for the specs: for each view, axe in both colour schemes at a desktop and a phone
// width, and no sideways scrolling on a 360 px screen, in one test and three page loads (one per width; the colour
// scheme switches without a reload).
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/**
 * A view to check: its name, its URL (or a function giving it, called inside the test, for URLs that need the
 * built corpus), and what must be on screen (or done) before it is checked.
 */
export type CheckedView = [name: string, url: string | (() => string), ready: (page: Page) => Promise<void>];

/** axe's violations on the page as it is, reduced to what a failure message needs. */
export async function violations(page: Page) {
  const { violations: found } = await new AxeBuilder({ page }).analyze();
  return found.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((n) => n.target) }));
}

const WIDTHS = [1280, 390] as const;
const SCHEMES = ['light', 'dark'] as const;

/** A fresh load of the view at a width: about:blank first, since going to the same hash URL would not reload. */
async function load(page: Page, url: CheckedView[1], ready: CheckedView[2], width: number) {
  await page.setViewportSize({ width, height: 900 });
  await page.goto('about:blank');
  await page.goto(typeof url === 'string' ? url : url());
  await ready(page);
}

/** One test per view: axe finds no violation at either width in either scheme, and it fits a 360 px screen. */
export function checkEveryView(views: readonly CheckedView[]): void {
  for (const [name, url, ready] of views) {
    test(`accessible at two widths in both colour schemes, and fits 360 px: ${name}`, async ({ page }) => {
      const found: Record<string, unknown[]> = {};
      for (const width of WIDTHS) {
        await page.emulateMedia({ colorScheme: 'light' });
        await load(page, url, ready, width);
        for (const colorScheme of SCHEMES) {
          await page.emulateMedia({ colorScheme });
          const seen = await violations(page);
          if (seen.length > 0) found[`${String(width)} px, ${colorScheme}`] = seen;
        }
      }
      expect(found, 'axe violations, by width and colour scheme').toEqual({});
      await load(page, url, ready, 360);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'sideways scrolling at 360 px').toBeLessThanOrEqual(0);
    });
  }
}
