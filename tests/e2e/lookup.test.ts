/**
 * The reverse number look-up on /lookup/, in Chromium against the built site.
 * Every phone number in the directory (current, unverified, superseded and
 * scam), typed in every format people use, must be answered with the right company and
 * status: 100%. The formats are made here from the content files with
 * libphonenumber-js, independently of the site's own phone code.
 */
import type { Page } from 'playwright-core';
import { parsePhoneNumberWithError, type CountryCode } from 'libphonenumber-js/max';
import { readCollection, type CompanyData } from '../support/content';
import { describe, expect, test } from '../support/fixtures';

const KEYPAD: Record<string, string> = Object.fromEntries(
  ['ABC', 'DEF', 'GHI', 'JKL', 'MNO', 'PQRS', 'TUV', 'WXYZ'].flatMap((keys, i) => [...keys].map((k) => [k, String(i + 2)])),
);

/** A number as content writes it, read for its company's country (as the build reads it). */
const parseWritten = (written: string, region: CountryCode) =>
  parsePhoneNumberWithError(written.replace(/[a-z]/gi, (l) => KEYPAD[l.toUpperCase()]!), region);

/**
 * The ways people write a number. A US number: as published, digits, grouped, bracketed, dotted,
 * international, E.164, tel: link. Another country's: as published, in its national form, its national
 * digits (with the trunk 0 where the country dials one), international, E.164, 00 and the country code,
 * and tel: link.
 */
function typedFormats(written: string, region: CountryCode): string[] {
  const phone = parseWritten(written, region);
  if (phone.countryCallingCode !== '1') {
    const national = phone.formatNational();
    return [
      ...new Set([
        written,
        national,
        national.replace(/\D/g, ''),
        phone.formatInternational(),
        phone.number,
        `tel:${phone.number}`,
        `00${phone.countryCallingCode}${phone.nationalNumber}`,
      ]),
    ];
  }
  const nn = phone.nationalNumber;
  const [a, b, c] = [nn.slice(0, 3), nn.slice(3, 6), nn.slice(6)];
  return [
    written,
    nn,
    `${a}-${b}-${c}`,
    `(${a}) ${b}-${c}`,
    `${a}.${b}.${c}`,
    `+${phone.countryCallingCode} ${a} ${b} ${c}`,
    phone.number,
    `tel:${phone.number}`,
  ];
}

interface Case {
  company: string;
  region: CountryCode;
  status: string;
  written: string;
  /** How the number reads back on the page: national form, or a short code as written. */
  shown: string;
  /** The ways a person types it. */
  formats: string[];
  /** A short code: typed only as dialled. */
  shortCode?: boolean;
  replacement?: string;
}

/** A number case from a phone, fax or scam number as the content writes it. */
function phoneCase(company: string, region: CountryCode, status: string, written: string, replacement?: string): Case {
  return { company, region, status, written, shown: parseWritten(written, region).formatNational(), formats: typedFormats(written, region), replacement };
}

/** A company file's data, with the contact fields that link a superseded number to its replacement. */
type LinkedCompany = Omit<CompanyData, 'contacts'> & {
  contacts: (CompanyData['contacts'][number] & { id?: string; replacedBy?: string })[];
};
const companies = readCollection<LinkedCompany>('companies');
const cases: Case[] = companies.flatMap(({ id, data }) => {
  const region = data.country as CountryCode;
  return [
    ...data.contacts
      .filter((c) => c.kind === 'phone' || c.kind === 'fax')
      .map((c) => {
        const replacedBy = c.replacedBy ? data.contacts.find((r) => r.id === c.replacedBy) : undefined;
        const replacement = replacedBy ? parseWritten(String(replacedBy.value), region).formatNational() : undefined;
        return phoneCase(id, region, c.status ?? 'current', String(c.value), replacement);
      }),
    // A short code ("*2000", "103") is typed as dialled, or followed from a tel: link.
    ...data.contacts
      .filter((c) => c.kind === 'short-code')
      .map((c) => {
        const written = String(c.value);
        return { company: id, region, status: c.status ?? 'current', written, shown: written, formats: [written, `tel:${written}`], shortCode: true };
      }),
    ...(data.scamNumbers ?? []).map((s) => phoneCase(id, region, 'scam', s.value)),
  ];
});

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

// One test per company, so no single test has hundreds of look-ups to make on a busy machine.
describe.for([...new Set(cases.map((c) => c.company))])('every number of %s', (company) => {
  test('is answered in every format people type, with its company and status', async ({ visit }) => {
    const page = await openLookup(visit);
    const misses: string[] = [];
    for (const entry of cases.filter((c) => c.company === company)) {
      expect(entry.formats.length).toBeGreaterThanOrEqual(entry.shortCode ? 2 : 6);
      for (const format of entry.formats) {
        const cards = await lookUp(page, format);
        const card = cards.find((c) => c.company === entry.company && c.status === entry.status);
        // Every card must be about this number's company: an answer that lists everything is wrong too.
        if (!card || cards.some((c) => c.company !== entry.company)) misses.push(`${format} (${entry.company}, ${entry.status}): got ${JSON.stringify(cards.map((c) => [c.company, c.status]))}`);
        else if (entry.replacement && !card.text.includes(entry.replacement)) misses.push(`${format}: no current number ${entry.replacement}`);
      }
    }
    expect(misses).toEqual([]);
  });
});

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
