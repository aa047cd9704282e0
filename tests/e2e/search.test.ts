/**
 * Search through the real Pagefind Component UI on the built site: companies by
 * name and alias, a tactic by a word from its steps, a phone number however it
 * is typed, and what a result shows (type, summary, the contact that matched).
 */
import type { Page } from 'playwright-core';
import { readCollection, type CompanyData } from '../support/content';
import { baseUrl, describe, expect, test as base } from '../support/fixtures';
import { openSearchPage, searchFor } from './search-driver';

/** Each test starts on /search/ with its box ready. */
const test = base.extend('search', async ({ page }) => {
  await openSearchPage(page, baseUrl);
  return page;
});

async function top(page: Page, query: string) {
  const shown = await searchFor(page, query);
  const first = shown.results[0];
  if (!first) throw new Error(`no result for "${query}"`);
  return first;
}

const companies = readCollection<CompanyData>('companies');

describe('finds each company by name, labelled a company, with its summary and key contact', () => {
  test.for(companies.map((c) => [c.data.name, c.id] as const))('%s', async ([name, id], { search }) => {
    const first = await top(search, name);
    expect(first.path).toBe(`/companies/${id}/`);
    expect(first.type).toBe('Company');
    expect(first.summary).toBe(companies.find((c) => c.id === id)!.data.summary);
    // The key contact: a label and a value, "Reservations: (800) 221-1212".
    expect(first.contact).toMatch(/^.+: .+$/);
  });
});

test('finds a company by an alias', async ({ search }) => {
  expect((await top(search, 'Xfinity')).path).toBe('/companies/comcast/');
});

test('finds a tactic by a word from its steps, and labels it a tactic', async ({ search }) => {
  // "wrong amount" is in the chargeback tactic's steps and on no other page.
  const first = await top(search, 'wrong amount');
  expect(first.path).toBe('/tactics/threaten-a-chargeback/');
  expect(first.type).toBe('Tactic');
  expect(first.contact).toBe('');
});

describe('finds the Expedia tier-3 number however it is typed, ranked first', () => {
  test.for(['8665109715', '866-510-9715', '(866) 510-9715', '866 510 9715', '+1 866 510 9715', '1-866-510-9715'])(
    '%s',
    async (query, { search }) => {
      const shown = await searchFor(search, query);
      expect(shown.results[0]?.path).toBe('/companies/expedia/');
      expect(shown.paths[0]).toBe('/companies/expedia/');
    },
  );
});

test('a company found by a number names the contact that matched, not its key contact', async ({ search }) => {
  const shown = await searchFor(search, '866-510-9715');
  const expedia = shown.results.find((r) => r.path === '/companies/expedia/')!;
  expect(expedia.contact).toBe('Matches: Tier 3 customer service, (866) 510-9715 (Unverified)');
  // Back to the key contact once the query is a name again.
  const byName = await searchFor(search, 'Expedia');
  expect(byName.results[0]!.contact).not.toContain('Matches');
  expect(byName.lookup).toEqual([]);
});

test('a number answers with the look-up above the results: a scam number is flagged', async ({ search }) => {
  const shown = await searchFor(search, '888-714-9824');
  expect(shown.lookup).toEqual([{ status: 'scam', company: 'expedia' }]);
  expect(shown.results[0]!.contact).toContain('Known scam');
});

test('the query stays in the address, so a search can be shared', async ({ search }) => {
  await searchFor(search, 'chargeback');
  expect(new URL(search.url()).searchParams.get('q')).toBe('chargeback');
});

test('runs the query from ?q=, as the home page form sends it', async ({ page }) => {
  await openSearchPage(page, baseUrl, 'xfinity');
  await expect(page.locator('main pagefind-input input').inputValue()).resolves.toBe('xfinity');
  const shown = await searchFor(page, 'xfinity');
  expect(shown.results[0]?.path).toBe('/companies/comcast/');
});
