/**
 * Every page works under the strict Content Security Policy from public/_headers,
 * which the test server applies: no violation is reported, and search still runs.
 */
import type { Page } from 'playwright-core';
import { builtPages } from '../support/dist';
import { baseUrl, expect, test } from '../support/fixtures';

const pages = builtPages()
  .map((p) => p.path)
  .filter((path) => path.endsWith('/'));

/** Collects CSP violations the page itself reports. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    (window as unknown as { __violations: string[] }).__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __violations: string[] }).__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

test('the server delivers the policy with every page', async () => {
  const response = await fetch(`${baseUrl}/`);
  expect(response.headers.get('content-security-policy')).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
});

test('the site has pages to check', () => {
  expect(pages.length).toBeGreaterThan(20);
});

// One tab through every page, as a reader browses: a fresh tab per page only adds start-up time.
// A breach is also logged as a console error, which fails the test too (tests/support/fixtures.ts).
const languageOf = (path: string) => /^\/(he|nb)\//.exec(path)?.[1] ?? 'en';

test.for(['en', 'he', 'nb'])('no %s page reports a policy violation', { timeout: 600_000 }, async (lang, { page, visit }) => {
  const violations = await watchViolations(page);
  const found: string[] = [];
  const own = pages.filter((path) => languageOf(path) === lang);
  expect(own.length).toBeGreaterThan(100);
  for (const path of own) {
    await visit(path);
    await page.waitForLoadState('networkidle');
    found.push(...(await violations()).map((v) => `${path}: ${v}`));
  }
  expect(found).toEqual([]);
});

test('search opens with Ctrl+K and finds a company under the policy', async ({ page, visit }) => {
  const violations = await watchViolations(page);
  await visit('/tactics/');
  await page.keyboard.press('Control+k');
  const input = page.locator('pagefind-modal input[type="search"]');
  await input.waitFor();
  await input.fill('Comcast');
  await page.locator('pagefind-modal a[href="/companies/comcast/"]').first().waitFor();
  expect(await violations()).toEqual([]);
});
