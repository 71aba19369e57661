// A download as a reader takes one: the button pressed, and the file it saves read back.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';

/** Clicks the button named `name`, and gives the file it downloads: its suggested name and text. */
export async function download(page: Page, name: string): Promise<{ file: string; text: string }> {
  const [saved] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name, exact: true }).click(),
  ]);
  return { file: saved.suggestedFilename(), text: await readFile(await saved.path(), 'utf8') };
}
