/**
 * Trust on the built pages, in Chromium: structured data that parses and names
 * the page's company or tactic, the age of every contact, the report links,
 * the contact card, the scam warning, and the changes page and its feed.
 */
import type { Page } from 'playwright-core';
import { hasLetters, parsePhone } from '../../src/lib/directory/phone';
import { readCollection, type CompanyData, type TacticData } from '../support/content';
import { baseUrl, describe, expect, test } from '../support/fixtures';

const companies = readCollection<CompanyData & Record<string, any>>('companies');
const tactics = readCollection<TacticData>('tactics');

async function jsonLd(page: Page): Promise<Record<string, any>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((text) => JSON.parse(text) as Record<string, any>);
}

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();
/** The page sets quotes and dashes typographically (smartypants); the structured data keeps the content's own characters. */
const plainQuotes = (text: string) =>
  text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/…/g, '...').replace(/—/g, '---').replace(/–/g, '--');

describe.each(companies)('company $id', ({ id, data }) => {
  const path = `/companies/${id}/`;

  // One visit for the page's four trust checks: a page load is the costly part on a busy machine.
  test('structured data, contact ages, report links, contact card and scam warning', async ({ visit }) => {
    const page = await visit(path);
    // Structured data parses, names the company and holds only its current contacts.
    {
      const blocks = await jsonLd(page);
      expect(blocks).toHaveLength(1);
      const [org] = blocks;
      expect(org).toMatchObject({ '@context': 'https://schema.org', '@type': 'Organization', name: data.name });
      await expect(page.locator('h1').textContent()).resolves.toBe(org!.name);
      const current = data.contacts.filter((c) => (c.status ?? 'current') === 'current');
      const region = data.country as Parameters<typeof parsePhone>[1];
      const phones = [
        ...current.filter((c) => c.kind === 'phone').map((c) => parsePhone(c.value as string, region).e164),
        // A star number is given as dialled: it has no E.164 form.
        ...current.filter((c) => c.kind === 'short-code').map((c) => c.value as string),
      ];
      const telephones = (org!.contactPoint as Record<string, string>[]).flatMap((p) => (p.telephone ? [p.telephone] : []));
      expect(telephones.sort()).toEqual(phones.sort());
      const text = JSON.stringify(org);
      for (const scam of data.scamNumbers ?? []) expect(text).not.toContain(parsePhone(scam.value, region).e164);
      for (const c of data.contacts.filter((c) => c.status === 'unverified' && (c.kind === 'phone' || c.kind === 'fax'))) {
        expect(text).not.toContain(parsePhone(c.value as string, region).e164);
      }
    }
    // Every contact shows its age; values in use older than two years say to check them; the page says when it was checked.
    {
      const cards = page.locator('.contact');
      const count = await cards.count();
      expect(count).toBe(data.contacts.length);
      expect(await page.locator('.contact [data-age]').count()).toBe(count);
      const stale = await page.locator('.contact [data-stale]').count();
      expect(await page.locator('[data-freshness]').getAttribute('data-stale-count')).toBe(String(stale));
      // Every stale mark is on a value in use, and says what to do.
      for (const card of await page.locator('.contact:has([data-stale])').all()) {
        expect(['current', 'unverified']).toContain(await card.getAttribute('data-status'));
        await expect(card.textContent()).resolves.toContain('Check before relying on it');
      }
      await expect(page.locator('time[datetime="' + data.lastChecked + '"]').count()).resolves.toBeGreaterThan(0);
      await expect(page.locator('[data-freshness]').textContent()).resolves.toMatch(/Ages are counted to/);
    }
    // Each value in use has a report link naming the company, the field and the current value.
    {
      const live = data.contacts.filter((c) => c.status !== 'superseded' && c.status !== 'retired');
      const links = page.locator('[data-report-value]');
      expect(await links.count()).toBe(live.length);
      for (const link of await links.all()) {
        const href = (await link.getAttribute('href'))!;
        const card = page.locator('.contact', { has: page.locator(`a[href="${href.replace(/"/g, '\\"')}"]`) }).first();
        const label = (await card.locator('.contact__label').textContent())!;
        const value = normalize((await card.locator('.contact__value > a, .contact__value > bdi').first().textContent())!);
        const message = decodeURIComponent(href);
        expect(message).toContain(data.name);
        expect(message).toContain(label);
        expect(message).toContain(value);
      }
      await expect(page.locator('[data-report] a').getAttribute('href')).resolves.toMatch(/^(mailto:|https?:)/);
    }
    // Offers its contact card when it has current contacts, and warns about fake support numbers, linking the company’s own page.
    {
      const card = page.locator('[data-vcard] a');
      // A card holds only current values: a page whose company has none offers no card rather than an empty one.
      if (data.contacts.some((c) => (c.status ?? 'current') === 'current')) {
        await expect(card.textContent()).resolves.toBe('Add to contacts');
        const response = await page.request.get(`${baseUrl}${await card.getAttribute('href')}`);
        expect(response.status()).toBe(200);
        expect(await response.text()).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/);
      } else {
        await expect(card.count()).resolves.toBe(0);
      }
      const warning = page.locator('#scams').locator('..');
      await expect(warning.textContent()).resolves.toMatch(/search ads.*map listings/s);
      expect(await warning.locator(`a[href="${data.contactPage ?? data.website}"]`).count()).toBe(1);
    }
  });
});

describe.each(tactics)('tactic $id', ({ id, data }) => {
  test('structured data parses, names the tactic and lists the steps the page shows', async ({ visit }) => {
    const page = await visit(`/tactics/${id}/`);
    const [howTo, ...rest] = await jsonLd(page);
    expect(rest).toEqual([]);
    expect(howTo).toMatchObject({ '@type': 'HowTo', name: data.title, description: data.summary });
    const shown = (await page.locator('.steps ol > li').allTextContents()).map((text) => plainQuotes(normalize(text)));
    expect((howTo!.step as { text: string; position: number }[]).map((s) => plainQuotes(s.text))).toEqual(shown);
    expect((howTo!.step as { position: number }[]).map((s) => s.position)).toEqual(shown.map((_, i) => i + 1));
  });
});

/** When each contact changed, read from the content as the changes page must (newest first, undated left out). */
function contentChangeDates(): string[] {
  return companies
    .flatMap(({ data }) => {
      const contacts = data.contacts as Record<string, any>[];
      return contacts.map((c) => {
        const status = c.status ?? 'current';
        if (status === 'current' || status === 'unverified') return c.asOf as string;
        if (status === 'superseded') return (c.endedOn ?? contacts.find((r) => r.id === c.replacedBy)?.asOf) as string | undefined;
        return c.endedOn as string | undefined;
      });
    })
    .filter((date): date is string => Boolean(date))
    .map(String)
    .sort()
    .reverse();
}

describe('changes', () => {
  test('the page lists the newest contact changes first, each linked to its company, and the feed lists the same', async ({ visit }) => {
    const page = await visit('/changes/');
    const items = page.locator('[data-changes] li[data-change]');
    const ids = await items.evaluateAll((els) => els.map((el) => el.id));
    const total = companies.reduce((sum, c) => sum + c.data.contacts.length, 0);
    expect(ids).toHaveLength(Math.min(total, 100));
    if (total > 100) await expect(page.locator('main').textContent()).resolves.toContain(`of ${total}`);
    // The dates shown are the newest the content holds, newest first. Compared by month: a date given
    // to the month and one given to the day within it may come in either order.
    const month = (date: string) => date.slice(0, 7);
    const dates = (await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-date') ?? ''))).filter(Boolean).map(month);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates).toEqual(contentChangeDates().map(month).sort().reverse().slice(0, dates.length));
    const links = await items.evaluateAll((els) =>
      els.map((el) => [el.getAttribute('data-company'), el.querySelector('a')?.getAttribute('href')]),
    );
    for (const [company, href] of links) expect(href).toBe(`/companies/${company}/`);

    const alternate = await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href');
    const xml = await (await page.request.get(`${baseUrl}${alternate}`)).text();
    const feed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        title: doc.querySelector('channel > title')?.textContent,
        guids: [...doc.querySelectorAll('item > guid')].map((g) => g.textContent ?? ''),
        lastBuildDate: doc.querySelector('lastBuildDate')?.textContent ?? null,
      };
    }, xml);
    expect(feed.error).toBeNull();
    expect(feed.title).toBe('Beyond No: contact changes');
    expect(feed.guids.map((g) => new URL(g).hash.slice(1))).toEqual(ids);
    expect(new Set(feed.guids).size).toBe(feed.guids.length);
    // No build time in the feed: two builds of the same content give the same file.
    expect(feed.lastBuildDate).toBeNull();
  });

  test('each superseded value listed names its replacement', async ({ visit }) => {
    const page = await visit('/changes/');
    const superseded = await page.locator('[data-change="superseded"]').evaluateAll((els) =>
      els.map((el) => ({ company: el.getAttribute('data-company')!, text: el.textContent ?? '' })),
    );
    for (const { company, text } of superseded) {
      const { data } = companies.find((c) => c.id === company)!;
      const replacements = data.contacts
        .filter((c: Record<string, any>) => c.status === 'superseded' && c.replacedBy)
        .map((c: Record<string, any>) => data.contacts.find((r: Record<string, any>) => r.id === c.replacedBy)!)
        .map((r: Record<string, any>) => (r.kind === 'phone' || r.kind === 'fax' ? parsePhone(String(r.value), data.country as Parameters<typeof parsePhone>[1]).national : String(r.value)));
      expect(replacements.some((value: string) => text.includes(`Replaced by ${value}`)), `${company}: ${text}`).toBe(true);
    }
  });
});

describe('open data page', () => {
  test('links every export and its JSON Schema, and each one is served', async ({ visit }) => {
    const page = await visit('/data/');
    const hrefs = await page.locator('[data-exports] a').evaluateAll((els) => els.map((el) => el.getAttribute('href')!));
    expect(hrefs).toEqual([
      '/data/companies.json',
      '/data/companies.schema.json',
      '/data/tactics.json',
      '/data/tactics.schema.json',
      '/data/bodies.json',
      '/data/bodies.schema.json',
      '/data/sources.json',
      '/data/sources.schema.json',
      '/data/contacts.csv',
    ]);
    for (const href of hrefs) expect((await page.request.get(`${baseUrl}${href}`)).status()).toBe(200);
  });
});

test('a vanity number keeps its spelling in the export the page links', async ({ visit }) => {
  const page = await visit('/companies/expedia/');
  const json = await (await page.request.get(`${baseUrl}/data/companies.json`)).json();
  const expedia = json.companies.find((c: { id: string }) => c.id === 'expedia');
  const vanity = expedia.contacts.find((c: { value: { vanity?: string } }) => c.value?.vanity);
  expect(hasLetters(vanity.value.vanity)).toBe(true);
  expect(vanity.value.e164).toBe('+18003973342');
});

test('the age marks follow the dates: the 2021 disputes line is old, the values read in November 2026 are not', async ({ visit }) => {
  const page = await visit('/companies/expedia/');
  const card = (label: string) => page.locator('.contact', { has: page.locator('.contact__label', { hasText: label }) }).first();
  await expect(card('Disputes').locator('[data-stale]').count()).resolves.toBe(1);
  await expect(card('Tier 3 customer service').locator('[data-stale]').count()).resolves.toBe(0);
  await expect(card('Tier 3 customer service').locator('[data-age]').textContent()).resolves.toContain('under a month old');
  // A superseded value has an age but no advice: its status already says it no longer holds.
  await expect(card('Former headquarters (Bellevue, until 2008)').locator('[data-age]').textContent()).resolves.toMatch(/under a month old|old/);
  await expect(card('Former headquarters (Bellevue, until 2008)').locator('[data-stale]').count()).resolves.toBe(0);
});
