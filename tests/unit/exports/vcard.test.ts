/** The contact card, read back with ical.js (a real vCard parser), holds the company's current contacts and nothing else. */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { companySchema } from '../../../src/schemas/company';
import { companyVCard, escapeComponent, escapeText, fold } from '../../../src/lib/exports/vcard';
import { readCollection } from '../../support/content';

const options = { pageUrl: 'https://beyond-no.example/companies/acme/', cardUrl: 'https://beyond-no.example/companies/acme.vcf', note: 'Check; then call, please.' };
const base = { rung: 'headquarters', source: 's', asOf: '2024-01-02' };
const acme = companySchema.parse({
  name: 'Acme; Acme, Inc.',
  aliases: ['ACME', 'Acme; the company'],
  summary: 'x',
  industry: 'other',
  country: 'US',
  website: 'https://acme.example/',
  lastChecked: '2026-11',
  contacts: [
    { ...base, id: 'c43', kind: 'phone', rung: 'front-line', label: 'Customer line', value: '1-800-EXPEDIA' },
    { ...base, id: 'c44', kind: 'phone', rung: 'escalation', label: 'Tier 3', value: '+1 866-510-9715', status: 'unverified' },
    { ...base, id: 'old', kind: 'phone', label: 'Old phone', value: '+1 425-679-7200', status: 'superseded', replacedBy: 'new' },
    { ...base, id: 'new', kind: 'phone', label: 'Corporate phone', value: '+1 206-481-7200' },
    { ...base, id: 'c45', kind: 'fax', label: 'Fax', value: '+1 206-481-7201' },
    { ...base, id: 'c46', kind: 'email', rung: 'executive', label: 'Executive office', value: 'exec@acme.example' },
    { ...base, id: 'c47', kind: 'web', rung: 'front-line', label: 'Help centre', value: 'https://acme.example/help' },
    { ...base, id: 'c48', kind: 'social', rung: 'social', platform: 'X (Twitter)', label: 'Acme on X', value: '@Acme', url: 'https://x.com/Acme' },
    { ...base, id: 'c49', kind: 'social', rung: 'social', platform: 'Mastodon', label: 'Acme on Mastodon', value: '@acme' },
    {
      ...base,
      id: 'refunds-by-mail',
      kind: 'postal',
      label: 'Refunds by mail; "urgent"',
      value: { lines: ['Acme Refunds', 'P.O. Box 12, Dept. 7'], city: 'Houston', region: 'TX', postcode: '77253', country: 'US' },
    },
  ],
});

function parse(text: string) {
  const card = new ICAL.Component(ICAL.parse(text));
  const props = card.getAllProperties();
  const labelOf = (group: string) => props.find((p) => p.name === 'x-ablabel' && p.getParameter('group') === group)?.getFirstValue();
  return { card, props, labelOf };
}

describe('companyVCard', () => {
  const text = companyVCard(acme, options);
  const { card, props, labelOf } = parse(text);

  it('is a vCard 4.0 for an organisation, with CRLF line ends and no line over 75 octets', () => {
    expect(card.name).toBe('vcard');
    expect(card.getFirstPropertyValue('version')).toBe('4.0');
    expect(card.getFirstPropertyValue('kind')).toBe('org');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '').includes('\n')).toBe(false);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('names the company, its aliases, website, page and note, escaped and read back whole', () => {
    expect(card.getFirstPropertyValue('fn')).toBe('Acme; Acme, Inc.');
    // One component: the "; " inside the name is escaped, so it is not read as a unit separator.
    expect([card.getFirstPropertyValue('org')].flat()).toEqual(['Acme; Acme, Inc.']);
    expect(props.find((p) => p.name === 'nickname')!.getValues()).toEqual(['ACME', 'Acme; the company']);
    expect(card.getFirstPropertyValue('uid')).toBe(options.pageUrl);
    expect(card.getFirstPropertyValue('source')).toBe(options.cardUrl);
    expect(card.getFirstPropertyValue('note')).toBe(options.note);
  });

  it('holds the current phone and fax numbers as tel: URIs with their labels, and no unverified or superseded one', () => {
    const tels = props.filter((p) => p.name === 'tel');
    expect(tels.map((p) => p.getFirstValue())).toEqual(['tel:+18003973342', 'tel:+12064817200', 'tel:+12064817201']);
    expect(tels.map((p) => labelOf(p.getParameter('group') as string))).toEqual(['Customer line', 'Corporate phone', 'Fax']);
    expect(tels.map((p) => p.getParameter('type'))).toEqual([['work', 'voice'], ['work', 'voice'], ['work', 'fax']]);
    expect(text).not.toContain('8665109715');
    expect(text).not.toContain('4256797200');
  });

  it('holds the email, web page and social profiles', () => {
    expect(card.getFirstPropertyValue('email')).toBe('exec@acme.example');
    expect(props.filter((p) => p.name === 'url').map((p) => p.getFirstValue())).toEqual(['https://acme.example/', 'https://acme.example/help']);
    const social = props.filter((p) => p.name === 'socialprofile');
    expect(social.map((p) => [p.getParameter('service-type'), p.getFirstValue()])).toEqual([
      ['X (Twitter)', 'https://x.com/Acme'],
      ['Mastodon', '@acme'],
    ]);
  });

  it('holds a postal address component by component, street lines as a list, and its label', () => {
    const adr = props.find((p) => p.name === 'adr')!;
    const [pobox, extended, street, city, region, postcode, country] = adr.getFirstValue() as unknown as (string | string[])[];
    expect([pobox, extended]).toEqual(['', '']);
    expect(street).toEqual(['Acme Refunds', 'P.O. Box 12, Dept. 7']);
    expect([city, region, postcode, country]).toEqual(['Houston', 'TX', '77253', 'US']);
    expect(labelOf(adr.getParameter('group') as string)).toBe('Refunds by mail; "urgent"');
  });
});

describe('escapeText and fold', () => {
  it('escapes backslash, comma and newline in text, and the semicolon too in a compound component', () => {
    expect(escapeText('a\\b,c;d\ne')).toBe('a\\\\b\\,c;d\\ne');
    expect(escapeComponent('a\\b,c;d\ne')).toBe('a\\\\b\\,c\\;d\\ne');
  });

  it('folds by octets without splitting a character or an escape', () => {
    const line = `NOTE:${'é'.repeat(40)}\\,${'x'.repeat(80)}`;
    const folded = fold(line);
    for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n').every((part) => !part.endsWith('\\'))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});

describe('every company in the content', () => {
  it.each(readCollection('companies'))('$id: the card holds exactly its current values', ({ data }) => {
    const company = companySchema.parse(data);
    const { card, props } = parse(companyVCard(company, options));
    expect(card.getFirstPropertyValue('fn')).toBe(company.name);
    const current = company.contacts.filter((c) => c.status === 'current');
    // A star number has no tel: URI: the card keeps it as text, dialled as written.
    const tels = current.flatMap((c) => (c.kind === 'phone' || c.kind === 'fax' ? [c.value.uri] : c.kind === 'short-code' ? [c.value] : []));
    expect(props.filter((p) => p.name === 'tel').map((p) => p.getFirstValue()).sort()).toEqual(tels.sort());
    expect(props.filter((p) => p.name === 'adr')).toHaveLength(current.filter((c) => c.kind === 'postal').length);
    expect(props.filter((p) => p.name === 'x-ablabel')).toHaveLength(current.length);
  });
});
