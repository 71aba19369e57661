// "Hide identical passages" at work: the seeds have no aligned pair worded alike, the 1,000 news-like articles
// (bench/news-corpus.ts, seed 1) have copies. A pair of articles sharing sentences word for word is compared: those
// sentences give way to a numbered stub and are counted, while the passages that differ stay, and `n` goes to one.
import { expect, test, type Page } from '@playwright/test';
import type { Article } from '../src/corpus/types.ts';
import { builtCorpus, squash } from './corpus.ts';

const corpus = builtCorpus('dist-scale');

/** An article's story sentences (not its headline), as written. */
const sentencesOf = (article: Article) =>
  article.sentences
    .filter((s) => article.paragraphs[s.paragraph]?.kind === 'paragraph')
    .map((s) => article.text.slice(s.start, s.end));

/** The first two articles, in the corpus's order, that share at least three long sentences word for word. */
function copies(): { x: Article; y: Article; shared: string } {
  const articles = corpus().articles;
  for (const [i, x] of articles.entries()) {
    const own = new Set(sentencesOf(x).filter((s) => s.length >= 60));
    for (const y of articles.slice(i + 1)) {
      const shared = sentencesOf(y).filter((s) => own.has(s));
      if (shared.length >= 3 && shared[0]) return { x, y, shared: shared[0] };
    }
  }
  throw new Error('the scale corpus has no two articles sharing sentences');
}

/** The compare column of one side: its region is named for its title, which a copy may share with the other. */
const column = (page: Page, article: Article, side: 'a' | 'b') => {
  const regions = page.getByRole('region', { name: squash(article.title), exact: true });
  return side === 'a' ? regions.first() : regions.last();
};

test('hiding identical passages leaves a numbered stub for each and keeps the ones that differ', async ({
  page,
}) => {
  const { x, y, shared } = copies();
  await page.goto(`/#/compare?a=${x.id}&b=${y.id}`);
  const toggle = page.getByRole('checkbox', { name: 'Hide identical passages' });
  const [first, second] = [column(page, x, 'a'), column(page, y, 'b')];
  const sharedPassage = (side: Page | typeof first) => side.locator('.linked', { hasText: squash(shared) });
  await expect(sharedPassage(first)).toHaveCount(1);
  await expect(sharedPassage(second)).toHaveCount(1);
  // Alike, so nothing in it is marked.
  await expect(sharedPassage(first).getByRole('deletion')).toHaveCount(0);
  await expect(toggle).toHaveAccessibleDescription(/^[1-9][\d,]* of [\d,]+ identical$/);
  await expect(first.locator('.linked').first()).toBeVisible();
  const before = await first.locator('.linked').count();

  await toggle.check();
  await expect(toggle).toHaveAccessibleDescription(/^[1-9][\d,]* of [\d,]+ hidden$/);
  await expect(sharedPassage(first)).toHaveCount(0);
  await expect(sharedPassage(second)).toHaveCount(0);
  await expect(first.getByText('same in both').first()).toBeVisible();
  const after = await first.locator('.linked').count();
  expect(after).toBeLessThan(before);

  // What is left differs: n goes to a passage with words struck, or with words underlined.
  await page.keyboard.press('n');
  const focused = page.locator('.linked:focus');
  await expect(focused).toHaveCount(1);
  await expect(focused.getByRole('deletion').or(focused.getByRole('insertion')).first()).toBeVisible();
});
