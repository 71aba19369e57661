// Installs the project's npm packages when they are missing or older than package-lock.json, and says so.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const installed = 'node_modules/.package-lock.json';
const stale = !existsSync(installed) || statSync('package-lock.json').mtimeMs > statSync(installed).mtimeMs;
if (stale) {
  console.log('dependencies: node_modules is missing or older than package-lock.json; running `npm ci`');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(
      'dependencies: `npm ci` failed (see above); check the network to the npm registry and try again',
    );
    process.exit(1);
  }
} else {
  console.log('dependencies: node_modules is up to date');
}
