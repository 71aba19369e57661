// Makes sure the browser tests have a Chromium to drive, and says which one in a line (installing Debian's if it can).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { DEBIAN_CHROMIUM as DEBIAN } from './chromium.ts';

function found(path: string, how: string): never {
  console.log(`e2e browser: ${path} (${how})`);
  process.exit(0);
}

const fromEnv = process.env.CHROMIUM_PATH;
if (fromEnv) {
  if (existsSync(fromEnv)) found(fromEnv, 'from CHROMIUM_PATH');
  console.error(`e2e browser: CHROMIUM_PATH is ${fromEnv}, but there is no file there: fix or unset it.`);
  process.exit(1);
}
if (existsSync(DEBIAN)) found(DEBIAN, "Debian's chromium package");

let bundled = '';
try {
  bundled = chromium.executablePath();
} catch {
  // No bundled browser registered for this platform.
}
if (bundled && existsSync(bundled)) found(bundled, "Playwright's own Chromium");

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log(
    "e2e browser: no Chromium found; installing Debian's chromium package (apt-get install -y chromium, about a minute), " +
      'because browsers cannot be downloaded from Playwright here.',
  );
  const run = (args: string[]) => spawnSync('apt-get', args, { stdio: 'inherit' }).status === 0;
  if (run(['update']) && run(['install', '-y', 'chromium']) && existsSync(DEBIAN))
    found(DEBIAN, 'just installed');
  console.error('e2e browser: installing chromium with apt-get failed (see its output above).');
  process.exit(1);
}

console.error(
  [
    'e2e browser: no Chromium found for the browser tests. Do one of these, then run the tests again:',
    '  - on Debian or Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
    '  - with internet access: npx playwright install chromium',
    '  - or point at a Chromium or Chrome you have:  export CHROMIUM_PATH=/path/to/chromium',
  ].join('\n'),
);
process.exit(1);
