/**
 * Search through the real Pagefind Component UI on the built site: companies by
 * name and alias, a tactic by a word from its steps, a phone number however it
 * is typed, and what a result shows (type, summary, the contact that matched).
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from '../support/browser';
import { readCollection, type CompanyData } from '../support/content';
import { openSearchPage, searchFor } from './search-driver';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page, errors } = await openPage(browser));
  await openSearchPage(page, baseUrl);
});
afterAll(async () => {
  await browser?.close();
});

async function top(query: string) {
  const shown = await searchFor(page, query);
  const first = shown.results[0];
  if (!first) throw new Error(`no result for "${query}"`);
  return first;
}

const companies = readCollection<CompanyData>('companies');

describe('finds each company by name, labelled a company, with its summary and key contact', () => {
  test.each(companies.map((c) => [c.data.name, c.id] as const))('%s', async (name, id) => {
    const first = await top(name);
    expect(first.path).toBe(`/companies/${id}/`);
    expect(first.type).toBe('Company');
    expect(first.summary).toBe(companies.find((c) => c.id === id)!.data.summary);
    // The key contact: a label and a value, "Reservations: (800) 221-1212".
    expect(first.contact).toMatch(/^.+: .+$/);
  });
});

test('finds a company by an alias', async () => {
  expect((await top('Xfinity')).path).toBe('/companies/comcast/');
});

test('finds a tactic by a word from its steps, and labels it a tactic', async () => {
  // "billing-inquiries address" appears only in the chargeback tactic's steps.
  const first = await top('billing inquiries');
  expect(first.path).toBe('/tactics/threaten-a-chargeback/');
  expect(first.type).toBe('Tactic');
  expect(first.contact).toBe('');
});

describe('finds the Expedia tier-3 number however it is typed, ranked first', () => {
  test.each(['8665109715', '866-510-9715', '(866) 510-9715', '866 510 9715', '+1 866 510 9715', '1-866-510-9715'])(
    '%s',
    async (query) => {
      const shown = await searchFor(page, query);
      expect(shown.results[0]?.path).toBe('/companies/expedia/');
      expect(shown.paths[0]).toBe('/companies/expedia/');
    },
  );
});

test('a company found by a number names the contact that matched, not its key contact', async () => {
  const shown = await searchFor(page, '866-510-9715');
  const expedia = shown.results.find((r) => r.path === '/companies/expedia/')!;
  expect(expedia.contact).toBe('Matches: Tier 3 customer service, (866) 510-9715 (Unverified)');
  // Back to the key contact once the query is a name again.
  const byName = await searchFor(page, 'Expedia');
  expect(byName.results[0]!.contact).not.toContain('Matches');
  expect(byName.lookup).toEqual([]);
});

test('a number answers with the look-up above the results: a scam number is flagged', async () => {
  const shown = await searchFor(page, '888-714-9824');
  expect(shown.lookup).toEqual([{ status: 'scam', company: 'expedia' }]);
  expect(shown.results[0]!.contact).toContain('Known scam');
});

describe('no dead ends (issue 11)', () => {
  const notice = () => page.locator('main [data-search-notice]');
  const empty = () => page.locator('main [data-search-empty]');

  test('a question with a word no page uses still finds the pages with the others, and says so', async () => {
    const shown = await searchFor(page, 'is it fair to wait three weeks for a callback');
    expect(shown.results.length).toBeGreaterThan(0);
    await expect(notice().isVisible()).resolves.toBe(true);
    await expect(notice().textContent()).resolves.toContain('match some of them');
    await expect(empty().isVisible()).resolves.toBe(false);
  });

  test('a reader’s word the pages do not use finds the page by the site’s word', async () => {
    // "ceo" is in the vocabulary for the executive rung: content/vocabulary/en.yaml.
    const shown = await searchFor(page, 'ceo email');
    expect(shown.paths[0]).toBe('/tactics/executive-customer-service/');
  });

  test('a misspelt company name finds the company and asks "did you mean"', async () => {
    const shown = await searchFor(page, 'comcsat');
    expect(shown.paths[0]).toBe('/companies/comcast/');
    await expect(notice().textContent()).resolves.toBe('Did you mean Comcast?');
    await expect(notice().locator('a').getAttribute('href')).resolves.toBe('/companies/comcast/');
  });

  test('a number inside a sentence gets the look-up’s answer, and the company first', async () => {
    const shown = await searchFor(page, 'got a call from 888 714 9824 is that really expedia?');
    expect(shown.lookup).toEqual([{ status: 'scam', company: 'expedia' }]);
    expect(shown.results[0]?.path).toBe('/companies/expedia/');
  });

  test('a company named with a problem: the company first, a tactic second', async () => {
    const shown = await searchFor(page, 'verizon won’t unlock my phone');
    expect(shown.results.slice(0, 2).map((r) => r.type)).toEqual(['Company', 'Tactic']);
    expect(shown.results[0]!.path).toBe('/companies/verizon/');
    await expect(notice().isVisible()).resolves.toBe(false);
  });

  test('"nothing found" only when no word matches, with the indexes and the closest names', async () => {
    const shown = await searchFor(page, 'qxzzv verizzzon');
    expect(shown.results).toEqual([]);
    await expect(empty().isVisible()).resolves.toBe(true);
    await expect(empty().textContent()).resolves.toContain('Nothing found for “qxzzv verizzzon”');
    await expect(empty().locator('a[href="/tactics/"]').count()).resolves.toBe(1);
    await expect(empty().locator('a[href="/companies/"]').count()).resolves.toBe(1);
    await expect(empty().locator('[data-search-closest] a').first().getAttribute('href')).resolves.toBe('/companies/verizon/');
  });
});

test('the query stays in the address, so a search can be shared', async () => {
  await searchFor(page, 'chargeback');
  expect(new URL(page.url()).searchParams.get('q')).toBe('chargeback');
});

test('runs the query from ?q=, as the home page form sends it', async () => {
  const { page: fresh, errors: freshErrors } = await openPage(browser);
  await openSearchPage(fresh, baseUrl, 'xfinity');
  await expect(fresh.locator('main pagefind-input input').inputValue()).resolves.toBe('xfinity');
  const shown = await searchFor(fresh, 'xfinity');
  expect(shown.results[0]?.path).toBe('/companies/comcast/');
  await fresh.context().close();
  expect(freshErrors).toEqual([]);
});

test('logs no console error while searching', () => {
  expect(errors).toEqual([]);
});
