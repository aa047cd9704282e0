/**
 * Helpers for the open-data tests: the sources read straight from their YAML,
 * an RFC 4180 CSV reader written apart from the site's writer, a JSON Schema
 * validator, and a comparison of an exported entry with its content file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { parse } from 'yaml';
import { hasLetters, parsePhone } from '../../src/lib/directory/phone';
import type { RawEntry } from './content';

export function readSources(root = 'content'): RawEntry[] {
  const dir = join(root, 'sources');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => ({ id: basename(file, '.yaml'), data: parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>, body: '' }));
}

/** Reads CSV as RFC 4180 writes it: quoted fields may hold commas, quotes ("") and line breaks; records end in CRLF. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
    } else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 1;
    } else if (char === '\n' || char === '\r') {
      throw new Error(`bare line break outside quotes at offset ${i}: records must end in CRLF`);
    } else {
      field += char;
    }
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || record.length > 0) throw new Error('the last record does not end in CRLF');
  return records;
}

/** A draft 2020-12 validator, strict, with the two formats zod's schemas use. */
export function jsonSchemaValidator(schema: object) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  ajv.addFormat('uri', (value: string) => URL.canParse(value) && /^[a-z][a-z0-9+.-]*:/i.test(value));
  ajv.addFormat('email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/);
  return ajv.compile(schema);
}

/** Fields the content may leave out, and the value the schema gives them then. */
function isDefaultValue(value: unknown): boolean {
  return value === 'current' || value === 0 || value === false || (Array.isArray(value) && value.length === 0);
}

/**
 * Every difference between an exported value and what the content file says,
 * as "path: message" lines. Every field written in the file must be in the
 * export with the same value (a phone number as its parsed form); a field the
 * export has and the file leaves out must hold the schema's default, or be
 * one of `derived` at the top level.
 */
/** `region`: the entry's country, in which a number written in national form is read (as the build reads it). */
export function differences(exported: unknown, raw: unknown, path = '', derived: readonly string[] = [], region: string = 'US'): string[] {
  if (typeof raw === 'string' && typeof exported === 'object' && exported !== null && 'e164' in exported) {
    const phone = exported as { e164: string; vanity?: string };
    const expected = parsePhone(raw, region as Parameters<typeof parsePhone>[1]);
    const problems: string[] = [];
    if (phone.e164 !== expected.e164) problems.push(`${path}: ${phone.e164} is not ${raw} (${expected.e164})`);
    if ((phone.vanity ?? null) !== (hasLetters(raw) ? raw.trim() : null)) problems.push(`${path}: vanity ${phone.vanity} for ${raw}`);
    return problems;
  }
  if (Array.isArray(raw)) {
    if (!Array.isArray(exported)) return [`${path}: expected a list`];
    if (exported.length !== raw.length) return [`${path}: ${exported.length} items, the file has ${raw.length}`];
    return raw.flatMap((item, i) => differences(exported[i], item, `${path}[${i}]`, [], region));
  }
  if (typeof raw === 'object' && raw !== null) {
    if (typeof exported !== 'object' || exported === null || Array.isArray(exported)) return [`${path}: expected an object`];
    const out = exported as Record<string, unknown>;
    const problems = Object.entries(raw).flatMap(([key, value]) =>
      key in out ? differences(out[key], value, `${path}.${key}`, [], region) : [`${path}.${key}: missing from the export`],
    );
    for (const [key, value] of Object.entries(out)) {
      if (key in raw || derived.includes(key)) continue;
      if (!isDefaultValue(value)) problems.push(`${path}.${key}: in the export (${JSON.stringify(value)}) but not in the file`);
    }
    return problems;
  }
  return exported === raw ? [] : [`${path}: ${JSON.stringify(exported)} is not ${JSON.stringify(raw)}`];
}
