// A TCP port free on 127.0.0.1 right now, found synchronously (Playwright reads its config synchronously).
import { spawnSync } from 'node:child_process';

const ASK_THE_SYSTEM = `const s = require('node:net').createServer();
s.listen(0, '127.0.0.1', () => { process.stdout.write(String(s.address().port)); s.close(); });`;

/** Asks the operating system for an unused port (listening on port 0) in a short-lived Node process. */
export function freePort(): number {
  const result = spawnSync(process.execPath, ['-e', ASK_THE_SYSTEM], { encoding: 'utf8' });
  const port = Number(result.stdout);
  if (result.status !== 0 || !Number.isInteger(port) || port <= 0)
    throw new Error(`could not find a free port on 127.0.0.1: ${result.stderr || result.stdout}`);
  return port;
}
