import { describe, expect, it } from 'vitest';
import {
  addressLines,
  contactHref,
  displayValue,
  formatAddress,
  isLive,
  keyContact,
  splitByStatus,
} from '../../src/lib/directory/contacts';
import { contactSchema, type Contact } from '../../src/schemas/contact';

/** Contacts go through the real schema, so they have the shape pages get. */
const contact = (input: Record<string, unknown>): Contact =>
  contactSchema.parse({ id: 'a-contact', rung: 'front-line', label: 'A contact', source: 'some-source', asOf: '2026-11', ...input });

const seattleHq = {
  lines: ['1111 Expedia Group Way W'],
  city: 'Seattle',
  region: 'WA',
  postcode: '98119',
  country: 'US',
};

describe('addressLines and formatAddress', () => {
  it('writes street lines, then city with region and postcode, then country', () => {
    expect(addressLines(seattleHq)).toEqual(['1111 Expedia Group Way W', 'Seattle, WA 98119', 'US']);
    expect(formatAddress(seattleHq)).toBe('1111 Expedia Group Way W, Seattle, WA 98119, US');
  });

  it('leaves out a missing region or postcode without stray separators', () => {
    expect(addressLines({ lines: ['PO Box 1', 'Suite 2'], city: 'London', postcode: 'EC1A 1BB', country: 'GB' })).toEqual([
      'PO Box 1',
      'Suite 2',
      'London, EC1A 1BB',
      'GB',
    ]);
    expect(formatAddress({ lines: ['1 Main St'], city: 'Springfield', country: 'US' })).toBe('1 Main St, Springfield, US');
  });
});

describe('displayValue', () => {
  it('shows a phone or fax number in national form', () => {
    expect(displayValue(contact({ kind: 'phone', value: '+1 866-510-9715' }))).toBe('(866) 510-9715');
    expect(displayValue(contact({ kind: 'fax', value: '+1 425-702-2722' }))).toBe('(425) 702-2722');
  });

  it('shows a vanity number by its digits', () => {
    expect(displayValue(contact({ kind: 'phone', value: '1-800-EXPEDIA' }))).toBe('(800) 397-3342');
  });

  it('shows a postal address on one line', () => {
    expect(displayValue(contact({ kind: 'postal', value: seattleHq }))).toBe('1111 Expedia Group Way W, Seattle, WA 98119, US');
  });

  it('shows email, web and social values as written', () => {
    expect(displayValue(contact({ kind: 'email', value: 'help@example.com' }))).toBe('help@example.com');
    expect(displayValue(contact({ kind: 'web', value: 'https://www.xfinity.com/support/contact-us' }))).toBe(
      'https://www.xfinity.com/support/contact-us',
    );
    expect(displayValue(contact({ kind: 'social', platform: 'X (Twitter)', value: '@XfinitySupport' }))).toBe('@XfinitySupport');
  });
});

describe('contactHref', () => {
  it('links a phone with a tel: URI in E.164', () => {
    expect(contactHref(contact({ kind: 'phone', value: '(866) 510-9715' }))).toBe('tel:+18665109715');
    expect(contactHref(contact({ kind: 'phone', value: '1-800-XFINITY' }))).toBe('tel:+18009346489');
  });

  it('does not link a fax', () => {
    expect(contactHref(contact({ kind: 'fax', value: '+1 425-702-2722' }))).toBeUndefined();
  });

  it('links an email with mailto:', () => {
    expect(contactHref(contact({ kind: 'email', value: 'help@example.com' }))).toBe('mailto:help@example.com');
  });

  it('links a postal address to an OpenStreetMap search for the whole address', () => {
    const href = contactHref(contact({ kind: 'postal', value: seattleHq }));
    expect(href).toBe(
      'https://www.openstreetmap.org/search?query=1111%20Expedia%20Group%20Way%20W%2C%20Seattle%2C%20WA%2098119%2C%20US',
    );
    expect(new URL(href ?? '').searchParams.get('query')).toBe('1111 Expedia Group Way W, Seattle, WA 98119, US');
  });

  it('escapes characters that would break the map link', () => {
    const href = contactHref(contact({ kind: 'postal', value: { lines: ['1 A&B Rd #4'], city: 'Town', country: 'US' } }));
    expect(new URL(href ?? '').searchParams.get('query')).toBe('1 A&B Rd #4, Town, US');
  });

  it('links a web value to itself', () => {
    expect(contactHref(contact({ kind: 'web', value: 'https://jennair.custhelp.com/' }))).toBe('https://jennair.custhelp.com/');
  });

  it('links a social handle to its url, or nowhere without one', () => {
    expect(
      contactHref(contact({ kind: 'social', platform: 'X (Twitter)', value: '@United', url: 'https://x.com/United' })),
    ).toBe('https://x.com/United');
    expect(contactHref(contact({ kind: 'social', platform: 'X (Twitter)', value: '@United' }))).toBeUndefined();
  });
});

describe('isLive', () => {
  it('counts current and unverified values as live, superseded and retired as history', () => {
    const base = { kind: 'web', value: 'https://example.com/' };
    expect(isLive(contact({ ...base, status: 'current' }))).toBe(true);
    expect(isLive(contact({ ...base, status: 'unverified' }))).toBe(true);
    expect(isLive(contact({ ...base, status: 'superseded', replacedBy: 'x' }))).toBe(false);
    expect(isLive(contact({ ...base, status: 'retired' }))).toBe(false);
  });

  it('treats a contact without a status as current', () => {
    const parsed = contact({ kind: 'web', value: 'https://example.com/' });
    expect(parsed.status).toBe('current');
    expect(isLive(parsed)).toBe(true);
  });
});

describe('splitByStatus', () => {
  const web = (label: string, rung: string, status: string, extra: Record<string, unknown> = {}) =>
    contact({ kind: 'web', value: 'https://example.com/', label, rung, status, ...extra });

  it('puts current and unverified values in live, superseded and retired in history', () => {
    const { live, history } = splitByStatus([
      web('retired', 'front-line', 'retired'),
      web('current', 'front-line', 'current'),
      web('superseded', 'front-line', 'superseded', { replacedBy: 'x' }),
      web('unverified', 'front-line', 'unverified'),
    ]);
    expect(live.map((c) => c.label)).toEqual(['current', 'unverified']);
    expect(history.map((c) => c.label).sort()).toEqual(['retired', 'superseded']);
  });

  it('orders live values by rung, then current before unverified', () => {
    const { live } = splitByStatus([
      web('hq', 'headquarters', 'current'),
      web('front unverified', 'front-line', 'unverified'),
      web('escalation', 'escalation', 'current'),
      web('front current', 'front-line', 'current'),
    ]);
    expect(live.map((c) => c.label)).toEqual(['front current', 'front unverified', 'escalation', 'hq']);
  });

  it('orders history by rung, then the most recently ended first', () => {
    const { history } = splitByStatus([
      web('hq 2008', 'headquarters', 'superseded', { replacedBy: 'x', endedOn: '2008', asOf: '2026-11' }),
      web('front 2010', 'front-line', 'retired', { endedOn: '2010' }),
      web('hq 2019', 'headquarters', 'superseded', { replacedBy: 'x', endedOn: '2019', asOf: '2008' }),
      web('hq no end, as of 2006', 'headquarters', 'superseded', { replacedBy: 'x', asOf: '2006' }),
    ]);
    expect(history.map((c) => c.label)).toEqual(['front 2010', 'hq 2019', 'hq 2008', 'hq no end, as of 2006']);
  });

  it('does not reorder the array it is given', () => {
    const contacts = [web('b', 'headquarters', 'current'), web('a', 'front-line', 'current')];
    splitByStatus(contacts);
    expect(contacts.map((c) => c.label)).toEqual(['b', 'a']);
  });
});

describe('keyContact', () => {
  it('picks the current phone on the lowest rung', () => {
    const key = keyContact([
      contact({ id: 'c1', kind: 'phone', rung: 'headquarters', label: 'HQ', value: '+1 206-481-7200' }),
      contact({ id: 'c2', kind: 'web', rung: 'front-line', label: 'Site', value: 'https://example.com/' }),
      contact({ id: 'c3', kind: 'phone', rung: 'disputes', label: 'Disputes', value: '1-877-787-7186' }),
    ]);
    expect(key?.label).toBe('Disputes');
  });

  it('passes over a phone that is no longer live', () => {
    const key = keyContact([
      contact({ id: 'c4', kind: 'phone', label: 'Old line', value: '+1 425-679-7200', status: 'retired' }),
      contact({ id: 'c5', kind: 'phone', rung: 'headquarters', label: 'HQ', value: '+1 206-481-7200' }),
    ]);
    expect(key?.label).toBe('HQ');
  });

  it('does not treat a fax as the number to call', () => {
    const key = keyContact([
      contact({ id: 'c6', kind: 'fax', label: 'Fax', value: '+1 425-702-2722' }),
      contact({ id: 'c7', kind: 'phone', rung: 'headquarters', label: 'HQ', value: '+1 206-481-7200' }),
    ]);
    expect(key?.label).toBe('HQ');
  });

  it('falls back to the first live value when there is no current phone', () => {
    const key = keyContact([
      contact({ id: 'c8', kind: 'postal', rung: 'headquarters', label: 'Letter', value: seattleHq }),
      contact({ id: 'c9', kind: 'email', rung: 'escalation', label: 'Email', value: 'help@example.com' }),
    ]);
    expect(key?.label).toBe('Email');
  });

  it('answers undefined when nothing is live', () => {
    expect(keyContact([contact({ kind: 'web', value: 'https://example.com/', status: 'retired' })])).toBeUndefined();
    expect(keyContact([])).toBeUndefined();
  });
});
