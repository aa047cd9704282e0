/** Two tabs on /case/ at once, a closed tab, and a case deleted elsewhere: nothing typed is lost. */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { useStrings } from '../../src/i18n/ui';

const baseUrl = inject('baseUrl');
const { t } = useStrings();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function tab(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`${baseUrl}/case/`);
  await page.locator('#case-app').waitFor({ state: 'visible' });
  return page;
}

const field = (page: Page, name: string) => page.locator(`#case-f-${name}`);
const stored = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('beyond-no.case.'))
      .map((key) => JSON.parse(localStorage.getItem(key)!).case),
  );

test('two tabs see each other’s edits, and edits made in both are all kept', async () => {
  const context = await browser.newContext();
  const a = await tab(context);
  const b = await tab(context);

  // The first keystroke in tab A starts a case; tab B opens it rather than starting a second one.
  await field(a, 'companyName').fill('United Airlines');
  await expect.poll(() => field(b, 'companyName').inputValue()).toBe('United Airlines');

  await field(a, 'amount').fill('$25.00');
  await expect.poll(() => field(b, 'amount').inputValue()).toBe('$25.00');
  await field(b, 'orderNumber').fill('UA-7QX2K9');
  await expect.poll(() => field(a, 'orderNumber').inputValue()).toBe('UA-7QX2K9');

  // Alternating keystrokes in both tabs, without waiting for either to catch up.
  for (let i = 0; i < 5; i += 1) {
    await field(a, 'evidence').pressSequentially(`a${i}`);
    await field(b, 'stepsTaken').pressSequentially(`b${i}`);
  }
  const expected = { companyName: 'United Airlines', amount: '$25.00', orderNumber: 'UA-7QX2K9', evidence: 'a0a1a2a3a4', stepsTaken: 'b0b1b2b3b4' };
  for (const page of [a, b]) {
    const cases = await stored(page);
    expect(cases).toHaveLength(1);
    expect(cases[0].facts).toMatchObject(expected);
    for (const [name, value] of Object.entries(expected)) await expect.poll(() => field(page, name).inputValue()).toBe(value);
  }

  // A log entry added in one tab appears in the other.
  await b.getByRole('button', { name: t('case.log.add') }).click();
  await b.locator('#case-log-entries [data-log-field="who"]').fill('Dana');
  await expect.poll(() => a.locator('#case-log-entries [data-log-field="who"]').inputValue()).toBe('Dana');

  // Closing a tab loses nothing: a new tab has it all.
  await a.close();
  const c = await tab(context);
  for (const [name, value] of Object.entries(expected)) expect(await field(c, name).inputValue()).toBe(value);
  await context.close();
});

test('a case deleted in one tab is not brought back by the other', async () => {
  const context = await browser.newContext();
  const a = await tab(context);
  const b = await tab(context);
  await field(a, 'summary').fill('to be deleted');
  await expect.poll(() => field(b, 'summary').inputValue()).toBe('to be deleted');

  await a.getByRole('button', { name: t('case.cases.delete') }).click();
  await expect.poll(() => b.locator('#case-alert').textContent()).toBe(t('case.status.deletedElsewhere'));
  await expect.poll(() => field(b, 'summary').inputValue()).toBe('');
  expect(await stored(b)).toEqual([]);
  await context.close();
});
