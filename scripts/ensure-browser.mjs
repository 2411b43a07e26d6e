// Makes sure Playwright has a Chromium before the e2e step, so `npm test` passes on a
// fresh machine: Playwright's own download first (an ordinary laptop), then Debian's
// package when running as root with apt-get (closed networks such as CI).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { hasBrowser } from './find-chromium.mjs';

function run(command) {
  try {
    execSync(command, { stdio: 'inherit', timeout: 15 * 60_000 });
    return true;
  } catch {
    return false;
  }
}

if (hasBrowser()) process.exit(0);

console.log('No Chromium found for the end-to-end tests; trying to install one.');
if (
  !process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD &&
  run('npx playwright install chromium') &&
  hasBrowser()
) {
  process.exit(0);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  if (
    run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium') &&
    hasBrowser()
  ) {
    process.exit(0);
  }
}
console.error(
  'Could not find or install Chromium for the end-to-end tests.\n' +
    'Install one either way and run `npm test` again:\n' +
    '  npx playwright install chromium        (needs internet access)\n' +
    '  sudo apt-get install chromium          (Debian/Ubuntu)',
);
process.exit(1);
