import { describe, expect, it } from 'vitest';
import { bodyFacets, companyFacets, filterAttributes, tacticFacets, type FacetNames } from '../../src/lib/search/facets';

const names: FacetNames = {
  type: (type) => ({ company: 'Company', tactic: 'Tactic', body: 'Body' })[type],
  industry: (industry) => `Industry ${industry}`,
  channel: (channel) => `Channel ${channel}`,
  contactKind: (kind) => `Kind ${kind}`,
  stage: (stage) => `Stage ${stage}`,
  country: (code) => `Country ${code}`,
};

describe('companyFacets', () => {
  const company = {
    industry: 'travel',
    country: 'US',
    contacts: [
      { kind: 'phone', rung: 'front-line', status: 'current' },
      { kind: 'fax', rung: 'headquarters', status: 'unverified' },
      { kind: 'email', rung: 'disputes', status: 'current' },
      { kind: 'phone', rung: 'escalation', status: 'current' },
      { kind: 'social', rung: 'social', status: 'superseded' },
      { kind: 'web', rung: 'front-line', status: 'current' },
    ],
  } as const;

  it('gives type, industry and country by name', () => {
    const facets = companyFacets(company, names);
    expect(facets.type).toEqual(['Company']);
    expect(facets.industry).toEqual(['Industry travel']);
    expect(facets.country).toEqual(['Country US']);
  });

  it('names channels as tactics do, fax and web by their own names, each once, and only for live contacts', () => {
    expect(companyFacets(company, names).channel).toEqual(['Channel phone', 'Kind fax', 'Channel email', 'Kind web']);
  });

  it('puts the company on each ladder stage where a live contact sits, in ladder order', () => {
    // escalation and disputes both map to the supervisor stage; the superseded social account counts for nothing.
    expect(companyFacets(company, names).stage).toEqual(['Stage front-line', 'Stage supervisor', 'Stage headquarters']);
  });
});

describe('tacticFacets', () => {
  it('gives type, stage and channels, and the places its laws apply', () => {
    const facets = tacticFacets(
      {
        stage: 'card-and-regulators',
        channels: ['phone', 'card-issuer'],
        laws: [{ country: 'US' }, { country: 'GB' }, { country: 'US' }],
      },
      names,
    );
    expect(facets).toEqual({
      type: ['Tactic'],
      channel: ['Channel phone', 'Channel card-issuer'],
      stage: ['Stage card-and-regulators'],
      country: ['Country US', 'Country GB'],
    });
  });

  it('leaves out the country of a tactic that leans on no law', () => {
    expect(tacticFacets({ stage: 'prepare', channels: ['phone'], laws: [] }, names)).not.toHaveProperty('country');
  });
});

describe('bodyFacets', () => {
  it('puts a body at the top of the ladder, in its country, for its industries and live channels', () => {
    const facets = bodyFacets(
      {
        country: 'NO',
        sectors: ['telecom', 'internet-and-tv'],
        contacts: [
          { kind: 'phone', status: 'current' },
          { kind: 'web', status: 'unverified' },
          { kind: 'email', status: 'superseded' },
        ],
      },
      names,
    );
    expect(facets).toEqual({
      type: ['Body'],
      stage: ['Stage card-and-regulators'],
      country: ['Country NO'],
      channel: ['Channel phone', 'Kind web'],
      industry: ['Industry telecom', 'Industry internet-and-tv'],
    });
  });

  it('gives a general body no industry filter, and a short code counts as a phone call', () => {
    const facets = bodyFacets({ country: 'IL', sectors: ['all'], contacts: [{ kind: 'short-code', status: 'current' }] }, names);
    expect(facets).not.toHaveProperty('industry');
    expect(facets.channel).toEqual(['Channel phone']);
  });
});

describe('filterAttributes', () => {
  it('writes "Label:value" per value, groups in filter order', () => {
    expect(filterAttributes({ stage: ['A'], type: ['T'], channel: ['P', 'E'] }, (facet) => facet.toUpperCase())).toEqual([
      'TYPE:T',
      'CHANNEL:P',
      'CHANNEL:E',
      'STAGE:A',
    ]);
  });
});
