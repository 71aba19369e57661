// Which Chromium the browser tests and the benchmark drive, and the flags it needs on a closed network.
import { existsSync } from 'node:fs';

/**
 * Debian's headless shell: the same build of Chromium without its desktop shell, and what Playwright itself runs
 * for headless tests. Each test's page starts in about a third of the time the full browser takes here.
 */
export const DEBIAN_HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** CHROMIUM_PATH, else a Debian Chromium (the headless shell first), else `undefined` (Playwright's own browser). */
export function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  return [DEBIAN_HEADLESS_SHELL, DEBIAN_CHROMIUM].find((path) => existsSync(path));
}

/** Launch options for Playwright: without these flags Chromium reaches for Google services this network refuses. */
export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
  const executablePath = chromiumPath();
  return {
    ...(executablePath === undefined ? {} : { executablePath }),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  };
}
