/** The A to Z index and every content page read fine with JavaScript disabled. */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { readCollection, type CompanyData, type TacticData } from '../support/content';

const baseUrl = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ javaScriptEnabled: false });
});
afterAll(async () => {
  await browser?.close();
});

test('the A to Z index links every company under its letter', async () => {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/companies/`);
  for (const company of readCollection<CompanyData>('companies')) {
    const letter = company.data.name.charAt(0).toUpperCase();
    const link = page.locator(`section:has(> h2#letter-${letter}) a[href="/companies/${company.id}/"]`);
    expect(await link.count(), company.id).toBe(1);
    // The letter navigation reaches the section.
    expect(await page.locator(`nav a[href="#letter-${letter}"]`).count()).toBe(1);
  }
  await page.close();
});

test('every tactic page shows its title, steps and words to say without JavaScript', async () => {
  const page = await context.newPage();
  for (const tactic of readCollection<TacticData>('tactics')) {
    await page.goto(`${baseUrl}/tactics/${tactic.id}/`);
    await expect(page.locator('h1').textContent()).resolves.toBe(tactic.data.title);
    expect(await page.locator('.steps ol > li').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.script__say').first().isVisible()).toBe(true);
  }
  await page.close();
});

test('every company page shows its contacts without JavaScript', async () => {
  const page = await context.newPage();
  for (const company of readCollection<CompanyData>('companies')) {
    await page.goto(`${baseUrl}/companies/${company.id}/`);
    await expect(page.locator('h1').textContent()).resolves.toBe(company.data.name);
    expect(await page.locator('.contact').count()).toBe(company.data.contacts.length);
    expect(await page.locator('.contact').first().isVisible()).toBe(true);
  }
  await page.close();
});

test('the search page says plainly that search needs JavaScript, and links the indexes', async () => {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/search/`);
  const notice = page.locator('main .callout--warn');
  await expect(notice.textContent()).resolves.toContain('Search needs JavaScript');
  expect(await notice.locator('a[href="/companies/"]').count()).toBe(1);
  expect(await notice.locator('a[href="/tactics/"]').count()).toBe(1);
  await page.close();
});
