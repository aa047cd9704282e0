/**
 * Every page works under the strict Content Security Policy from public/_headers,
 * which the test server applies: no violation is reported, and search still runs.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from '../support/browser';

const baseUrl = inject('baseUrl');
const dist = process.env.BEYOND_NO_DIST ?? 'dist';
let browser: Browser;

function htmlPages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlPages(path);
    return entry.name === 'index.html' ? [`/${relative(dist, dir)}/`.replace(/\/+/g, '/')] : [];
  });
}
const pages = htmlPages(dist).sort();

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

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

test.each(pages)('%s reports no policy violation', async (path) => {
  const { page, errors } = await openPage(browser);
  const violations = await watchViolations(page);
  await page.goto(`${baseUrl}${path}`);
  await page.waitForLoadState('networkidle');
  expect(await violations()).toEqual([]);
  expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  await page.context().close();
});

test('search opens with Ctrl+K and finds a company under the policy', async () => {
  const { page, errors } = await openPage(browser);
  const violations = await watchViolations(page);
  await page.goto(`${baseUrl}/tactics/`);
  await page.keyboard.press('Control+k');
  const input = page.locator('pagefind-modal input[type="search"]');
  await input.waitFor();
  await input.fill('Comcast');
  await page.locator('pagefind-modal a[href="/companies/comcast/"]').first().waitFor();
  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
  await page.context().close();
});
