/** contacts.csv: every contact of every company, every field in a column, read back with an independent CSV reader. */
import { describe, expect, it } from 'vitest';
import { companySchema } from '../../../src/schemas/company';
import { contactSchema, postalAddress } from '../../../src/schemas/contact';
import { sourceSchema } from '../../../src/schemas/source';
import { toCsv } from '../../../src/lib/exports/csv';
import { contactsCsv, CONTACT_FIELD_COLUMNS, CSV_COLUMNS, PHONE_FIELD_COLUMNS, POSTAL_FIELD_COLUMNS } from '../../../src/lib/exports/contacts-csv';
import { parsedPhoneSchema } from '../../../src/lib/exports/schemas';
import { hasLetters, parsePhone } from '../../../src/lib/directory/phone';
import { readCollection } from '../../support/content';
import { parseCsv, readSources } from '../../support/open-data';

const site = new URL('https://beyond-no.example/');
const rawCompanies = readCollection('companies');
const companies = rawCompanies.map((raw) => ({ id: raw.id, data: companySchema.parse(raw.data) }));
const rawSources = new Map(readSources().map((s) => [s.id, s.data]));
const sources = new Map(readSources().map((s) => [s.id, { data: sourceSchema.parse(s.data) }]));

describe('toCsv', () => {
  it('quotes only fields that need it, doubles quotes, and ends every record in CRLF', () => {
    const csv = toCsv(['a', 'b'] as const, [
      { a: 'plain', b: 'with, comma' },
      { a: 'say "hi"', b: 'two\nlines' },
      { a: ' edge', b: '' },
    ]);
    expect(csv).toBe('a,b\r\nplain,"with, comma"\r\n"say ""hi""","two\nlines"\r\n" edge",\r\n');
    expect(parseCsv(csv)).toEqual([
      ['a', 'b'],
      ['plain', 'with, comma'],
      ['say "hi"', 'two\nlines'],
      [' edge', ''],
    ]);
  });
});

describe('contacts.csv over the real content', () => {
  const [header, ...rows] = parseCsv(contactsCsv(companies, sources, site));
  const records = rows.map((row) => Object.fromEntries(header!.map((column, i) => [column, row[i]!])));
  const rawContacts = rawCompanies.flatMap((company) =>
    (company.data.contacts as Record<string, any>[]).map((contact) => ({ company, contact })),
  );

  it('has one row per contact, in the order of the files, every row as wide as the header', () => {
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(rawContacts.length);
    expect(rows.every((row) => row.length === header!.length)).toBe(true);
  });

  it('holds every field of every contact as its file gives it', () => {
    rawContacts.forEach(({ company, contact }, i) => {
      const row = records[i]!;
      const source = rawSources.get(contact.source)!;
      expect(row).toMatchObject({
        company_id: company.id,
        company_name: company.data.name,
        company_page: `https://beyond-no.example/companies/${company.id}/`,
        contact_id: contact.id ?? '',
        kind: contact.kind,
        rung: contact.rung,
        label: contact.label,
        status: contact.status ?? 'current',
        hours: contact.hours ?? '',
        note: contact.note ?? '',
        as_of: contact.asOf,
        ended_on: contact.endedOn ?? '',
        replaced_by: contact.replacedBy ?? '',
        source_id: contact.source,
        source_title: source.title,
        source_url: source.url ?? '',
        platform: contact.platform ?? '',
        social_url: contact.url ?? '',
      });
      if (contact.kind === 'phone' || contact.kind === 'fax') {
        const parsed = parsePhone(contact.value, company.data.country as Parameters<typeof parsePhone>[1]);
        expect(row).toMatchObject({ value: parsed.e164, e164: parsed.e164, display: parsed.national, vanity: hasLetters(contact.value) ? contact.value : '' });
      } else if (contact.kind === 'postal') {
        const v = contact.value;
        expect(row).toMatchObject({ address_lines: v.lines.join('\n'), city: v.city, region: v.region ?? '', postcode: v.postcode ?? '', country: v.country });
        expect(row.value).toContain(v.lines[0]);
      } else {
        expect(row.value).toBe(contact.value);
      }
    });
  });

  it('never holds a scam number', () => {
    const scams = rawCompanies.flatMap((c) =>
      ((c.data.scamNumbers as { value: string }[] | undefined) ?? []).map((s) => parsePhone(s.value, c.data.country as Parameters<typeof parsePhone>[1]).e164),
    );
    expect(scams.length).toBeGreaterThan(0);
    expect(records.filter((row) => scams.includes(row.e164!))).toEqual([]);
  });
});

describe('a field the content model gains must get a CSV column', () => {
  it('every key of every kind of contact has a column', () => {
    const keys = new Set(contactSchema.options.flatMap((option) => Object.keys(option.shape)));
    expect([...keys].sort()).toEqual(Object.keys(CONTACT_FIELD_COLUMNS).sort());
  });

  it('every part of a postal address and of a parsed phone number has a column or follows from one', () => {
    expect(Object.keys(POSTAL_FIELD_COLUMNS).sort()).toEqual(Object.keys(postalAddress.shape).sort());
    expect(Object.keys(PHONE_FIELD_COLUMNS).sort()).toEqual(Object.keys(parsedPhoneSchema.shape).sort());
  });

  it('every column named there exists', () => {
    const named = [...Object.values(CONTACT_FIELD_COLUMNS).flat(), ...Object.values(POSTAL_FIELD_COLUMNS), ...Object.values(PHONE_FIELD_COLUMNS)];
    expect(named.filter((column) => column !== null && !CSV_COLUMNS.includes(column))).toEqual([]);
  });
});
