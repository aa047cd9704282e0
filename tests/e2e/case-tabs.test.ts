/** Two tabs on /case/ at once, a busy tab, a closed tab, and a case deleted elsewhere: nothing typed is lost. */
import type { BrowserContext, Page } from 'playwright-core';
import { baseUrl, expect, test } from '../support/fixtures';
import { useStrings } from '../../src/i18n/ui';

const { t } = useStrings();

async function tab(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`${baseUrl}/case/`);
  await page.locator('#case-app').waitFor({ state: 'visible' });
  return page;
}

const field = (page: Page, name: string) => page.locator(`#case-f-${name}`);

/** Two tabs on one case: the first keystroke in tab A starts it, and tab B opens it rather than starting a second one. */
async function twoTabs(context: BrowserContext, name: string, value: string): Promise<[Page, Page]> {
  const a = await tab(context);
  const b = await tab(context);
  await field(a, name).fill(value);
  await expect.poll(() => field(b, name).inputValue()).toBe(value);
  return [a, b];
}

/** Waits until every page shows every value. */
async function showAll(pages: Page[], expected: Record<string, string>): Promise<void> {
  for (const page of pages) {
    for (const [name, value] of Object.entries(expected)) await expect.poll(() => field(page, name).inputValue(), { message: name }).toBe(value);
  }
}
/** Every localStorage key of a case: its head, "beyond-no.case.<id>", and its fields, "beyond-no.case.<id>.<field>". */
const caseKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('beyond-no.case.')));
const caseHeads = async (page: Page) => (await caseKeys(page)).filter((key) => !key.slice('beyond-no.case.'.length).includes('.'));

test('two tabs see each other’s edits, and edits made in both are all kept', async ({ newContext }) => {
  const context = await newContext();
  const [a, b] = await twoTabs(context, 'companyName', 'United Airlines');
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
  await showAll([a, b], expected);

  // A log entry added in one tab appears in the other.
  await b.getByRole('button', { name: t('case.log.add') }).click();
  await b.locator('#case-log-entries [data-log-field="who"]').fill('Dana');
  await expect.poll(() => a.locator('#case-log-entries [data-log-field="who"]').inputValue()).toBe('Dana');

  // Closing a tab loses nothing: a new tab has it all, in one case.
  await a.close();
  const c = await tab(context);
  expect(await caseHeads(c)).toHaveLength(1);
  for (const [name, value] of Object.entries(expected)) expect(await field(c, name).inputValue(), name).toBe(value);
});

/**
 * The race behind issue 12's lost "a4", made certain: tab B's event loop is
 * held (a synchronous request the test answers when it chooses) while tab A
 * saves an edit, and B then saves its own edit in that same task, before it
 * can have heard of A's. When a case was stored as one key, B's save put back
 * its old copy of A's field.
 */
test('an edit saved while the other tab is busy survives that tab’s next save', async ({ newContext }) => {
  const context = await newContext();
  const [a, b] = await twoTabs(context, 'companyName', 'United Airlines');
  let held!: () => void;
  const busy = new Promise<void>((resolve) => (held = resolve));
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await b.route('**/__hold', async (route) => {
    held();
    await released;
    await route.fulfill({ body: '' });
  });
  const bTyped = b.evaluate(() => {
    const request = new XMLHttpRequest();
    request.open('GET', '/__hold', false);
    request.send();
    const control = document.getElementById('case-f-stepsTaken') as HTMLTextAreaElement;
    control.value = 'typed in B while busy';
    control.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await busy;
  await field(a, 'evidence').fill('typed in A meanwhile');
  release();
  await bTyped;

  await showAll([a, b, await tab(context)], { companyName: 'United Airlines', evidence: 'typed in A meanwhile', stepsTaken: 'typed in B while busy' });
});

test('a case deleted in one tab is not brought back by the other', async ({ newContext }) => {
  const [a, b] = await twoTabs(await newContext(), 'summary', 'to be deleted');

  await a.getByRole('button', { name: t('case.cases.delete') }).click();
  await expect.poll(() => b.locator('#case-alert').textContent()).toBe(t('case.status.deletedElsewhere'));
  await expect.poll(() => field(b, 'summary').inputValue()).toBe('');
  expect(await caseKeys(b)).toEqual([]);
});

