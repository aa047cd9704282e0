import { describe, expect, it } from 'vitest';
import { companySchema } from '../../../src/schemas/company';
import { issueAt } from '../fixtures/issues';

/** The frontmatter of content/companies/expedia.mdx (notes shortened): every kind of entry a company can hold. */
const expedia = {
  name: 'Expedia',
  aliases: ['Expedia Group', 'Expedia, Inc.', 'Expedia.com'],
  summary: 'Online travel agency. The contact block in our Expedia article is out of date: headquarters moved twice, to Seattle in 2019.',
  industry: 'travel',
  country: 'US',
  website: 'https://www.expedia.com/',
  lastChecked: '2026-11',
  contacts: [
    {
      id: 'c10',
      kind: 'phone',
      rung: 'front-line',
      label: 'Customer line (vanity number)',
      value: '1-800-EXPEDIA',
      source: 'expedia-vanity-number-blog',
      asOf: '2026-11',
      status: 'unverified',
      note: 'Comes from a single unconfirmed source (one blog).',
    },
    {
      id: 'c11',
      kind: 'phone',
      rung: 'escalation',
      label: 'Tier 3 customer service',
      value: '+1 866-510-9715',
      source: 'article-expedia-customer-service',
      asOf: '2026-11',
      status: 'unverified',
    },
    {
      id: 'c12',
      kind: 'phone',
      rung: 'disputes',
      label: 'Disputes',
      value: '1-877-787-7186',
      source: 'expedia-rewards-terms',
      asOf: '2021-11-02',
      status: 'current',
    },
    {
      id: 'phone-bellevue',
      kind: 'phone',
      rung: 'headquarters',
      label: 'Corporate phone (Bellevue)',
      value: '+1 425-679-7200',
      source: 'article-expedia-customer-service',
      asOf: '2026-11',
      status: 'superseded',
      replacedBy: 'phone-seattle',
      endedOn: '2019',
    },
    {
      id: 'phone-seattle',
      kind: 'phone',
      rung: 'headquarters',
      label: 'Corporate phone',
      value: '+1 206-481-7200',
      source: 'expedia-10k-2023',
      asOf: '2023-12-31',
      status: 'current',
    },
    {
      id: 'c13',
      kind: 'fax',
      rung: 'headquarters',
      label: 'Corporate fax',
      value: '+1 425-702-2722',
      source: 'article-expedia-customer-service',
      asOf: '2026-11',
      status: 'unverified',
    },
    {
      id: 'hq-108th-ave',
      kind: 'postal',
      rung: 'headquarters',
      label: 'Former headquarters (Bellevue, 2008 to 2019)',
      value: { lines: ['333 108th Ave NE'], city: 'Bellevue', region: 'WA', postcode: '98004', country: 'US' },
      source: 'expedia-10k-2008',
      asOf: '2008',
      status: 'superseded',
      replacedBy: 'hq-seattle',
      endedOn: '2019',
    },
    {
      id: 'hq-seattle',
      kind: 'postal',
      rung: 'headquarters',
      label: 'Headquarters',
      value: { lines: ['1111 Expedia Group Way W'], city: 'Seattle', region: 'WA', postcode: '98119', country: 'US' },
      source: 'expedia-10k-2023',
      asOf: '2023-12-31',
      status: 'current',
    },
  ],
  scamNumbers: [
    {
      value: '+1 888-714-9824',
      seenOn: 'a free help-desk subdomain page',
      source: 'scam-expedia-helpdesk-page',
      asOf: '2026-11',
      note: "Not Expedia's number: a spam page posing as Expedia support.",
    },
  ],
  missing: [
    {
      label: 'Corporate email',
      rung: 'headquarters',
      source: 'article-expedia-customer-service',
      reason: 'The article shows only an email-protection placeholder where the address was.',
    },
    {
      label: 'Executive office',
      rung: 'executive',
      source: 'expedia-10k-2023',
      reason: 'None of the sources names an executive office.',
    },
  ],
  tactics: ['gather-the-facts', 'escalate-to-a-supervisor', 'choose-your-channel', 'pin-a-follow-up-date', 'write-to-headquarters'],
};

type Input = Record<string, unknown> & { contacts: Record<string, unknown>[] };

/** A fresh copy of the good company, changed by `edit`. */
function variant(edit: (company: Input) => void): Input {
  const company = structuredClone(expedia) as Input;
  edit(company);
  return company;
}

function contactAt(company: Input, index: number): Record<string, unknown> {
  const contact = company.contacts[index];
  if (!contact) throw new Error(`no contact ${index}`);
  return contact;
}

describe('companySchema: the good case', () => {
  it('parses the real Expedia frontmatter', () => {
    const result = companySchema.safeParse(expedia);
    expect(result.error?.issues).toBeUndefined();
    expect(result.success).toBe(true);
  });

  it('turns every phone into E.164 and keeps the vanity spelling', () => {
    const company = companySchema.parse(expedia);
    const [vanity, tier3] = company.contacts;
    expect(vanity?.kind).toBe('phone');
    if (vanity?.kind !== 'phone' || tier3?.kind !== 'phone') return;
    expect(vanity.value.vanity).toBe('1-800-EXPEDIA');
    expect(vanity.value.e164).toBe('+18003973342');
    expect(tier3.value.e164).toBe('+18665109715');
    expect(tier3.value.vanity).toBeUndefined();
    expect(company.scamNumbers[0]?.value.e164).toBe('+18887149824');
  });

  it('fills in the defaults for the optional lists', () => {
    const company = companySchema.parse(
      variant((c) => {
        delete c.aliases;
        delete c.scamNumbers;
        delete c.missing;
        delete c.tactics;
        c.contacts.push({ id: 'c14', kind: 'email', rung: 'executive', label: 'Executive office', value: 'ceo@example.com', source: 'x', asOf: '2026' });
      }),
    );
    expect(company.aliases).toEqual([]);
    expect(company.scamNumbers).toEqual([]);
    expect(company.missing).toEqual([]);
    expect(company.tactics).toEqual([]);
  });

  it('accepts a retired contact with no replacement', () => {
    const company = variant((c) => {
      c.contacts.push({
        id: 'c15',
        kind: 'social',
        rung: 'social',
        platform: 'X (Twitter)',
        label: 'Historical account',
        value: '@comcastcares',
        source: 'battelle-comcastcares-2008',
        asOf: '2008',
        status: 'retired',
        endedOn: '2010',
      });
    });
    expect(companySchema.safeParse(company).success).toBe(true);
  });
});

describe('companySchema: bad cases name the field', () => {
  it('rejects an invalid phone number', () => {
    const result = companySchema.safeParse(variant((c) => (contactAt(c, 1).value = '+1 555 010')));
    expect(issueAt(result, ['contacts', 1, 'value']).message).toContain('"+1 555 010" is not a valid phone number');
  });

  it('rejects an invalid scam number', () => {
    const result = companySchema.safeParse(
      variant((c) => ((c.scamNumbers as Record<string, unknown>[])[0]!.value = '888-714')),
    );
    issueAt(result, ['scamNumbers', 0, 'value']);
  });

  it('rejects a bad email', () => {
    const result = companySchema.safeParse(
      variant((c) => {
        c.contacts.push({ id: 'c16', kind: 'email', rung: 'executive', label: 'Office', value: 'ceo@', source: 's', asOf: '2026-11' });
      }),
    );
    issueAt(result, ['contacts', expedia.contacts.length, 'value']);
  });

  it('rejects a contact without a source', () => {
    const result = companySchema.safeParse(variant((c) => delete contactAt(c, 2).source));
    expect(issueAt(result, ['contacts', 2, 'source']).code).toBe('invalid_type');
  });

  it('rejects a company without a name', () => {
    issueAt(companySchema.safeParse(variant((c) => delete c.name)), ['name']);
  });

  it('rejects a company with no contacts', () => {
    issueAt(companySchema.safeParse(variant((c) => (c.contacts = []))), ['contacts']);
  });

  it('rejects an impossible date', () => {
    const result = companySchema.safeParse(variant((c) => (c.lastChecked = '2023-02-30')));
    expect(issueAt(result, ['lastChecked']).message).toBe('"2023-02-30" is not a real calendar date');
  });

  it('rejects an impossible date inside a contact', () => {
    const result = companySchema.safeParse(variant((c) => (contactAt(c, 3).endedOn = '2019-02-29')));
    issueAt(result, ['contacts', 3, 'endedOn']);
  });

  it('rejects an unquoted YAML date with the message about quotes', () => {
    const result = companySchema.safeParse(variant((c) => (contactAt(c, 2).asOf = new Date('2021-11-02'))));
    expect(issueAt(result, ['contacts', 2, 'asOf']).message).toMatch(/write the date in quotes/);
    const top = companySchema.safeParse(variant((c) => (c.lastChecked = new Date('2026-11-01'))));
    expect(issueAt(top, ['lastChecked']).message).toMatch(/write the date in quotes/);
  });

  it('rejects an unknown key on the company', () => {
    const issue = issueAt(companySchema.safeParse(variant((c) => (c.phone = '1-800-EXPEDIA'))), []);
    expect(issue.code).toBe('unrecognized_keys');
    expect(issue.keys).toEqual(['phone']);
  });

  it('rejects an unknown key on a contact', () => {
    const issue = issueAt(companySchema.safeParse(variant((c) => (contactAt(c, 0).verified = true))), ['contacts', 0]);
    expect(issue.keys).toEqual(['verified']);
  });

  it('rejects an unknown key on a scam number and on a missing value', () => {
    const scam = variant((c) => ((c.scamNumbers as Record<string, unknown>[])[0]!.status = 'current'));
    expect(issueAt(companySchema.safeParse(scam), ['scamNumbers', 0]).keys).toEqual(['status']);
    const missing = variant((c) => ((c.missing as Record<string, unknown>[])[0]!.value = 'x'));
    expect(issueAt(companySchema.safeParse(missing), ['missing', 0]).keys).toEqual(['value']);
  });

  it('rejects a superseded contact without replacedBy', () => {
    const result = companySchema.safeParse(variant((c) => delete contactAt(c, 3).replacedBy));
    expect(issueAt(result, ['contacts', 3, 'replacedBy']).message).toContain('must name the contact id that replaced it');
  });

  it('rejects replacedBy naming an id no contact has', () => {
    const result = companySchema.safeParse(variant((c) => (contactAt(c, 3).replacedBy = 'phone-redmond')));
    expect(issueAt(result, ['contacts', 3, 'replacedBy']).message).toBe('no contact with id "phone-redmond" in this company');
  });

  it('rejects a contact that replaces itself', () => {
    const result = companySchema.safeParse(variant((c) => (contactAt(c, 3).replacedBy = 'phone-bellevue')));
    expect(issueAt(result, ['contacts', 3, 'replacedBy']).message).toBe('a value cannot replace itself');
  });

  it('rejects a duplicate contact id at the second use', () => {
    const result = companySchema.safeParse(variant((c) => (contactAt(c, 7).id = 'hq-108th-ave')));
    const issue = issueAt(result, ['contacts', 7, 'id']);
    expect(issue.message).toBe('duplicate contact id "hq-108th-ave"');
    expect(() => issueAt(result, ['contacts', 6, 'id'])).toThrow();
  });

  it.each(['us', 'USA', 'United States'])('rejects the country code %j', (country) => {
    const result = companySchema.safeParse(variant((c) => (c.country = country)));
    expect(issueAt(result, ['country']).message).toContain('two-letter country code');
  });

  it('rejects a bad country code inside a postal contact', () => {
    const result = companySchema.safeParse(
      variant((c) => ((contactAt(c, 7).value as Record<string, unknown>).country = 'Usa')),
    );
    issueAt(result, ['contacts', 7, 'value', 'country']);
  });

  it('rejects an unknown industry', () => {
    issueAt(companySchema.safeParse(variant((c) => (c.industry = 'airlines'))), ['industry']);
  });

  it('rejects a summary longer than 200 characters', () => {
    issueAt(companySchema.safeParse(variant((c) => (c.summary = 'x'.repeat(201)))), ['summary']);
    expect(companySchema.safeParse(variant((c) => (c.summary = 'x'.repeat(200)))).success).toBe(true);
  });

  it('rejects a website that is not a URL', () => {
    issueAt(companySchema.safeParse(variant((c) => (c.website = 'expedia.com'))), ['website']);
  });

  it('rejects a missing value on an unknown rung', () => {
    const result = companySchema.safeParse(variant((c) => ((c.missing as Record<string, unknown>[])[0]!.rung = 'ceo')));
    issueAt(result, ['missing', 0, 'rung']);
  });
});

describe('companySchema: countries, short codes and the executive rung', () => {
  const norwegian = (value: string) =>
    variant((c) => {
      c.country = 'NO';
      c.contacts = [{ id: 'c17', kind: 'phone', rung: 'front-line', label: 'Customer service', value, source: 's', asOf: '2026-11' }];
      c.scamNumbers = [];
    });

  it('reads a national-form number for the company\'s country, not as a US number', () => {
    const company = companySchema.parse(norwegian('915 09000'));
    const phone = company.contacts[0]!;
    expect(phone.kind === 'phone' && phone.value.e164).toBe('+4791509000');
  });

  it('rejects a number that is not a valid Norwegian number on a Norwegian company, naming the field', () => {
    const issue = issueAt(companySchema.safeParse(norwegian('915 0900')), ['contacts', 0, 'value']);
    expect(issue.message).toMatch(/not a valid phone number/);
  });

  it('still takes a number with its own country code on a company elsewhere', () => {
    const company = companySchema.parse(norwegian('+46 8 797 00 00'));
    const phone = company.contacts[0]!;
    expect(phone.kind === 'phone' && phone.value.countryCode).toBe('46');
  });

  it('keeps an Israeli star number as written, and refuses one on a company outside Israel', () => {
    const starOn = (country: string) =>
      variant((c) => {
        c.country = country;
        c.scamNumbers = [];
        c.contacts = [{ id: 'c18', kind: 'short-code', rung: 'front-line', label: 'Customer service', value: '*2000', source: 's', asOf: '2026-11' }];
      });
    const israeli = companySchema.parse(starOn('IL'));
    expect(israeli.contacts[0]).toMatchObject({ kind: 'short-code', value: '*2000' });
    const issue = issueAt(companySchema.safeParse(starOn('US')), ['contacts', 0, 'kind']);
    expect(issue.message).toMatch(/only inside Israel/);
  });

  it('rejects a short code that is not a short number', () => {
    const result = companySchema.safeParse(
      variant((c) => {
        c.country = 'IL';
        c.scamNumbers = [];
        c.contacts = [{ id: 'c19', kind: 'short-code', rung: 'front-line', label: 'x', value: '*20-00', source: 's', asOf: '2026-11' }];
      }),
    );
    issueAt(result, ['contacts', 0, 'value']);
  });

  it('refuses a silently empty executive rung', () => {
    const result = companySchema.safeParse(variant((c) => (c.missing = [])));
    expect(issueAt(result, ['missing']).message).toMatch(/executive rung/);
  });

  it('refuses a contact on the executive rung with no source', () => {
    const result = companySchema.safeParse(
      variant((c) => c.contacts.push({ id: 'c20', kind: 'email', rung: 'executive', label: 'Office of the CEO', value: 'ceo@example.com', asOf: '2026' })),
    );
    issueAt(result, ['contacts', pushedIndex(), 'source']);
  });

  it('rejects an unknown country code', () => {
    issueAt(companySchema.safeParse(variant((c) => (c.country = 'XX'))), ['country']);
  });
});

/** The index the pushed contact lands at in the Expedia fixture. */
function pushedIndex(): number {
  return expedia.contacts.length;
}
