import { describe, expect, it } from 'vitest';
import { buildLookupDirectory } from '../../src/lib/lookup/directory';
import { labelIn } from '../../src/lib/lookup/match';
import { acme, directory } from './lookup-fixture';

const entry = (digits: string) => directory.numbers.find((n) => n.digits === digits);

describe('buildLookupDirectory', () => {
  it('lists every phone and fax number and every scam number, and no other contact', () => {
    expect(directory.numbers.map((n) => [n.digits, n.status])).toEqual([
      ['18002263878', 'current'],
      ['18665109715', 'unverified'],
      ['14256797200', 'superseded'],
      ['12064817200', 'current'],
      ['14257022722', 'retired'],
      ['18887149824', 'scam'],
    ]);
  });

  it('keeps the vanity spelling, the label, the rung and the status as codes (no words: one file for every language), and the dates as the source gave them', () => {
    expect(entry('18002263878')).toMatchObject({
      vanity: '1-800-ACMETRV',
      display: '(800) 226-3878',
      label: 'Bookings',
      rung: 'front-line',
      status: 'current',
      kind: 'phone',
      asOf: '2024-01-15',
      company: 'acme',
      countryCode: '1',
    });
  });

  it('gives a superseded number the contact that replaced it, callable', () => {
    expect(entry('14256797200')).toMatchObject({
      endedOn: '2019',
      replacement: { label: 'Head office', display: '(206) 481-7200', uri: 'tel:+12064817200', status: 'current' },
    });
  });

  it('marks a scam number with where it was seen, and nothing that would make it look like a contact', () => {
    const scam = entry('18887149824')!;
    expect(scam).toMatchObject({ status: 'scam', seenOn: 'a spam page', asOf: '2024-02' });
    expect(scam).not.toHaveProperty('label');
    expect(scam).not.toHaveProperty('rung');
  });

  it('names the company, its page, where to check a number, and the number to call instead of a bad one', () => {
    expect(directory.companies.acme).toEqual({
      name: 'Acme Travel',
      url: '/companies/acme/',
      checkUrl: 'https://acme.example/contact',
      keyPhone: { label: 'Bookings', display: '(800) 226-3878', uri: 'tel:+18002263878', status: 'current' },
    });
  });

  it('writes no empty keys into the JSON', () => {
    for (const number of directory.numbers) {
      expect(Object.values(number)).not.toContain(undefined);
    }
  });

  it('carries each contact’s translated labels, by company and contact id, for every language at once', () => {
    const translations: Record<string, Record<string, string>> = {
      'acme/bookings': { he: 'הזמנות', nb: 'Bestillinger' },
      'acme/hq-new': { nb: 'Hovedkontor' },
    };
    const translated = buildLookupDirectory([acme], (company, contact) => translations[`${company}/${contact}`]);
    const bookings = translated.numbers.find((n) => n.label === 'Bookings')!;
    expect(bookings.labels).toEqual({ he: 'הזמנות', nb: 'Bestillinger' });
    expect(labelIn(bookings, 'he')).toBe('הזמנות');
    expect(labelIn(bookings, 'nb')).toBe('Bestillinger');
    expect(labelIn(bookings, 'en')).toBe('Bookings');
    // The replacement of the old head-office number, and the key phone, carry theirs too.
    const old = translated.numbers.find((n) => n.label === 'Old head office')!;
    expect(labelIn(old.replacement!, 'nb')).toBe('Hovedkontor');
    expect(labelIn(old.replacement!, 'he')).toBe('Head office');
    expect(labelIn(translated.companies.acme!.keyPhone!, 'he')).toBe('הזמנות');
    // Without translations nothing is added.
    expect(directory.numbers.every((n) => n.labels === undefined)).toBe(true);
  });
});
