/**
 * Accessibility on every built page: axe-core with the WCAG 2.2 AA rules, in light
 * and dark mode, at 1280 px and at 320 px wide; and no sideways scrolling at 320 px.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { A11Y_MODES, axeViolations } from '../support/axe';
import { launchBrowser } from '../support/browser';
import { builtPages } from '../support/dist';

const baseUrl = inject('baseUrl');
const pages = builtPages().filter((p) => p.path !== '/404.html');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test.each([...pages.map((p) => p.path), '/no-such-page/'])('%s has no WCAG 2.2 AA violation, light or dark, wide or narrow', async (path) => {
  const found: string[] = [];
  for (const mode of A11Y_MODES) {
    const context = await browser.newContext({ colorScheme: mode.colorScheme, viewport: { width: mode.width, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}${path}`);
    for (const violation of await axeViolations(page)) found.push(`${mode.colorScheme} ${mode.width}px ${violation}`);
    if (mode.width === 320) {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) found.push(`${mode.colorScheme} 320px: the page scrolls sideways by ${overflow}px`);
    }
    await context.close();
  }
  expect(found).toEqual([]);
});
