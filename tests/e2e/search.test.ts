/**
 * Search through the real Pagefind Component UI on the built site: companies by
 * name, a tactic by a word from its steps, and a phone number however it is typed.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from '../support/browser';
import { readCollection, type CompanyData } from '../support/content';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page, errors } = await openPage(browser));
  await page.goto(`${baseUrl}/search/`);
  await page.locator('main pagefind-input input').waitFor();
});
afterAll(async () => {
  await browser?.close();
});

/** Types a query into the search page and returns the top result once it is for this query. */
async function search(query: string): Promise<{ href: string; type: string; summary: string }> {
  const input = page.locator('main pagefind-input input');
  await input.fill(query);
  await page.locator('main pagefind-summary', { hasText: `for ${query}` }).waitFor();
  const first = page.locator('main pagefind-results li.pf-result').first();
  await first.locator('a.pf-result-link').waitFor();
  return first.evaluate((item) => ({
    href: new URL(item.querySelector('a.pf-result-link')!.getAttribute('href')!, location.href).pathname,
    type: item.querySelector('.pf-result-type')?.textContent?.trim() ?? '',
    summary: item.querySelector('.pf-result-summary')?.textContent?.trim() ?? '',
  }));
}

const companies = readCollection<CompanyData>('companies');

describe('finds each company by name', () => {
  test.each(companies.map((c) => [c.data.name, c.id] as const))('%s', async (name, id) => {
    const top = await search(name);
    expect(top.href).toBe(`/companies/${id}/`);
    expect(top.type).toBe('Company');
    expect(top.summary).toBe(companies.find((c) => c.id === id)!.data.summary);
  });
});

test('finds a company by an alias', async () => {
  const top = await search('Xfinity');
  expect(top.href).toBe('/companies/comcast/');
});

test('finds a tactic by a word from its steps, and labels it a tactic', async () => {
  // "billing-inquiries address" appears only in the chargeback tactic's steps.
  const top = await search('billing inquiries');
  expect(top.href).toBe('/tactics/threaten-a-chargeback/');
  expect(top.type).toBe('Tactic');
});

describe('finds the Expedia tier-3 number however it is typed, ranked first', () => {
  test.each(['8665109715', '866-510-9715', '(866) 510-9715', '866 510 9715', '+1 866 510 9715', '1-866-510-9715'])(
    '%s',
    async (query) => {
      const top = await search(query);
      expect(top.href).toBe('/companies/expedia/');
    },
  );
});

test('logs no console error while searching', () => {
  expect(errors).toEqual([]);
});
