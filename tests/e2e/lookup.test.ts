/**
 * The reverse number look-up on /lookup/, in Chromium against the built site.
 * Every phone number in the directory (current, unverified, superseded,
 * scam and short codes) is typed into the page and must be answered with the
 * right company and status: 100%. Each number is typed in one of the formats
 * people use, a different one from number to number so every format passes
 * through the page; every number in every format is checked against the
 * built number files without a browser (tests/dist/lookup-numbers.test.ts).
 */
import type { Page } from 'playwright-core';
import { cases } from '../support/lookup-cases';
import { describe, expect, test } from '../support/fixtures';

/** Opens /lookup/ and waits until its script is ready to answer. */
async function openLookup(visit: (path: string) => Promise<Page>): Promise<Page> {
  const page = await visit('/lookup/');
  await page.locator('form[data-lookup-form][data-ready]').waitFor();
  return page;
}

/** Types a number, submits, and reads the answer's cards. */
async function lookUp(page: Page, input: string): Promise<{ company: string; status: string; text: string }[]> {
  await page.locator('#lookup-number').fill(input);
  await page.locator('#lookup-number').press('Enter');
  await page.waitForFunction((value) => new URL(location.href).searchParams.get('number') === value, input.trim());
  return page.locator('[data-lookup-answer] [data-status]').evaluateAll((cards) =>
    cards.map((card) => ({
      company: (card as HTMLElement).dataset.company ?? '',
      status: (card as HTMLElement).dataset.status ?? '',
      text: card.textContent ?? '',
    })),
  );
}

test('the directory has numbers of every status to look up', () => {
  const statuses = new Set(cases.map((c) => c.status));
  for (const status of ['current', 'unverified', 'superseded', 'scam']) expect(statuses, status).toContain(status);
});

// One page for every number, as a reader looking up one after another: the page loads once.
test('every number is answered with its company and status', async ({ visit }) => {
  const page = await openLookup(visit);
  const misses: string[] = [];
  for (const [i, entry] of cases.entries()) {
    // The n-th number of the directory in its n-th format: across the directory, every format is typed.
    const format = entry.formats[i % entry.formats.length]!;
    const cards = await lookUp(page, format);
    const card = cards.find((c) => c.company === entry.company && c.status === entry.status);
    // Every card must be about this number's company: an answer that lists everything is wrong too.
    if (!card || cards.some((c) => c.company !== entry.company)) misses.push(`${format} (${entry.company}, ${entry.status}): got ${JSON.stringify(cards.map((c) => [c.company, c.status]))}`);
    else if (entry.replacement && !card.text.includes(entry.replacement)) misses.push(`${format}: no current number ${entry.replacement}`);
  }
  expect(misses).toEqual([]);
}, 600_000);

describe('what each answer says', () => {
  test('a superseded number gives the current one, as a number to call', async ({ visit }) => {
    const page = await openLookup(visit);
    const [card] = await lookUp(page, '425-679-7200');
    expect(card).toMatchObject({ company: 'expedia', status: 'superseded' });
    expect(card!.text).toContain('Corporate phone: (206) 481-7200');
    await expect(page.locator('[data-lookup-answer] a[href="tel:+12064817200"]').count()).resolves.toBe(1);
  });

  test('a scam number says whom it impersonates and gives the real number', async ({ visit }) => {
    const page = await openLookup(visit);
    const [card] = await lookUp(page, '+1 888-714-9824');
    expect(card).toMatchObject({ company: 'expedia', status: 'scam' });
    expect(card!.text).toContain('posing as Expedia');
    expect(card!.text).toContain('Do not call it');
  });

  test('an unverified number says to check it on the company’s own site', async ({ visit }) => {
    const page = await openLookup(visit);
    const [card] = await lookUp(page, '866 510 9715');
    expect(card).toMatchObject({ company: 'expedia', status: 'unverified' });
    expect(card!.text).toContain('Tier 3 customer service');
    expect(card!.text).toContain('Escalation');
    expect(card!.text).toContain('Check it on Expedia’s own site');
  });

  test('a vanity number is read on the keypad: 1-800-JENNAIR', async ({ visit }) => {
    const page = await openLookup(visit);
    const [card] = await lookUp(page, '1-800-JENNAIR');
    expect(card).toMatchObject({ company: 'jenn-air', status: 'current' });
    expect(card!.text).toContain('(800) 536-6247');
  });

  test('a number not in the directory says so, with the advice to check the company’s own site', async ({ visit }) => {
    const page = await openLookup(visit);
    const cards = await lookUp(page, '(555) 010-4477');
    expect(cards).toHaveLength(1);
    expect(cards[0]!.status).toBe('unknown');
    expect(cards[0]!.text).toContain('Not in our directory');
    expect(cards[0]!.text).toContain('(555) 010-4477');
    expect(cards[0]!.text).toContain('company’s own website');
  });

  test('a star number is found as dialled, and says it dials only in Israel', async ({ visit }) => {
    const page = await openLookup(visit);
    const [card] = await lookUp(page, '*053');
    expect(card).toMatchObject({ company: 'hot-mobile', status: 'unverified' });
    expect(card!.text).toContain('dials only from a phone in Israel');
    const unknown = await lookUp(page, '*9876');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]!.status).toBe('unknown');
    expect(unknown[0]!.text).toContain('*9876');
  });

  test('too few digits is not a number', async ({ visit }) => {
    const page = await openLookup(visit);
    await lookUp(page, '510-97');
    await expect(page.locator('[data-lookup-answer]').textContent()).resolves.toContain('not a full phone number');
  });

  test('answers a shared link: /lookup/?number=…', async ({ visit }) => {
    const page = await visit(`/lookup/?number=${encodeURIComponent('215.665.1700')}`);
    const card = page.locator('[data-lookup-answer] [data-status="superseded"][data-company="comcast"]');
    await card.waitFor();
    await expect(card.textContent()).resolves.toContain('(215) 286-1700');
  });

  test('works with the network cut once the page has loaded: no server is asked', async ({ visit, errors }) => {
    const page = await openLookup(visit);
    // Chromium fetches the tab's icon lazily, on its own schedule: that request may come after the cut.
    errors.allow(/ERR_INTERNET_DISCONNECTED \(at .*\/favicon\.svg\)$/);
    await page.context().setOffline(true);
    await page.locator('#lookup-number').fill('1-800-XFINITY');
    await page.locator('#lookup-number').press('Enter');
    await page.locator('[data-lookup-answer] [data-company="comcast"][data-status="current"]').waitFor();
  });
});

describe('in Hebrew and Norwegian', () => {
  for (const [path, label] of [
    ['/he/lookup/', 'שירות לקוחות'],
    ['/nb/lookup/', 'Kundeservice'],
  ] as const) {
    test(`${path} gives a contact’s label in the page’s language`, async ({ visit }) => {
      const page = await visit(`${path}?number=${encodeURIComponent('1-800-XFINITY')}`);
      const card = page.locator('[data-lookup-answer] [data-status="current"][data-company="comcast"]');
      await card.waitFor();
      const text = (await card.textContent()) ?? '';
      expect(text).toContain(label);
      expect(text).not.toContain('Customer service');
    });
  }
});

describe('without JavaScript', () => {
  test.override('contextOptions', { javaScriptEnabled: false });

  test('the page says the look-up needs JavaScript and lists every number instead', async ({ visit }) => {
    const plain = await visit('/lookup/');
    await expect(plain.locator('main .callout--warn').first().textContent()).resolves.toContain('needs JavaScript');
    const rows = await plain.locator('.lookup-all tbody tr').count();
    expect(rows).toBe(cases.length);
    const text = await plain.locator('.lookup-all').textContent();
    for (const entry of cases) {
      expect(text).toContain(entry.shown);
    }
  });
});
