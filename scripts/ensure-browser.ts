// Makes sure the browser tests have a Chromium to drive, and says which one in a line: CHROMIUM_PATH, else
// Debian's headless shell (installed with apt-get when it can be), else Debian's full Chromium, else Playwright's own.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { DEBIAN_CHROMIUM, DEBIAN_HEADLESS_SHELL } from './chromium.ts';

function found(path: string, how: string): never {
  console.log(`e2e browser: ${path} (${how})`);
  process.exit(0);
}

/** Installs a Debian package as root, waiting for the package lock rather than failing on it. */
function aptInstall(name: string): boolean {
  const apt = (args: string[]) =>
    spawnSync('apt-get', ['-o', 'DPkg::Lock::Timeout=600', ...args], { stdio: 'inherit' }).status === 0;
  if (apt(['update']) && apt(['install', '-y', name])) return true;
  // An install killed halfway leaves dpkg asking for `dpkg --configure -a` before anything else installs.
  console.log(
    'e2e browser: the install failed; finishing any interrupted install (dpkg --configure -a), retrying',
  );
  spawnSync('dpkg', ['--configure', '-a'], { stdio: 'inherit' });
  return apt(['install', '-y', name]);
}

const fromEnv = process.env.CHROMIUM_PATH;
if (fromEnv) {
  if (existsSync(fromEnv)) found(fromEnv, 'from CHROMIUM_PATH');
  console.error(`e2e browser: CHROMIUM_PATH is ${fromEnv}, but there is no file there: fix or unset it.`);
  process.exit(1);
}
if (existsSync(DEBIAN_HEADLESS_SHELL))
  found(DEBIAN_HEADLESS_SHELL, "Debian's chromium-headless-shell package");

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log(
    "e2e browser: installing Debian's chromium-headless-shell package (apt-get install -y chromium-headless-shell, " +
      'about a minute): browsers cannot be downloaded from Playwright here, and the headless shell starts pages ' +
      'faster than the full browser.',
  );
  if (aptInstall('chromium-headless-shell') && existsSync(DEBIAN_HEADLESS_SHELL))
    found(DEBIAN_HEADLESS_SHELL, 'just installed');
  console.error(
    'e2e browser: installing chromium-headless-shell with apt-get failed (see its output above).',
  );
}
if (existsSync(DEBIAN_CHROMIUM)) found(DEBIAN_CHROMIUM, "Debian's chromium package");

let bundled = '';
try {
  bundled = chromium.executablePath();
} catch {
  // No bundled browser registered for this platform.
}
if (bundled && existsSync(bundled)) found(bundled, "Playwright's own Chromium");

console.error(
  [
    'e2e browser: no Chromium found for the browser tests. Do one of these, then run the tests again:',
    '  - on Debian 12 or later:  sudo apt-get update && sudo apt-get install -y chromium-headless-shell',
    '  - with internet access:  npx playwright install chromium',
    '  - or point at a Chromium or Chrome you have:  export CHROMIUM_PATH=/path/to/chromium',
  ].join('\n'),
);
process.exit(1);
