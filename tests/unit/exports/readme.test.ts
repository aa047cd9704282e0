/** The README's "Open data" section names every field the exports carry, so a field added to the model must be documented. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPORT_SCHEMAS } from '../../../src/lib/exports/registry';
import { CSV_COLUMNS } from '../../../src/lib/exports/contacts-csv';
import { exportJsonSchema } from '../../../src/lib/exports/json-schema';

const readme = readFileSync('README.md', 'utf8');
const start = readme.indexOf('\n## Open data');
const end = readme.indexOf('\n## ', start + 1);
const section = readme.slice(start, end === -1 ? undefined : end);

/** Every property name anywhere in a JSON Schema. */
function propertyNames(schema: unknown): string[] {
  if (typeof schema !== 'object' || schema === null) return [];
  if (Array.isArray(schema)) return schema.flatMap(propertyNames);
  const node = schema as Record<string, unknown>;
  const own = node.properties && typeof node.properties === 'object' ? Object.keys(node.properties) : [];
  return [...own, ...Object.values(node).flatMap(propertyNames)];
}

describe('README "Open data"', () => {
  it('exists', () => {
    expect(start).toBeGreaterThan(0);
  });

  it.each(Object.keys(EXPORT_SCHEMAS))('names every field of %s.json', (name) => {
    const entry = EXPORT_SCHEMAS[name as keyof typeof EXPORT_SCHEMAS];
    const names = [...new Set(propertyNames(exportJsonSchema(entry.schema, { id: 'https://x.example/s.json', title: '', description: '' })))];
    expect(names.filter((field) => !section.includes(`\`${field}\``))).toEqual([]);
  });

  it('names every column of contacts.csv', () => {
    expect(CSV_COLUMNS.filter((column) => !section.includes(`\`${column}\``))).toEqual([]);
  });
});
