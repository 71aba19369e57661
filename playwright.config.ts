// Browser tests: the seeds app on :4391 and a hostile corpus on :4392, driven by whichever Chromium is installed.
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.ts';

const SEEDS = 'http://127.0.0.1:4391';
const HOSTILE = 'http://127.0.0.1:4392';
const reuseExistingServer = !process.env.CI;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [
    { name: 'seeds', testIgnore: /hostile\.spec\.ts/, use: { baseURL: SEEDS } },
    { name: 'hostile', testMatch: /hostile\.spec\.ts/, use: { baseURL: HOSTILE } },
  ],
  webServer: [
    {
      // dist/ is built by `npm test` (or `npx vite build`) before the browser tests run.
      command: 'npx vite preview --host 127.0.0.1 --port 4391 --strictPort',
      url: SEEDS,
      reuseExistingServer,
    },
    {
      command:
        'npx vite build --outDir dist-hostile --emptyOutDir && ' +
        'npx vite preview --host 127.0.0.1 --outDir dist-hostile --port 4392 --strictPort',
      env: { SEEDS_DIR: 'e2e/fixtures/hostile' },
      url: HOSTILE,
      reuseExistingServer,
      timeout: 120_000,
    },
  ],
});
