import { describe, expect, it } from 'vitest';
import { companyFacets, filterAttributes, jurisdictionPlace, tacticFacets, type FacetNames } from '../../src/lib/search/facets';

const names: FacetNames = {
  type: (type) => (type === 'company' ? 'Company' : 'Tactic'),
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
        laws: [{ jurisdiction: 'United States (federal)' }, { jurisdiction: 'United Kingdom' }, { jurisdiction: 'United States (voluntary industry code)' }],
      },
      names,
    );
    expect(facets).toEqual({
      type: ['Tactic'],
      channel: ['Channel phone', 'Channel card-issuer'],
      stage: ['Stage card-and-regulators'],
      country: ['United States', 'United Kingdom'],
    });
  });

  it('leaves out the country of a tactic that leans on no law', () => {
    expect(tacticFacets({ stage: 'prepare', channels: ['phone'], laws: [] }, names)).not.toHaveProperty('country');
  });
});

describe('jurisdictionPlace', () => {
  it.each([
    ['United States (federal)', 'United States'],
    ['European Union', 'European Union'],
    ['United Kingdom ', 'United Kingdom'],
  ])('%s → %s', (jurisdiction, place) => {
    expect(jurisdictionPlace(jurisdiction)).toBe(place);
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
