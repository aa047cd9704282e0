import { describe, expect, it } from 'vitest';
import { contactSchema, postalAddress } from '../../../src/schemas/contact';
import { issueAt, issuesOf } from '../fixtures/issues';

/** A contact as it is written in content/companies/united.mdx. */
const unitedOnX = {
  id: 'united-on-x',
  kind: 'social',
  rung: 'social',
  platform: 'X (Twitter)',
  label: 'United on X (Twitter)',
  value: '@United',
  source: 'ajust-united-complaints',
  asOf: '2026-11',
  status: 'current',
};

const phone = {
  id: 'disputes',
  kind: 'phone',
  rung: 'disputes',
  label: 'Disputes',
  value: '1-877-787-7186',
  source: 'expedia-rewards-terms',
  asOf: '2021-11-02',
};

describe('contactSchema', () => {
  it('accepts a social contact from the real content', () => {
    const parsed = contactSchema.parse(unitedOnX);
    expect(parsed.kind).toBe('social');
    expect(parsed.kind === 'social' && parsed.platform).toBe('X (Twitter)');
  });

  it('defaults the status to current', () => {
    expect(contactSchema.parse(phone).status).toBe('current');
  });

  it('parses the phone value', () => {
    const parsed = contactSchema.parse(phone);
    expect(parsed.kind === 'phone' && parsed.value.e164).toBe('+18777877186');
  });

  it('refuses a contact without an id, at id: translations and replacements name contacts by it', () => {
    const { id: _, ...anonymous } = phone;
    expect(issueAt(contactSchema.safeParse(anonymous), ['id'])).toBeDefined();
  });

  it('rejects an invalid phone number at value', () => {
    const issue = issueAt(contactSchema.safeParse({ ...phone, value: '+1 555 010' }), ['value']);
    expect(issue.message).toContain('is not a valid phone number');
  });

  it('rejects an invalid fax number at value', () => {
    issueAt(contactSchema.safeParse({ ...phone, kind: 'fax', value: '123' }), ['value']);
  });

  it.each(['support@', 'not an email', 'help@example'])('rejects the email %s at value', (value) => {
    issueAt(contactSchema.safeParse({ ...phone, kind: 'email', value }), ['value']);
  });

  it('accepts a good email', () => {
    expect(contactSchema.safeParse({ ...phone, kind: 'email', value: 'help@example.com' }).success).toBe(true);
  });

  it('rejects a web value that is not a URL', () => {
    issueAt(contactSchema.safeParse({ ...phone, kind: 'web', value: 'www.example.com' }), ['value']);
  });

  it('rejects a social handle with spaces', () => {
    const issue = issueAt(contactSchema.safeParse({ ...unitedOnX, value: '@United Airlines' }), ['value']);
    expect(issue.message).toContain('expected a handle');
  });

  it('rejects a social contact without its platform', () => {
    const { platform: _platform, ...withoutPlatform } = unitedOnX;
    issueAt(contactSchema.safeParse(withoutPlatform), ['platform']);
  });

  it('rejects a contact without a source', () => {
    const { source: _source, ...withoutSource } = phone;
    const issue = issueAt(contactSchema.safeParse(withoutSource), ['source']);
    expect(issue.code).toBe('invalid_type');
  });

  it('rejects an empty source', () => {
    issueAt(contactSchema.safeParse({ ...phone, source: '' }), ['source']);
  });

  it('rejects an impossible asOf date', () => {
    const issue = issueAt(contactSchema.safeParse({ ...phone, asOf: '2023-02-30' }), ['asOf']);
    expect(issue.message).toBe('"2023-02-30" is not a real calendar date');
  });

  it('rejects an unquoted YAML date with the message about quotes', () => {
    const issue = issueAt(contactSchema.safeParse({ ...phone, asOf: new Date('2021-11-02') }), ['asOf']);
    expect(issue.message).toMatch(/write the date in quotes/);
  });

  it('checks endedOn as a date too', () => {
    issueAt(contactSchema.safeParse({ ...phone, status: 'retired', endedOn: '2019-13' }), ['endedOn']);
  });

  it('rejects an unknown status and an unknown rung', () => {
    issueAt(contactSchema.safeParse({ ...phone, status: 'old' }), ['status']);
    issueAt(contactSchema.safeParse({ ...phone, rung: 'ceo' }), ['rung']);
  });

  it('rejects an id that is not lower-case letters, digits and dashes', () => {
    const issue = issueAt(contactSchema.safeParse({ ...phone, id: 'Phone_HQ' }), ['id']);
    expect(issue.message).toContain('lower-case');
  });

  it('rejects an unknown key and names it', () => {
    const issue = issueAt(contactSchema.safeParse({ ...phone, phone: '1-877-787-7186' }), []);
    expect(issue.code).toBe('unrecognized_keys');
    expect(issue.keys).toEqual(['phone']);
  });

  it('rejects a key that belongs to another kind (platform on a phone)', () => {
    const issue = issueAt(contactSchema.safeParse({ ...phone, platform: 'X' }), []);
    expect(issue.keys).toEqual(['platform']);
  });

  it('rejects an unknown kind', () => {
    expect(issuesOf(contactSchema.safeParse({ ...phone, kind: 'pager' })).length).toBeGreaterThan(0);
  });
});

describe('postalAddress', () => {
  const whirlpool = { lines: ['2000 North M-63'], city: 'Benton Harbor', region: 'MI', postcode: '49022-2692', country: 'US' };

  it('accepts the address from the real content', () => {
    expect(postalAddress.parse(whirlpool)).toEqual(whirlpool);
  });

  it.each(['us', 'USA', 'U.S.', ''])('rejects the country code %j', (country) => {
    const issue = issueAt(postalAddress.safeParse({ ...whirlpool, country }), ['country']);
    expect(issue.message).toContain('two-letter country code');
  });

  it('rejects an address without street lines', () => {
    issueAt(postalAddress.safeParse({ ...whirlpool, lines: [] }), ['lines']);
  });

  it('rejects an unknown key in the address', () => {
    expect(issueAt(postalAddress.safeParse({ ...whirlpool, state: 'MI' }), []).keys).toEqual(['state']);
  });

  it('reports a bad country inside a postal contact at value.country', () => {
    const result = contactSchema.safeParse({ ...phone, kind: 'postal', value: { ...whirlpool, country: 'usa' } });
    issueAt(result, ['value', 'country']);
  });
});
