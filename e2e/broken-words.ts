// Words broken across lines: each word (between spaces and dots) of the text of the elements `selector` finds inside
// `scope`, measured; a word broken across lines has more than one box.
import type { Locator } from '@playwright/test';

export function brokenWords(scope: Locator, selector: string): Promise<string[]> {
  return scope.evaluate((root, within) => {
    const found: string[] = [];
    for (const element of root.querySelectorAll(within)) {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const word of (node.textContent ?? '').matchAll(/[^\s.]+/g)) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          if (range.getClientRects().length > 1) found.push(word[0]);
        }
      }
    }
    return found;
  }, selector);
}
