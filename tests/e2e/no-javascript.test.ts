/** The A to Z index and every content page read fine with JavaScript disabled. */
import { readCollection, type CompanyData, type TacticData } from '../support/content';
import { expect, test } from '../support/fixtures';

test.override('contextOptions', { javaScriptEnabled: false });

test('the A to Z index links every company under its letter', async ({ page, visit }) => {
  await visit('/companies/');
  for (const company of readCollection<CompanyData>('companies')) {
    const letter = company.data.name.charAt(0).toUpperCase();
    const link = page.locator(`section:has(> h2#letter-${letter}) a[href="/companies/${company.id}/"]`);
    expect(await link.count(), company.id).toBe(1);
    // The letter navigation reaches the section.
    expect(await page.locator(`nav a[href="#letter-${letter}"]`).count()).toBe(1);
  }
});

test('every tactic page shows its title, steps and words to say without JavaScript', async ({ page, visit }) => {
  for (const tactic of readCollection<TacticData>('tactics')) {
    await visit(`/tactics/${tactic.id}/`);
    await expect(page.locator('h1').textContent()).resolves.toBe(tactic.data.title);
    expect(await page.locator('.steps ol > li').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.script__say').first().isVisible()).toBe(true);
  }
});

test('every company page shows its contacts without JavaScript', async ({ page, visit }) => {
  for (const company of readCollection<CompanyData>('companies')) {
    await visit(`/companies/${company.id}/`);
    await expect(page.locator('h1').textContent()).resolves.toBe(company.data.name);
    expect(await page.locator('.contact').count()).toBe(company.data.contacts.length);
    expect(await page.locator('.contact').first().isVisible()).toBe(true);
  }
});

test('the search page says plainly that search needs JavaScript, and links the indexes', async ({ page, visit }) => {
  await visit('/search/');
  const notice = page.locator('main .callout--warn');
  await expect(notice.textContent()).resolves.toContain('Search needs JavaScript');
  expect(await notice.locator('a[href="/companies/"]').count()).toBe(1);
  expect(await notice.locator('a[href="/tactics/"]').count()).toBe(1);
});

test.for([
  ['he', 'rtl'],
  ['nb', 'ltr'],
] as const)('the %s playbook, tactics, A to Z and company pages read fine without JavaScript', async ([lang, dir], { page, visit }) => {
  for (const tactic of readCollection<TacticData>(`translations/${lang}/tactics`)) {
    await visit(`/${lang}/tactics/${tactic.id}/`);
    await expect(page.locator('h1').textContent()).resolves.toBe(tactic.data.title);
    await expect(page.locator('html').getAttribute('dir')).resolves.toBe(dir);
    expect(await page.locator('.steps ol > li').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.script__say').first().isVisible()).toBe(true);
  }
  await visit(`/${lang}/companies/`);
  const companies = readCollection<CompanyData>('companies');
  expect(await page.locator(`main a[href^="/${lang}/companies/"]`).count()).toBeGreaterThanOrEqual(companies.length);
  for (const company of companies.slice(0, 10)) {
    await visit(`/${lang}/companies/${company.id}/`);
    await expect(page.locator('h1').textContent()).resolves.toBe(company.data.name);
    expect(await page.locator('.contact').count()).toBeGreaterThan(0);
  }
});
