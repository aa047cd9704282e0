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

// One page for every name: the search loads once, as it does for a reader who searches again.
test('finds each company by name, labelled a company, with its summary and key contact', async ({ search }) => {
  const misses: string[] = [];
  for (const { id, data } of companies) {
    const first = (await searchFor(search, data.name)).results[0];
    const got = first && { path: first.path, type: first.type, summary: first.summary, contact: /^.+: .+$/.test(first.contact) };
    const want = { path: `/companies/${id}/`, type: 'Company', summary: data.summary, contact: true };
    // The key contact: a label and a value, "Reservations: (800) 221-1212".
    if (JSON.stringify(got) !== JSON.stringify(want)) misses.push(`${data.name}: ${JSON.stringify(got)}`);
  }
  expect(misses).toEqual([]);
}, 300_000);

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

test('an Israeli short code answers with the look-up, as dialled', async ({ search }) => {
  const shown = await searchFor(search, '*053');
  expect(shown.lookup.map((answer) => answer.company)).toEqual(['hot-mobile']);
  expect(shown.results[0]?.path).toBe('/companies/hot-mobile/');
});

test('the query stays in the address, so a search can be shared', async ({ search }) => {
  await searchFor(search, 'chargeback');
  expect(new URL(search.url()).searchParams.get('q')).toBe('chargeback');
});

describe('no dead ends', () => {
  const notice = (page: Page) => page.locator('main [data-search-notice]');
  const empty = (page: Page) => page.locator('main [data-search-empty]');

  test('a question with a word no page uses still finds the pages with the others, and says so', async ({ search }) => {
    const shown = await searchFor(search, 'is it fair to wait three weeks for a callback');
    expect(shown.results.length).toBeGreaterThan(0);
    await expect(notice(search).isVisible()).resolves.toBe(true);
    await expect(notice(search).textContent()).resolves.toContain('match some of them');
    await expect(empty(search).isVisible()).resolves.toBe(false);
  });

  test('a reader’s word the pages do not use finds the page by the site’s word', async ({ search }) => {
    // "ceo" is in the vocabulary for the executive rung: content/vocabulary/en.yaml.
    const shown = await searchFor(search, 'ceo email');
    expect(shown.paths[0]).toBe('/tactics/executive-customer-service/');
  });

  test('a misspelt company name finds the company and asks "did you mean"', async ({ search }) => {
    const shown = await searchFor(search, 'comcsat');
    expect(shown.paths[0]).toBe('/companies/comcast/');
    await expect(notice(search).textContent()).resolves.toBe('Did you mean Comcast?');
    await expect(notice(search).locator('a').getAttribute('href')).resolves.toBe('/companies/comcast/');
  });

  test('a number inside a sentence gets the look-up’s answer, and the company first', async ({ search }) => {
    const shown = await searchFor(search, 'got a call from 888 714 9824 is that really expedia?');
    expect(shown.lookup).toEqual([{ status: 'scam', company: 'expedia' }]);
    expect(shown.results[0]?.path).toBe('/companies/expedia/');
  });

  test('a company named with a problem: the company first, a tactic second', async ({ search }) => {
    const shown = await searchFor(search, 'verizon won’t unlock my phone');
    expect(shown.results.slice(0, 2).map((r) => r.type)).toEqual(['Company', 'Tactic']);
    expect(shown.results[0]!.path).toBe('/companies/verizon/');
    await expect(notice(search).isVisible()).resolves.toBe(false);
  });

  test('"nothing found" only when no word matches, with the indexes and the closest names', async ({ search }) => {
    const shown = await searchFor(search, 'qxzzv verizzzon');
    expect(shown.results).toEqual([]);
    await expect(empty(search).isVisible()).resolves.toBe(true);
    await expect(empty(search).textContent()).resolves.toContain('Nothing found for “qxzzv verizzzon”');
    await expect(empty(search).locator('a[href="/tactics/"]').count()).resolves.toBe(1);
    await expect(empty(search).locator('a[href="/companies/"]').count()).resolves.toBe(1);
    await expect(empty(search).locator('[data-search-closest] a').first().getAttribute('href')).resolves.toBe('/companies/verizon/');
  });
});

test('runs the query from ?q=, as the home page form sends it', async ({ page }) => {
  await openSearchPage(page, baseUrl, 'xfinity');
  await expect(page.locator('main pagefind-input input').inputValue()).resolves.toBe('xfinity');
  const shown = await searchFor(page, 'xfinity');
  expect(shown.results[0]?.path).toBe('/companies/comcast/');
});
