// Finds the system Chromium the browser tests drive, installing Debian's package when it is missing.
// Test tools that download their own browser cannot work on our machines, so we never use one.
// Where to look is decided in one place, tests/support/browser.ts, shared with the tests and the bench.
import { execFileSync } from 'node:child_process';
import { chromiumCandidates, findChromium } from '../tests/support/browser.ts';

const found = findChromium();

if (found) {
  console.log(`Chromium: ${found}`);
} else {
  if (process.getuid?.() !== 0) {
    console.error(`Chromium is not installed (looked for ${chromiumCandidates().join(', ')}). Install it with: sudo apt-get install -y chromium`);
    process.exit(1);
  }
  console.log("Chromium not found: installing Debian's chromium package…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  if (!findChromium()) {
    console.error('apt-get finished but Chromium is still missing.');
    process.exit(1);
  }
}
