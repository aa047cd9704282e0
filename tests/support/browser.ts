/**
 * The one place that finds and launches Chromium: Debian's, never a downloaded
 * browser. Used by the browser tests (tests/support/fixtures.ts), the bench
 * (scripts/bench/) and scripts/ensure-chromium.mjs, so the three cannot look in
 * different places. Plain TypeScript that Node runs as it is (type stripping):
 * the bench and the scripts import it without a build step.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Chromium may be, in order: CHROMIUM_PATH, then Debian's and Ubuntu's names. */
export function chromiumCandidates(): string[] {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => Boolean(p));
}

/** The first candidate that exists, or undefined. */
export function findChromium(): string | undefined {
  return chromiumCandidates().find((p) => existsSync(p));
}

export function chromiumPath(): string {
  const path = findChromium();
  if (!path) throw new Error('No Chromium found: run `node scripts/ensure-chromium.mjs` (npm test does).');
  return path;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}
