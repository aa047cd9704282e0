/**
 * Accessibility of search in the states a page audit never sees: the open
 * dialog with results and a scam warning, the search page with results and
 * filters, and the look-up with each kind of answer. axe-core, WCAG 2.2 AA,
 * light and dark, wide and narrow: one test per state and mode, so each test
 * is one page brought to one state and audited once (a look-up answer on its own).
 */
import { A11Y_MODES, axeViolations, modeContext } from '../support/axe';
import { baseUrl, describe, expect, test } from '../support/fixtures';
import { openSearchPage, searchFor } from './search-driver';

/** A number of each kind of answer: vanity, unverified, superseded, scam, unknown, too short. */
const LOOKUPS = ['1-800-JENNAIR', '866-510-9715', '425-679-7200', '888-714-9824', '555-010-4477', '510-97'];

describe.for(A11Y_MODES)('$colorScheme, $width px wide', (mode) => {
  test.override('contextOptions', modeContext(mode));

  test('the open dialog, with results and a scam warning', async ({ visit }) => {
    const page = await visit('/tactics/stay-calm/');
    await page.keyboard.press('Control+k');
    await page.locator('pagefind-modal dialog[open]').waitFor();
    await searchFor(page, '888-714-9824', 'pagefind-modal');
    expect(await axeViolations(page, 'pagefind-modal')).toEqual([]);
  });

  test('the search page, with results, the look-up answer and the filters open', async ({ page }) => {
    await openSearchPage(page, baseUrl);
    await searchFor(page, '425-679-7200');
    await searchFor(page, 'refund');
    const filters = page.locator('details[data-search-filters]');
    if ((await filters.getAttribute('open')) === null) await filters.locator('> summary').click();
    for (const summary of await page.locator('pagefind-filter-pane summary').all()) await summary.click();
    expect(await axeViolations(page)).toEqual([]);
  });

  test.for(LOOKUPS)('the look-up page answering %s', async (number, { visit }) => {
    const page = await visit(`/lookup/?number=${encodeURIComponent(number)}`);
    // The form is marked ready once the script has answered the number from the address.
    await page.locator('form[data-lookup-form][data-ready]').waitFor();
    expect(await page.locator('[data-lookup-answer] > *').count()).toBeGreaterThan(0);
    // The answer is what changes; the rest of the page (and its table of every number) is audited in
    // each mode by a11y.test.ts, and auditing it again for each answer only slows a busy machine.
    expect(await axeViolations(page, '[data-lookup-answer]')).toEqual([]);
  });
});
