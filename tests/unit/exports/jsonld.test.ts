import { describe, expect, it } from 'vitest';
import { companySchema } from '../../../src/schemas/company';
import { howToJsonLd, organizationJsonLd, serializeJsonLd } from '../../../src/lib/exports/jsonld';

const base = { source: 's', asOf: '2024-01-02' };
const company = companySchema.parse({
  name: 'Acme',
  aliases: ['ACME Corp'],
  summary: 'A company.',
  industry: 'other',
  country: 'US',
  website: 'https://acme.example/',
  parent: 'Acme Holdings',
  lastChecked: '2026-11',
  contacts: [
    { ...base, id: 'c38', kind: 'phone', rung: 'front-line', label: 'Customer line', value: '+1 206-481-7200', hours: 'Mon to Fri, 8 am to 6 pm' },
    { ...base, id: 'c39', kind: 'phone', rung: 'escalation', label: 'Tier 3', value: '+1 866-510-9715', status: 'unverified' },
    { ...base, id: 'old', kind: 'postal', rung: 'headquarters', label: 'Former HQ', value: { lines: ['1 Old St'], city: 'Bellevue', country: 'US' }, status: 'superseded', replacedBy: 'hq' },
    { ...base, id: 'hq', kind: 'postal', rung: 'headquarters', label: 'Headquarters', value: { lines: ['Willis Tower', '233 S Wacker Dr'], city: 'Chicago', region: 'IL', postcode: '60606', country: 'US' } },
    { ...base, id: 'c40', kind: 'fax', rung: 'headquarters', label: 'Fax', value: '+1 206-481-7201' },
    { ...base, id: 'c41', kind: 'email', rung: 'executive', label: 'Executive office', value: 'exec@acme.example' },
    { ...base, id: 'c42', kind: 'social', rung: 'social', platform: 'X', label: 'Acme on X', value: '@Acme', url: 'https://x.com/Acme' },
  ],
});
const page = 'https://beyond-no.example/companies/acme/';

describe('organizationJsonLd', () => {
  const data = organizationJsonLd(company, page) as Record<string, any>;

  it('names the company with its aliases, site, page and parent', () => {
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      '@id': `${page}#organization`,
      name: 'Acme',
      alternateName: ['ACME Corp'],
      url: 'https://acme.example/',
      mainEntityOfPage: page,
      parentOrganization: { '@type': 'Organization', name: 'Acme Holdings' },
    });
  });

  it('gives each current contact a ContactPoint with its label as contactType, and leaves out unverified and old values', () => {
    expect(data.contactPoint).toEqual([
      { '@type': 'ContactPoint', telephone: '+12064817200', contactType: 'Customer line', hoursAvailable: { '@type': 'OpeningHoursSpecification', description: 'Mon to Fri, 8 am to 6 pm' } },
      { '@type': 'ContactPoint', email: 'exec@acme.example', contactType: 'Executive office' },
      { '@type': 'PostalAddress', streetAddress: 'Willis Tower, 233 S Wacker Dr', addressLocality: 'Chicago', addressRegion: 'IL', postalCode: '60606', addressCountry: 'US', contactType: 'Headquarters' },
      { '@type': 'ContactPoint', faxNumber: '+12064817201', contactType: 'Fax' },
    ]);
    expect(JSON.stringify(data)).not.toContain('8665109715');
    expect(JSON.stringify(data)).not.toContain('Bellevue');
  });

  it('uses the current headquarters as the address and social profiles as sameAs', () => {
    expect(data.address).toMatchObject({ '@type': 'PostalAddress', addressLocality: 'Chicago' });
    expect(data.sameAs).toEqual(['https://x.com/Acme']);
  });
});

describe('howToJsonLd', () => {
  it('lists the steps in order', () => {
    const data = howToJsonLd({ title: 'Stay calm', summary: 'Calm works.', aka: [] }, ['Breathe.', 'Speak.'], 'https://x.example/tactics/stay-calm/') as Record<string, any>;
    expect(data).toMatchObject({ '@type': 'HowTo', name: 'Stay calm', description: 'Calm works.', url: 'https://x.example/tactics/stay-calm/' });
    expect(data).not.toHaveProperty('alternateName');
    expect(data.step).toEqual([
      { '@type': 'HowToStep', position: 1, text: 'Breathe.' },
      { '@type': 'HowToStep', position: 2, text: 'Speak.' },
    ]);
  });
});

describe('serializeJsonLd', () => {
  it('cannot end the script element or open a comment, and parses back to the same data', () => {
    const data = { name: '</script><script>alert(1)</script> <!-- x', line: 'a\u2028b' };
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/<\/script/i);
    expect(json).not.toContain('<!--');
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual(data);
  });
});
