import { describe, expect, it } from 'vitest';
import { companyPhones } from '../../src/lib/directory/company';
import { parsePhone } from '../../src/lib/directory/phone';

describe('companyPhones', () => {
  const tier3 = parsePhone('+1 866-510-9715');
  const fax = parsePhone('+1 425-702-2722');
  const scam = parsePhone('+1 888-714-9824');

  it('lists phone and fax numbers, then scam numbers, and nothing else', () => {
    const phones = companyPhones({
      contacts: [
        { kind: 'phone', value: tier3 },
        { kind: 'email', value: 'help@example.com' },
        { kind: 'fax', value: fax },
        { kind: 'postal', value: { lines: ['1 Main St'], city: 'Seattle', country: 'US' } },
      ],
      scamNumbers: [{ value: scam }],
    });
    expect(phones.map((p) => p.e164)).toEqual(['+18665109715', '+14257022722', '+18887149824']);
  });

  it('answers an empty list for a company without numbers', () => {
    expect(companyPhones({ contacts: [{ kind: 'web', value: 'https://example.com/' }], scamNumbers: [] })).toEqual([]);
  });
});
