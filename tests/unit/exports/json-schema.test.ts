/** The export JSON Schemas come from the zod schemas: every content field is described, transforms by their output. */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { companyObjectSchema as companySchema } from '../../../src/schemas/company';
import { contactSchema } from '../../../src/schemas/contact';
import { sourceSchema } from '../../../src/schemas/source';
import { tacticSchema } from '../../../src/schemas/tactic';
import { exportJsonSchema } from '../../../src/lib/exports/json-schema';
import { EXPORT_SCHEMAS } from '../../../src/lib/exports/registry';
import { parsedPhoneSchema } from '../../../src/lib/exports/schemas';

type Json = Record<string, any>;
const meta = { id: 'https://example.org/x.schema.json', title: 't', description: 'd' };
const schemas = Object.fromEntries(
  Object.entries(EXPORT_SCHEMAS).map(([name, entry]) => [name, exportJsonSchema(entry.schema, { ...meta, id: `https://example.org/${name}.schema.json` })]),
) as Record<keyof typeof EXPORT_SCHEMAS, Json>;

/** Walks a zod schema and its JSON Schema side by side; lists every object key zod has that the JSON Schema lacks. */
function missingKeys(zod: z.ZodType, json: Json, path: string): string[] {
  const def = (zod as any)._zod.def;
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'nullable':
      return missingKeys(def.innerType, json, path);
    case 'pipe':
      // A transform: described by its output (checked in its own test).
      return [];
    case 'array':
      return missingKeys(def.element, json.items, `${path}[]`);
    case 'union':
      return def.options.flatMap((option: z.ZodType, i: number) => missingKeys(option, json.oneOf?.[i] ?? json.anyOf?.[i] ?? {}, `${path}|${i}`));
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      return Object.entries(shape).flatMap(([key, value]) =>
        json.properties?.[key] ? missingKeys(value, json.properties[key], `${path}.${key}`) : [`${path}.${key}`],
      );
    }
    default:
      return [];
  }
}

describe('export JSON Schemas', () => {
  it('describe every field of the company, contact, scam number and missing-value schemas', () => {
    expect(missingKeys(companySchema, schemas.companies.properties.companies.items, 'company')).toEqual([]);
  });

  it('describe every field of the tactic and source schemas', () => {
    expect(missingKeys(tacticSchema, schemas.tactics.properties.tactics.items, 'tactic')).toEqual([]);
    expect(missingKeys(sourceSchema, schemas.sources.properties.sources.items, 'source')).toEqual([]);
  });

  it('find a field that is not described (the walker itself works)', () => {
    const grown = z.strictObject({ ...companySchema.shape, hotline: z.string() });
    expect(missingKeys(grown, schemas.companies.properties.companies.items, 'company')).toEqual(['company.hotline']);
  });

  it('find a field added to one kind of contact, deep in the tree', () => {
    const [phone, ...rest] = contactSchema.options;
    const grown = z.discriminatedUnion('kind', [phone.extend({ extension: z.string().optional() }), ...rest]);
    const contacts = schemas.companies.properties.companies.items.properties.contacts.items;
    expect(missingKeys(grown, contacts, 'contact')).toEqual(['contact|0.extension']);
  });

  it('describe a phone number by its parsed output, not the text the content writes', () => {
    const contact = schemas.companies.properties.companies.items.properties.contacts.items.oneOf[0];
    expect(contact.properties.kind.const).toBe('phone');
    expect(contact.properties.value.type).toBe('object');
    expect(Object.keys(contact.properties.value.properties).sort()).toEqual(Object.keys(parsedPhoneSchema.shape).sort());
    expect(contact.properties.value.required).toEqual(expect.arrayContaining(['e164', 'national', 'international', 'uri']));
  });

  it('give dates their written pattern', () => {
    const asOf = schemas.companies.properties.companies.items.properties.contacts.items.oneOf[0].properties.asOf;
    expect(asOf).toMatchObject({ type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' });
  });

  it('make defaulted fields required, since the export always has them', () => {
    const company = schemas.companies.properties.companies.items;
    expect(company.required).toEqual(expect.arrayContaining(['aliases', 'scamNumbers', 'missing', 'tactics', 'contacts', 'body']));
    expect(company.additionalProperties).toBe(false);
  });

  it('carry a draft 2020-12 $schema, an $id and a title', () => {
    expect(schemas.sources).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', $id: 'https://example.org/sources.schema.json', title: 't' });
  });

  it('refuse a transform whose output nobody described, instead of accepting anything', () => {
    const schema = z.strictObject({ when: z.string().transform((s) => new Date(s)) });
    expect(() => exportJsonSchema(schema, meta)).toThrow(/nothing describes the value at #\/properties\/when/);
  });
});
