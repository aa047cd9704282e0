/**
 * Accessibility on every built page: axe-core with the WCAG 2.2 AA rules, in light
 * and dark mode, at 1280 px and at 320 px wide; and no sideways scrolling at 320 px.
 */
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { builtPages } from '../support/dist';

const baseUrl = inject('baseUrl');
const pages = builtPages().filter((p) => p.path !== '/404.html');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const modes = [
  { colorScheme: 'light', width: 1280 },
  { colorScheme: 'dark', width: 1280 },
  { colorScheme: 'light', width: 320 },
  { colorScheme: 'dark', width: 320 },
] as const;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test.each([...pages.map((p) => p.path), '/no-such-page/'])('%s has no WCAG 2.2 AA violation, light or dark, wide or narrow', async (path) => {
  const found: string[] = [];
  for (const mode of modes) {
    const context = await browser.newContext({ colorScheme: mode.colorScheme, viewport: { width: mode.width, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}${path}`);
    const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
    for (const violation of results.violations) {
      found.push(`${mode.colorScheme} ${mode.width}px ${violation.id}: ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }
    if (mode.width === 320) {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) found.push(`${mode.colorScheme} 320px: the page scrolls sideways by ${overflow}px`);
    }
    await context.close();
  }
  expect(found).toEqual([]);
});
