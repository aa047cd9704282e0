/**
 * The case builder in Chromium: a case filled through the form gives texts
 * holding its facts, a reminder a real iCalendar parser reads, an export that
 * imports back exactly, refusals that change nothing, and no request anywhere
 * but the site itself.
 */
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { readCollection } from '../support/content';
import { PageErrors, baseUrl, describe, expect, test as base } from '../support/fixtures';
import { useStrings } from '../../src/i18n/ui';
import { FACT_FIELDS, type CaseRecord, type FactField, type LogEntry } from '../../src/lib/case/model';
import { filledCase } from '../unit/case/fixtures';

const { t } = useStrings();
/** Every date on the page is computed from this moment (the clock is fixed in each page). */
const NOW = new Date('2024-03-01T10:00:00');
const sample = filledCase();

/** Opens /case/ in a page with the clock fixed, and returns every URL the page then requests. */
async function openCasePage(page: Page): Promise<string[]> {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('dialog', (dialog) => void dialog.accept());
  // The test server sends the site's Content Security Policy: any breach of it is logged as an error too.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  await page.clock.setFixedTime(NOW);
  await page.goto(`${baseUrl}/case/`);
  await page.locator('#case-app').waitFor({ state: 'visible' });
  return requests;
}

interface Filled {
  page: Page;
  errors: PageErrors;
  requests: string[];
}

const test = base
  /**
   * One case filled in through the form, shared by the tests that only read
   * what it produces: filling thirty fields once rather than once per test.
   * Its context is closed when the file ends, whatever happened.
   */
  .extend('filled', { scope: 'file' }, async ({ browser }, { onCleanup }) => {
    const context = await browser.newContext({ acceptDownloads: true });
    onCleanup(() => context.close());
    const page = await context.newPage();
    const errors = new PageErrors();
    errors.watch(page);
    const requests = await openCasePage(page);
    await fillSample(page);
    return { page, errors, requests } satisfies Filled;
  });
test.override('contextOptions', { acceptDownloads: true });

/**
 * Fills every fact through its label, as a person would. A fact several letters
 * need (the card issuer) has a copy in each; the first, in the page's own
 * country's letters, is filled, and the copies follow it.
 */
async function fillFacts(page: Page, facts: Record<FactField, string>): Promise<void> {
  for (const field of FACT_FIELDS) {
    await page.getByLabel(t(`case.field.${field}`), { exact: true }).first().fill(facts[field]);
  }
}

async function addLogEntry(page: Page, entry: LogEntry): Promise<void> {
  await page.getByRole('button', { name: t('case.log.add') }).click();
  const fieldset = page.locator('#case-log-entries > fieldset').last();
  await fieldset.getByLabel(t('case.log.date'), { exact: true }).fill(entry.date);
  await fieldset.getByLabel(t('case.log.channel')).selectOption(entry.channel);
  await fieldset.getByLabel(t('case.log.stage')).selectOption(entry.stage);
  await fieldset.getByLabel(t('case.log.who')).fill(entry.who);
  await fieldset.getByLabel(t('case.log.reference')).fill(entry.reference);
  await fieldset.getByLabel(t('case.log.promised'), { exact: true }).fill(entry.promised);
  await fieldset.getByLabel(t('case.log.promisedBy')).fill(entry.promisedBy);
  if (entry.promisedTime) await fieldset.getByLabel(t('case.log.promisedTime')).fill(entry.promisedTime);
}

async function fillSample(page: Page): Promise<void> {
  await page.getByLabel(t('case.cases.name')).fill(sample.name);
  await fillFacts(page, sample.facts);
  for (const entry of sample.log) await addLogEntry(page, entry);
}

const text = (page: Page, id: string) => page.locator(`#case-text-${id}`).textContent().then((value) => value ?? '');

/** Every stored case key and value, to prove a refused import changed nothing. */
const storageSnapshot = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).sort().map((key) => [key, localStorage.getItem(key)])));

async function exportCase(page: Page): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t('case.cases.export') }).click()]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}

async function importFile(page: Page, name: string, contents: string): Promise<void> {
  await page.locator('#case-import').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents) });
}

describe('a case filled in through the form', () => {
  test('the call plan holds the facts, the log and the questions to ask', async ({ filled: opened }) => {
    const plan = await text(opened.page, 'plan');
    for (const fact of [
      'Call plan: United Airlines',
      sample.facts.whatHappened,
      '10 February 2024',
      'order UA-7QX2K9',
      'account MP-445566',
      'amount $25.00',
      'Booking confirmation email',
      sample.facts.stepsTaken,
      'spoke to Dana (agent 4471)',
      'reference REF-100200',
      sample.facts.outcome,
      sample.facts.whyReasonable,
      'Could I have your name or agent ID?',
      'If the promise due 19 February 2024 was not kept',
    ]) {
      expect(plan, fact).toContain(fact);
    }
  });

  test('the dispute letter holds what Regulation Z asks for, and the deadline is shown as a date', async ({ filled: opened }) => {
    const letter = await text(opened.page, 'dispute');
    for (const fact of [
      sample.facts.yourName,
      sample.facts.cardAccount,
      sample.facts.cardIssuer,
      'Billing inquiries',
      'PO Box 1234',
      sample.facts.whatHappened,
      sample.facts.errorReason,
      '$25.00 from United Airlines, dated 10 February 2024, on my statement dated 20 February 2024',
      '12 CFR 1026.13',
    ]) {
      expect(letter, fact).toContain(fact);
    }
    // 60 days after 20 February 2024 is 20 April 2024; on 1 March that is 50 days away.
    await expect.poll(() => opened.page.locator('#case-deadline-text').textContent()).toBe(
      'Your notice must reach the issuer by 20 April 2024: 60 days after the statement dated 20 February 2024. 50 days left.',
    );
    expect(await opened.page.locator('#case-deadline').getAttribute('data-status')).toBe('ok');
  });

  test('the warranty letter cites 16 CFR 700.10(b) and holds the product, part and refusal', async ({ filled: opened }) => {
    const letter = await text(opened.page, 'warranty');
    for (const fact of ['16 CFR 700.10(b)', sample.facts.product, sample.facts.serialNumber, '15 June 2023', sample.facts.part, sample.facts.refusal]) {
      expect(letter, fact).toContain(fact);
    }
  });

  test('the executive email and the social post are addressed with the directory’s contacts', async ({ filled: opened }) => {
    const email = await text(opened.page, 'executive');
    expect(email).toContain('Subject: Unresolved since 10 February 2024: Ticket-by-mail fee I never agreed to, case REF-100300');
    expect(email).toContain(sample.facts.whatHappened);
    // United has no executive contact in the directory: the page offers its headquarters instead.
    await expect.poll(() => opened.page.locator('#case-exec-where').textContent()).toContain('233 South Wacker Drive');
    const post = await text(opened.page, 'social');
    expect(post.startsWith('@United Ticket-by-mail fee I never agreed to ($25.00, 10 February 2024).')).toBe(true);
    for (const secret of [sample.facts.orderNumber, sample.facts.cardAccount, sample.facts.yourName]) expect(post).not.toContain(secret);
  });

  test('each text links to its tactic page', async ({ filled: opened }) => {
    const links = await opened.page.locator('.case-text').evaluateAll((sections) =>
      sections.map((s) => [s.getAttribute('data-text'), [...s.querySelectorAll('.case-tactics a')].map((a) => a.getAttribute('href'))]),
    );
    expect(Object.fromEntries(links)).toEqual({
      plan: ['/tactics/gather-the-facts/', '/tactics/pin-a-follow-up-date/'],
      dispute: ['/tactics/threaten-a-chargeback/'],
      warranty: ['/tactics/quote-the-warranty/'],
      'no-reklamasjon': ['/tactics/quote-the-warranty/'],
      'no-card': ['/tactics/threaten-a-chargeback/'],
      'il-distance': ['/tactics/cancel-a-purchase-or-subscription/'],
      'il-ongoing': ['/tactics/cancel-a-purchase-or-subscription/'],
      'il-card': ['/tactics/threaten-a-chargeback/'],
      executive: ['/tactics/executive-customer-service/'],
      social: ['/tactics/go-public-on-social-media/'],
    });
  });

  test('the ladder shows the rung reached and the next one with the company’s contacts', async ({ filled: opened }) => {
    await expect.poll(() => opened.page.locator('#case-ladder-summary').textContent()).toBe('You are at: Supervisor. Next rung: Social media.');
    expect(await opened.page.locator('#case-ladder-stages li[aria-current="step"]').getAttribute('data-stage')).toBe('supervisor');
    await expect.poll(() => opened.page.locator('#case-ladder-next').textContent()).toContain('@United');
  });

  test('a promised date downloads as an .ics event that an iCalendar parser reads, with a reminder', async ({ filled: opened }) => {
    const second = opened.page.locator('#case-log-entries > fieldset').nth(1);
    const [download] = await Promise.all([
      opened.page.waitForEvent('download'),
      second.getByRole('button', { name: t('case.log.ics') }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('follow-up-united-airlines-2024-03-05.ics');
    const calendar = new ICAL.Component(ICAL.parse(readFileSync((await download.path())!, 'utf8')));
    const vevent = calendar.getFirstSubcomponent('vevent')!;
    const event = new ICAL.Event(vevent);
    expect(event.summary).toBe('Follow up with United Airlines (ref. REF-100300)');
    expect(event.startDate.toString()).toBe('2024-03-05T17:00:00');
    expect(event.description).toContain('Sam, supervisor promised: a decision by email.');
    const alarm = vevent.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(alarm.getFirstPropertyValue('trigger'))).toBe('-PT15M');

    const first = opened.page.locator('#case-log-entries > fieldset').first();
    const [allDay] = await Promise.all([opened.page.waitForEvent('download'), first.getByRole('button', { name: t('case.log.ics') }).click()]);
    const allDayEvent = new ICAL.Event(new ICAL.Component(ICAL.parse(readFileSync((await allDay.path())!, 'utf8'))).getFirstSubcomponent('vevent')!);
    expect(allDayEvent.startDate.isDate).toBe(true);
    expect(allDayEvent.startDate.toString()).toBe('2024-02-19');
  });

  test('nothing was requested but the site’s own files, and nothing failed or broke the security policy', async ({ filled: opened }) => {
    // Export and import too, so every feature has run while requests were recorded.
    const exported = await exportCase(opened.page);
    await importFile(opened.page, exported.name, exported.text);
    await expect.poll(() => opened.page.locator('#case-status').textContent()).toContain('already saved here');
    await opened.page.locator('[data-copy="case-text-plan"]').click();
    const origin = new URL(baseUrl).origin;
    const foreign = opened.requests.filter((url) => new URL(url).origin !== origin && !url.startsWith(`blob:${origin}/`));
    expect(opened.requests.length).toBeGreaterThan(0);
    // The calendar library was fetched on demand, from the site itself.
    expect(opened.requests.filter((url) => url.startsWith(`${origin}/_astro/`)).length).toBeGreaterThanOrEqual(2);
    expect(foreign).toEqual([]);
    expect(opened.errors.unexpected()).toEqual([]);
  });
});

describe('export and import', () => {
  test('export then import gives back exactly what was exported, in this browser and a fresh one', async ({ page, newContext }) => {
    await openCasePage(page);
    await fillSample(page);
    const first = await exportCase(page);
    expect(first.name).toBe('beyond-no-case-united-ticket-by-mail-fee-2024-03-01.json');
    const exported = JSON.parse(first.text) as { format: string; version: number; case: CaseRecord };
    expect(exported).toMatchObject({ format: 'beyond-no.case', version: 2 });
    expect(exported.case.facts).toEqual(sample.facts);
    expect(exported.case.log.map(({ id: _id, ...rest }) => rest)).toEqual(sample.log.map(({ id: _id, ...rest }) => rest));

    // Delete it here, then import the file: the same case comes back, byte for byte.
    await page.getByRole('button', { name: t('case.cases.delete') }).click();
    expect(Object.keys(await storageSnapshot(page)).filter((k) => k.startsWith('beyond-no.case.'))).toEqual([]);
    await importFile(page, first.name, first.text);
    await expect.poll(() => page.locator('#case-status').textContent()).toContain('Imported the case “United ticket-by-mail fee”');
    await expect.poll(() => page.getByLabel(t('case.field.amount')).inputValue()).toBe('$25.00');
    const again = await exportCase(page);
    expect({ ...JSON.parse(again.text), exportedAt: null }).toEqual({ ...exported, exportedAt: null });

    // Importing it once more changes nothing.
    await importFile(page, first.name, first.text);
    await expect.poll(() => page.locator('#case-status').textContent()).toContain('already saved here, unchanged');

    // Once the case has changed here, the older file never overwrites it: it is kept beside it as a copy.
    await page.getByLabel(t('case.field.amount')).fill('$30.00');
    const edited = await storageSnapshot(page);
    await importFile(page, first.name, first.text);
    await expect.poll(() => page.locator('#case-status').textContent()).toContain('imported beside it as a copy');
    await expect.poll(() => page.locator('#case-select option').allTextContents()).toEqual([sample.name, `${sample.name} (imported copy)`]);
    await expect.poll(() => page.getByLabel(t('case.field.amount')).inputValue()).toBe('$25.00');
    const after = await storageSnapshot(page);
    for (const [key, value] of Object.entries(edited)) expect(after[key], key).toBe(value);

    // A browser that never saw the case gets the same case.
    const fresh = await (await newContext()).newPage();
    await openCasePage(fresh);
    await importFile(fresh, first.name, first.text);
    await expect.poll(() => fresh.getByLabel(t('case.field.whatHappened')).inputValue()).toBe(sample.facts.whatHappened);
    expect(await fresh.locator('#case-log-entries > fieldset').count()).toBe(2);
    const elsewhere = await exportCase(fresh);
    expect(JSON.parse(elsewhere.text).case).toEqual(exported.case);
  });

  test('a corrupt or foreign file is refused with a clear message and the stored cases untouched', async ({ page }) => {
    await openCasePage(page);
    await fillSample(page);
    const good = await exportCase(page);
    const before = await storageSnapshot(page);
    const newer = JSON.stringify({ ...JSON.parse(good.text), version: 99 });
    const badDate = good.text.replace('"statementDate": "2024-02-20"', '"statementDate": "2024-02-30"');
    expect(badDate).not.toBe(good.text);
    const cases: [string, string, string][] = [
      ['notes.json', 'this is not JSON at all', t('case.import.notJson')],
      ['truncated.json', good.text.slice(0, good.text.length / 2), t('case.import.notJson')],
      ['other.json', JSON.stringify({ name: 'a different program', items: [] }), t('case.import.foreign')],
      ['newer.json', newer, 'Not imported: the file is case format version 99, from a newer Beyond No; this page reads version 2.'],
      ['bad-date.json', badDate, 'Not imported: the case file is damaged (case.facts.statementDate is not a real date written as YYYY-MM-DD).'],
    ];
    for (const [name, contents, message] of cases) {
      // Emptied first, so the poll below cannot pass on the previous file's message.
      await page.evaluate(() => (document.getElementById('case-alert')!.textContent = ''));
      await importFile(page, name, contents);
      await expect.poll(() => page.locator('#case-alert').textContent(), { message: name }).toContain(message);
      expect(await storageSnapshot(page), name).toEqual(before);
    }
    expect(await page.getByLabel(t('case.field.amount')).inputValue()).toBe('$25.00');
  });
});

describe('keeping cases', () => {
  test('a reload loses nothing, and several cases are kept, renamed and deleted', async ({ page }) => {
    await openCasePage(page);
    await fillSample(page);
    await page.reload();
    await page.locator('#case-app').waitFor({ state: 'visible' });
    for (const field of FACT_FIELDS) {
      expect(await page.locator(`#case-f-${field}`).inputValue(), field).toBe(sample.facts[field]);
    }
    expect(await page.locator('#case-log-entries [data-log-field="who"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual([
      'Dana (agent 4471)',
      'Sam, supervisor',
    ]);

    // A second case, renamed; both are listed; switching shows each one's own facts.
    await page.getByRole('button', { name: t('case.cases.new') }).click();
    await expect.poll(() => page.getByLabel(t('case.field.amount')).inputValue()).toBe('');
    await page.getByLabel(t('case.cases.name')).fill('Oven part');
    await page.getByLabel(t('case.field.companyName'), { exact: true }).fill('Jenn-Air');
    await expect.poll(() => page.locator('#case-company-match').textContent()).toBe('In our directory: Jenn-Air');
    const names = () => page.locator('#case-select option').allTextContents();
    await expect.poll(names).toEqual(['Oven part', sample.name]);
    await page.getByLabel(t('case.cases.select')).selectOption({ label: sample.name });
    await expect.poll(() => page.getByLabel(t('case.field.amount')).inputValue()).toBe('$25.00');

    // Reloading keeps the case that was open in this tab.
    await page.reload();
    await expect.poll(() => page.getByLabel(t('case.cases.name')).inputValue()).toBe(sample.name);

    await page.getByRole('button', { name: t('case.cases.delete') }).click();
    await expect.poll(names).toEqual(['Oven part']);
    await expect.poll(() => page.getByLabel(t('case.field.companyName'), { exact: true }).inputValue()).toBe('Jenn-Air');
  });

  test('the deadline warns when near and says plainly when it has passed', async ({ page }) => {
    await openCasePage(page);
    const statement = page.getByLabel(t('case.field.statementDate'));
    const box = page.locator('#case-deadline');
    await expect.poll(() => page.locator('#case-deadline-text').textContent()).toBe(t('case.deadline.none'));
    await statement.fill('2024-01-10'); // deadline 10 March 2024: 9 days after 1 March
    await expect.poll(() => box.getAttribute('data-status')).toBe('near');
    expect(await box.getAttribute('class')).toContain('callout--warn');
    await expect.poll(() => page.locator('#case-deadline-text').textContent()).toContain('by 10 March 2024, 9 days from today');
    await statement.fill('2023-12-31'); // deadline 29 February 2024, the day before
    await expect.poll(() => box.getAttribute('data-status')).toBe('past');
    expect(await box.getAttribute('class')).toContain('callout--danger');
    await expect.poll(() => page.locator('#case-deadline-text').textContent()).toContain('ended on 29 February 2024');
  });
});

describe('the directory the case page reads', () => {
  test('holds only current and unverified contacts, and never a scam number', async ({ page }) => {
    await openCasePage(page);
    // The page names its data file; reading it through the page checks the address the script uses.
    const url = await page.locator('#case-app').getAttribute('data-directory');
    const island = (await page.evaluate(async (address) => (await fetch(address!)).json(), url)) as {
      companies: { id: string; contacts: { status: string; value: string }[] }[];
    };
    const digits = (value: string) => value.replace(/\D/g, '').slice(-10);
    for (const company of readCollection<{ contacts: { status?: string }[]; scamNumbers?: { value: string }[] }>('companies')) {
      const embedded = island.companies.find((c) => c.id === company.id)!;
      const live = company.data.contacts.filter((c) => (c.status ?? 'current') === 'current' || c.status === 'unverified');
      expect(embedded.contacts, company.id).toHaveLength(live.length);
      for (const contact of embedded.contacts) expect(['current', 'unverified']).toContain(contact.status);
      for (const scam of company.data.scamNumbers ?? []) {
        expect(embedded.contacts.map((c) => digits(c.value)), company.id).not.toContain(digits(scam.value));
      }
    }
  });
});
