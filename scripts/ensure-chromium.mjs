// Finds the system Chromium the browser tests drive, installing Debian's package when it is missing.
// Test tools that download their own browser cannot work on our machines, so we never use one.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
const found = candidates.find((path) => existsSync(path));

if (found) {
  console.log(`Chromium: ${found}`);
} else {
  if (process.getuid?.() !== 0) {
    console.error('Chromium is not installed. Install it with: sudo apt-get install -y chromium');
    process.exit(1);
  }
  console.log("Chromium not found: installing Debian's chromium package…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  if (!existsSync('/usr/bin/chromium')) {
    console.error('apt-get finished but /usr/bin/chromium is still missing.');
    process.exit(1);
  }
}
