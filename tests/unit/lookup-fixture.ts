/**
 * A small directory for the look-up's unit tests, parsed by the real company
 * schema so it has exactly the shape the build hands the look-up: a current,
 * an unverified vanity, a superseded number with its replacement, a retired
 * fax, an email, and a scam number.
 */
import { companySchema } from '../../src/schemas/company';
import { buildLookupDirectory, type DirectoryInput } from '../../src/lib/lookup/directory';

const base = { source: 'test-source', asOf: '2024-01-15' };

export const acme: DirectoryInput = {
  id: 'acme',
  data: companySchema.parse({
    name: 'Acme Travel',
    summary: 'A test company.',
    industry: 'travel',
    country: 'US',
    website: 'https://acme.example/',
    contactPage: 'https://acme.example/contact',
    lastChecked: '2024-01',
    contacts: [
      { ...base, id: 'bookings', kind: 'phone', rung: 'front-line', label: 'Bookings', value: '1-800-ACMETRV' },
      { ...base, id: 'c51', kind: 'phone', rung: 'escalation', label: 'Tier 2', value: '+1 866-510-9715', status: 'unverified' },
      { ...base, id: 'hq-old', kind: 'phone', rung: 'headquarters', label: 'Old head office', value: '+1 425-679-7200', status: 'superseded', replacedBy: 'hq-new', endedOn: '2019' },
      { ...base, id: 'hq-new', kind: 'phone', rung: 'headquarters', label: 'Head office', value: '+1 206-481-7200' },
      { ...base, id: 'c52', kind: 'fax', rung: 'headquarters', label: 'Old fax', value: '+1 425-702-2722', status: 'retired', endedOn: '2020-06' },
      { ...base, id: 'c53', kind: 'email', rung: 'executive', label: 'Executive office', value: 'ceo@acme.example' },
    ],
    scamNumbers: [{ value: '+1 888-714-9824', seenOn: 'a spam page', source: 'test-source', asOf: '2024-02' }],
  }),
};

export const directory = buildLookupDirectory([acme]);

/** An Israeli company: a national number read for Israel, and a star number that dials only there. */
export const shekel: DirectoryInput = {
  id: 'shekel',
  data: companySchema.parse({
    name: 'Shekel Mobile',
    summary: 'A test company.',
    industry: 'telecom',
    country: 'IL',
    website: 'https://shekel.example/',
    lastChecked: '2024-01',
    contacts: [
      { ...base, id: 'c54', kind: 'phone', rung: 'front-line', label: 'Service', value: '03-6234567' },
      { ...base, id: 'c55', kind: 'short-code', rung: 'front-line', label: 'From a Shekel phone', value: '*2000' },
      { ...base, id: 'c56', kind: 'short-code', rung: 'front-line', label: 'Faults', value: '103', status: 'unverified' },
    ],
    missing: [{ label: 'Complaints officer', rung: 'executive', source: 'test-source', reason: 'None named in the test source.' }],
  }),
};

export const twoCountries = buildLookupDirectory([acme, shekel]);
