/**
 * Accessibility of search in the states a page audit never sees: the open
 * dialog with results and a scam warning, the search page with results and
 * filters, and the look-up with each kind of answer. axe-core, WCAG 2.2 AA,
 * light and dark, wide and narrow.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { A11Y_MODES, axeViolations } from '../support/axe';
import { launchBrowser } from '../support/browser';
import { openSearchPage, searchFor } from './search-driver';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Brings a page to a state in each mode and collects axe's violations there. */
async function audit(prepare: (page: Page) => Promise<void>, include?: string): Promise<string[]> {
  const found: string[] = [];
  for (const mode of A11Y_MODES) {
    const context = await browser.newContext({ colorScheme: mode.colorScheme, viewport: { width: mode.width, height: 800 } });
    const page = await context.newPage();
    await prepare(page);
    for (const violation of await axeViolations(page, include)) found.push(`${mode.colorScheme} ${mode.width}px ${violation}`);
    await context.close();
  }
  return found;
}

test('the open dialog, with results and a scam warning', async () => {
  const found = await audit(async (page) => {
    await page.goto(`${baseUrl}/tactics/stay-calm/`);
    await page.keyboard.press('Control+k');
    await page.locator('pagefind-modal dialog[open]').waitFor();
    await searchFor(page, '888-714-9824', 'pagefind-modal');
  }, 'pagefind-modal');
  expect(found).toEqual([]);
});

test('the search page, with results, the look-up answer and the filters open', async () => {
  const found = await audit(async (page) => {
    await openSearchPage(page, baseUrl);
    await searchFor(page, '425-679-7200');
    await searchFor(page, 'refund');
    const filters = page.locator('details[data-search-filters]');
    if ((await filters.getAttribute('open')) === null) await filters.locator('> summary').click();
    for (const summary of await page.locator('pagefind-filter-pane summary').all()) await summary.click();
  });
  expect(found).toEqual([]);
});

test('the look-up page with each kind of answer', async () => {
  for (const number of ['1-800-JENNAIR', '866-510-9715', '425-679-7200', '888-714-9824', '555-010-4477', '510-97']) {
    const found = await audit(async (page) => {
      await page.goto(`${baseUrl}/lookup/?number=${encodeURIComponent(number)}`);
      await page.locator('[data-lookup-answer] > *').first().waitFor();
    });
    expect(found, number).toEqual([]);
  }
}, 120_000);
