/**
 * The export builders over the real content: each document validates against
 * its generated JSON Schema and carries every field of every entry, compared
 * with the content files read straight from disk. The built files are checked
 * the same way in tests/dist/data-exports.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { bodySchema } from '../../../src/schemas/body';
import { companySchema } from '../../../src/schemas/company';
import { sourceSchema } from '../../../src/schemas/source';
import { tacticSchema } from '../../../src/schemas/tactic';
import { companiesDocument } from '../../../src/lib/exports/companies';
import { tacticsDocument } from '../../../src/lib/exports/tactics';
import { sourcesDocument } from '../../../src/lib/exports/sources';
import { bodiesDocument } from '../../../src/lib/exports/bodies';
import { exportJsonSchema } from '../../../src/lib/exports/json-schema';
import { EXPORT_SCHEMAS } from '../../../src/lib/exports/registry';
import { SCHEMA_VERSION } from '../../../src/lib/exports/version';
import { readCollection } from '../../support/content';
import { differences, jsonSchemaValidator, readSources } from '../../support/open-data';

const site = new URL('https://beyond-no.example/');
const rawCompanies = readCollection('companies');
const rawTactics = readCollection('tactics');
const rawSources = readSources();
const rawBodies = readCollection('bodies');
const bodies = rawBodies.map((raw) => ({ id: raw.id, data: bodySchema.parse(raw.data), body: raw.body }));
const companies = rawCompanies.map((raw) => ({ id: raw.id, data: companySchema.parse(raw.data), body: raw.body }));
const tactics = rawTactics.map((raw) => ({ id: raw.id, data: tacticSchema.parse(raw.data), body: raw.body }));
const sources = rawSources.map((raw) => ({ id: raw.id, data: sourceSchema.parse(raw.data) }));
const validator = (name: keyof typeof EXPORT_SCHEMAS) =>
  jsonSchemaValidator(exportJsonSchema(EXPORT_SCHEMAS[name].schema, { id: `${site.href}data/${name}.schema.json`, title: name, description: name }));

describe('companies.json', () => {
  const doc = companiesDocument(companies, site);

  it('is valid against its JSON Schema', () => {
    const validate = validator('companies');
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  });

  it('names its schema, version and the latest check', () => {
    expect(doc.$schema).toBe('https://beyond-no.example/data/companies.schema.json');
    expect(doc.schemaVersion).toBe(SCHEMA_VERSION);
    expect(doc.lastChecked).toBe(rawCompanies.map((c) => c.data.lastChecked as string).sort().at(-1));
  });

  it('carries every field of every company as its file gives it', () => {
    expect(doc.companies.map((c) => c.id)).toEqual(rawCompanies.map((c) => c.id));
    expect(rawCompanies.flatMap((raw, i) => differences(doc.companies[i], raw.data, raw.id, ['id', 'url', 'vcard', 'body'], raw.data.country as string))).toEqual([]);
    rawCompanies.forEach((raw, i) => {
      const exported = doc.companies[i]!;
      expect(exported.body).toBe(raw.body);
      expect(exported.url).toBe(`https://beyond-no.example/companies/${raw.id}/`);
      expect(exported.vcard).toBe(`https://beyond-no.example/companies/${raw.id}.vcf`);
    });
  });

  it('carries a field the content model gains, without a change to the exporter', () => {
    const first = companies[0]!;
    const grown = { ...first, data: { ...first.data, hotline: 'new' } as typeof first.data };
    expect(companiesDocument([grown], site).companies[0]).toHaveProperty('hotline', 'new');
  });
});

describe('bodies.json', () => {
  const doc = bodiesDocument(bodies, site);

  it('has complaint bodies to carry', () => {
    expect(rawBodies.length).toBeGreaterThan(0);
  });

  it('is valid against its JSON Schema', () => {
    const validate = validator('bodies');
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  });

  it('carries every field of every body and its advice', () => {
    expect(doc.bodies).toHaveLength(rawBodies.length);
    expect(rawBodies.flatMap((raw, i) => differences(doc.bodies[i], raw.data, raw.id, ['id', 'url', 'body'], raw.data.country as string))).toEqual([]);
    rawBodies.forEach((raw, i) => expect(doc.bodies[i]!.body).toBe(raw.body));
  });
});

describe('tactics.json', () => {
  const doc = tacticsDocument(tactics, site);

  it('is valid against its JSON Schema', () => {
    const validate = validator('tactics');
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  });

  it('carries every field of every tactic, its body and its numbered steps', () => {
    expect(doc.tactics).toHaveLength(rawTactics.length);
    expect(rawTactics.flatMap((raw, i) => differences(doc.tactics[i], raw.data, raw.id, ['id', 'url', 'steps', 'body']))).toEqual([]);
    rawTactics.forEach((raw, i) => {
      const exported = doc.tactics[i]!;
      expect(exported.body).toBe(raw.body);
      const numbered = raw.body.split('\n').filter((line) => /^\d+\. /.test(line));
      expect(exported.steps).toHaveLength(numbered.length);
      expect(exported.steps.length).toBeGreaterThanOrEqual(3);
    });
  });

  it('carries a field the content model gains', () => {
    const first = tactics[0]!;
    const grown = { ...first, data: { ...first.data, difficulty: 'easy' } as typeof first.data };
    expect(tacticsDocument([grown], site).tactics[0]).toHaveProperty('difficulty', 'easy');
  });
});

describe('sources.json', () => {
  const doc = sourcesDocument(sources, site);

  it('is valid against its JSON Schema', () => {
    const validate = validator('sources');
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  });

  it('carries every field of every source, by id', () => {
    // Sorted by id as the export sorts them, whatever order the files were read in.
    expect(doc.sources.map((s) => s.id)).toEqual(rawSources.map((s) => s.id).sort((a, b) => a.localeCompare(b)));
    const byId = new Map(doc.sources.map((s) => [s.id, s]));
    expect(rawSources.flatMap((raw) => differences(byId.get(raw.id), raw.data, raw.id, ['id']))).toEqual([]);
  });

  it('carries a field the content model gains', () => {
    const first = sources[0]!;
    const grown = { ...first, data: { ...first.data, archive: 'https://web.archive.org/' } as typeof first.data };
    expect(sourcesDocument([grown], site).sources[0]).toHaveProperty('archive');
  });
});

describe('the JSON Schemas reject what the content rules out', () => {
  it('a contact with a field no schema has', () => {
    const doc = structuredClone(companiesDocument(companies, site)) as any;
    doc.companies[0].contacts[0].fax = '+1 555';
    expect(validator('companies')(doc)).toBe(false);
  });

  it('a phone number left as text', () => {
    const doc = structuredClone(companiesDocument(companies, site)) as any;
    const phone = doc.companies.flatMap((c: any) => c.contacts).find((c: any) => c.kind === 'phone');
    phone.value = '+1 206-481-7200';
    expect(validator('companies')(doc)).toBe(false);
  });

  it('a date in another format', () => {
    const doc = structuredClone(sourcesDocument(sources, site)) as any;
    doc.sources[0].accessed = '11/2026';
    expect(validator('sources')(doc)).toBe(false);
  });
});

it('two runs give identical output', () => {
  expect(JSON.stringify(companiesDocument(companies, site))).toBe(JSON.stringify(companiesDocument(companies, site)));
});

describe('the entry-by-entry comparison', () => {
  const doc = companiesDocument(companies, site);
  const expedia = rawCompanies.find((c) => c.id === 'expedia')!;
  const exported = () => structuredClone(doc.companies.find((c) => c.id === 'expedia')!) as any;

  it('notices a field the export dropped', () => {
    const copy = exported();
    delete copy.contacts[0].note;
    expect(differences(copy, expedia.data, 'expedia', ['id', 'url', 'vcard', 'body'])).toEqual(['expedia.contacts[0].note: missing from the export']);
  });

  it('notices a changed phone number, a lost vanity spelling and a changed date', () => {
    const copy = exported();
    copy.contacts[0].value.vanity = undefined;
    copy.contacts[1].value.e164 = '+18665109716';
    copy.contacts[2].asOf = '2021-11-03';
    expect(differences(copy, expedia.data, 'expedia', ['id', 'url', 'vcard', 'body'])).toHaveLength(3);
  });

  it('notices a field in the export the file does not have', () => {
    const copy = exported();
    copy.contacts[0].hours = '24/7';
    expect(differences(copy, expedia.data, 'expedia', ['id', 'url', 'vcard', 'body'])).toEqual([
      'expedia.contacts[0].hours: in the export ("24/7") but not in the file',
    ]);
  });
});
