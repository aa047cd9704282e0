/**
 * Filters in the search page's results, with facet counts: type, industry,
 * channel, ladder stage and country, the same words for tactics and companies.
 */
import type { Page } from 'playwright-core';
import { baseUrl, expect, test as base } from '../support/fixtures';
import { openSearchPage, searchFor } from './search-driver';

/** Each test starts on /search/ with no filter ticked. */
const test = base.extend('search', async ({ page }) => {
  await openSearchPage(page, baseUrl);
  return page;
});
// Tall enough for every result to be in view: Pagefind fills results in only as they scroll into view.
test.override('contextOptions', { viewport: { width: 1280, height: 4000 } });

/** The result types shown, once every result is filled in. */
async function resultTypes(page: Page): Promise<string[]> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('main pagefind-results li.pf-result')].every((item) => item.querySelector('.result-type')),
  );
  return page.locator('main pagefind-results li.pf-result .result-type').allTextContents();
}

/** The filter pane's groups, each value with its count, as shown. */
async function facets(page: Page): Promise<Record<string, Record<string, number>>> {
  await page.locator('pagefind-filter-pane .pf-filter-group').first().waitFor();
  return page.locator('pagefind-filter-pane .pf-filter-group').evaluateAll((groups) =>
    Object.fromEntries(
      groups.map((group) => [
        (group as HTMLElement).dataset.filterName,
        Object.fromEntries(
          [...group.querySelectorAll('label.pf-filter-checkbox:not([data-pf-hidden])')].map((label) => [
            label.querySelector('input')!.value,
            Number(label.querySelector('.pf-filter-checkbox-count')!.textContent),
          ]),
        ),
      ]),
    ),
  );
}

/** Ticks a filter value and waits for the results to be narrowed to its count. */
async function choose(page: Page, group: string, value: string, expected: number) {
  const details = page.locator(`pagefind-filter-pane details[data-filter-name="${group}"]`);
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  await details.locator(`input[value="${value}"]`).check();
  await page.locator('main pagefind-summary', { hasText: new RegExp(`^${expected} results? for`) }).waitFor();
}

// "airline": airlines' names (companies) and the tactics whose problems are about flights.
const BROAD = 'airline';

test('a broad query offers all five filters, in the site’s own words', async ({ search: page }) => {
  await searchFor(page, BROAD);
  const shown = await facets(page);
  expect(Object.keys(shown).sort()).toEqual(['Channel', 'Country', 'Industry', 'Ladder stage', 'Type']);
  expect(Object.keys(shown.Type!).sort()).toEqual(['Company', 'Complaint body', 'Tactic']);
  // One word per channel whichever page offers it: "Phone", never "phone".
  expect(Object.keys(shown.Channel!)).toContain('Phone');
  expect(Object.keys(shown.Channel!)).not.toContain('phone');
  expect(shown.Country).toHaveProperty('United States');
  expect(shown.Industry).toHaveProperty('Airline');
  expect(shown['Ladder stage']).toHaveProperty('Front line');
});

// Every result filled in twice over (about thirty fragments each time): more than a minute on a busy machine.
test('the type counts add up to the results, and choosing one narrows to exactly that many', { timeout: 180_000 }, async ({ search: page }) => {
  const shown = await searchFor(page, BROAD);
  const total = Number(/^(\d+) results/.exec((await page.locator('main pagefind-summary').textContent())!)![1]);
  // The pane redraws its counts as the search settles.
  await expect
    .poll(async () => Object.values((await facets(page)).Type!).reduce((a, b) => a + b, 0), { timeout: 15_000 })
    .toBe(total);
  const { Type } = await facets(page);
  expect(shown.results.length).toBe(total);
  // The shown results are of the counted types, companies and tactics among them.
  const types = new Set(await resultTypes(page));
  expect([...types].every((type) => type in Type!)).toBe(true);
  expect(types).toContain('Company');
  expect(types).toContain('Tactic');
  await choose(page, 'Type', 'Company', Type!.Company!);
  const narrowed = await resultTypes(page);
  expect(narrowed.length).toBe(Type!.Company);
  expect(new Set(narrowed)).toEqual(new Set(['Company']));
  await page.locator('pagefind-filter-pane input[value="Company"]').uncheck();
  await page.locator('main pagefind-summary', { hasText: new RegExp(`^${total} results for`) }).waitFor();
});

test('the card-issuer channel finds the chargeback tactic', async ({ search: page }) => {
  await searchFor(page, 'charge');
  const { Channel } = await facets(page);
  expect(Channel!['Card issuer']).toBe(1);
  await choose(page, 'Channel', 'Card issuer', 1);
  const first = page.locator('main pagefind-results li.pf-result a.pf-result-link').first();
  await expect(first.getAttribute('href')).resolves.toBe('/tactics/threaten-a-chargeback/');
  await page.locator('pagefind-filter-pane input[value="Card issuer"]').uncheck();
});

test('a company sits on every ladder stage where it has a contact to use', async ({ search: page }) => {
  // Expedia: front line, escalation and disputes (the supervisor stage), headquarters.
  await searchFor(page, 'Expedia');
  // The tactics that mention Expedia sit on stages of their own: count the company alone.
  await choose(page, 'Type', 'Company', 1);
  const stages = (await facets(page))['Ladder stage']!;
  expect(Object.keys(stages).sort()).toEqual(['Front line', 'Headquarters', 'Supervisor']);
  await page.locator('pagefind-filter-pane input[value="Company"]').uncheck();
});
