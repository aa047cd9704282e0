/**
 * Nothing lost: the built exports against the content files, entry by entry.
 * Each JSON file validates against the JSON Schema published beside it; the
 * CSV holds every contact; each vCard, read with ical.js, holds exactly the
 * company's current contacts. Reads the built files (BEYOND_NO_DIST or dist/).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { hasLetters, parsePhone } from '../../src/lib/directory/phone';

type Region = Parameters<typeof parsePhone>[1];
import { DIST } from '../support/dist';
import { readCollection } from '../support/content';
import { differences, jsonSchemaValidator, parseCsv, readSources } from '../support/open-data';

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const readJson = (path: string) => JSON.parse(read(path)) as Record<string, any>;
const rawCompanies = readCollection('companies');
const rawTactics = readCollection('tactics');
const rawSources = readSources();
const rawBodies = readCollection('bodies');
type Raw = Record<string, any>;

describe.each([
  { name: 'companies', raw: rawCompanies, derived: ['id', 'url', 'vcard', 'body'] },
  { name: 'tactics', raw: rawTactics, derived: ['id', 'url', 'steps', 'body'] },
  { name: 'bodies', raw: rawBodies, derived: ['id', 'url', 'body'] },
  { name: 'sources', raw: rawSources, derived: ['id'] },
])('/data/$name.json', ({ name, raw, derived }) => {
  const doc = readJson(`data/${name}.json`);
  const schema = readJson(`data/${name}.schema.json`);
  const entries = doc[name] as Raw[];

  it('is valid against the JSON Schema published beside it, which it names', () => {
    const validate = jsonSchemaValidator(schema);
    expect(validate(doc), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(new URL(doc.$schema).pathname).toBe(`/data/${name}.schema.json`);
    expect(doc.$schema).toBe(schema.$id);
    expect(doc.schemaVersion).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('has every entry once, and no other', () => {
    expect(entries.map((e) => e.id).sort()).toEqual(raw.map((r) => r.id).sort());
  });

  it('carries every field of every entry as its file gives it', () => {
    // Every difference in every entry at once, so one run shows all that was lost.
    const problems = raw.flatMap((file) => {
      const entry = entries.find((e) => e.id === file.id)!;
      const body = 'body' in entry && entry.body.trim() !== file.body.trim() ? [`${file.id}.body: differs from the file`] : [];
      // A number in national form is read for its entry's country, as the build reads it.
      const region = (file.data as Raw).country ?? 'US';
      return [...differences(entry, file.data, file.id, derived, region), ...body];
    });
    expect(problems).toEqual([]);
  });
});

describe('/data/tactics.json steps', () => {
  it('are the numbered steps of each tactic’s body, in order', () => {
    const doc = readJson('data/tactics.json');
    for (const file of rawTactics) {
      const numbered = file.body.split('\n').filter((line) => /^\d+\. /.test(line));
      const steps = doc.tactics.find((t: Raw) => t.id === file.id).steps as string[];
      expect(steps).toHaveLength(numbered.length);
      steps.forEach((step, i) => expect(numbered[i]).toContain(step.split(' ').slice(0, 3).join(' ')));
    }
  });
});

describe('/data/contacts.csv', () => {
  const [header, ...rows] = parseCsv(read('data/contacts.csv'));
  const records = rows.map((row) => Object.fromEntries(header!.map((column, i) => [column, row[i]!])));
  const contacts = rawCompanies.flatMap((company) => (company.data.contacts as Raw[]).map((contact) => ({ company, contact })));

  it('has one row per contact of every company, in file order, each as wide as the header', () => {
    expect(records).toHaveLength(contacts.length);
    expect(rows.every((row) => row.length === header!.length)).toBe(true);
  });

  it('holds each contact’s value, label, status, dates and source', () => {
    // Rows follow the directory's order of companies (by name) and each company's file order of contacts.
    const rowsOf = Map.groupBy(records, (row) => row.company_id!);
    const seen = new Map<string, number>();
    contacts.forEach(({ company, contact }) => {
      const index = seen.get(company.id) ?? 0;
      seen.set(company.id, index + 1);
      const row = rowsOf.get(company.id)?.[index] ?? {};
      const region = company.data.country as Region;
      expect(row).toMatchObject({
        company_id: company.id,
        label: contact.label,
        kind: contact.kind,
        rung: contact.rung,
        status: contact.status ?? 'current',
        as_of: contact.asOf,
        ended_on: contact.endedOn ?? '',
        source_id: contact.source,
        note: contact.note ?? '',
      });
      if (contact.kind === 'phone' || contact.kind === 'fax') {
        expect(row.e164).toBe(parsePhone(contact.value, region).e164);
        expect(row.vanity).toBe(hasLetters(contact.value) ? contact.value : '');
      } else if (contact.kind === 'postal') {
        expect(row.address_lines).toBe(contact.value.lines.join('\n'));
        expect([row.city, row.region, row.postcode, row.country]).toEqual([contact.value.city, contact.value.region ?? '', contact.value.postcode ?? '', contact.value.country]);
      } else {
        expect(row.value).toBe(contact.value);
      }
    });
  });
});

describe.each(rawCompanies.map((company) => ({ ...company, file: `${company.id}.vcf` })))('/companies/$file', ({ id, data }) => {
  const region = data.country as Region;
  it('parses as a vCard 4.0 holding exactly the company’s current contacts', () => {
    const card = new ICAL.Component(ICAL.parse(read(`companies/${id}.vcf`)));
    const props = card.getAllProperties();
    expect(card.getFirstPropertyValue('version')).toBe('4.0');
    expect(card.getFirstPropertyValue('fn')).toBe(data.name);
    const current = (data.contacts as Raw[]).filter((c) => (c.status ?? 'current') === 'current');
    const tel = (kind: string) => current.filter((c) => c.kind === kind).map((c) => parsePhone(c.value, region).uri);
    // A star number has no tel: URI form; the card keeps it as text, dialled as written.
    const shortCodes = current.filter((c) => c.kind === 'short-code').map((c) => c.value as string);
    const cardTel = (type: string) =>
      props.filter((p) => p.name === 'tel' && (p.getParameter('type') as string[]).includes(type)).map((p) => p.getFirstValue()).sort();
    expect(cardTel('voice')).toEqual([...tel('phone'), ...shortCodes].sort());
    expect(cardTel('fax')).toEqual(tel('fax').sort());
    const streets = props.filter((p) => p.name === 'adr').map((p) => [(p.getFirstValue() as unknown as (string | string[])[])[2]!].flat());
    const byFirstLine = (a: string[], b: string[]) => a[0]!.localeCompare(b[0]!);
    expect(streets.sort(byFirstLine)).toEqual(current.filter((c) => c.kind === 'postal').map((c) => c.value.lines as string[]).sort(byFirstLine));
    expect(props.filter((p) => p.name === 'email').map((p) => p.getFirstValue())).toEqual(current.filter((c) => c.kind === 'email').map((c) => c.value));
    const labels = props.filter((p) => p.name === 'x-ablabel').map((p) => p.getFirstValue());
    expect(labels.sort()).toEqual(current.map((c) => c.label).sort());
    const scams = ((data.scamNumbers as Raw[] | undefined) ?? []).map((s) => parsePhone(s.value, region).nationalNumber);
    for (const scam of scams) expect(read(`companies/${id}.vcf`)).not.toContain(scam);
  });
});

describe('/sitemap-index.xml', () => {
  it('lists every company and tactic page, the changes and data pages, and not the search page', () => {
    expect(read('sitemap-index.xml')).toContain('sitemap-0.xml');
    const locs = [...read('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    for (const { id } of rawCompanies) expect(locs).toContain(`/companies/${id}/`);
    for (const { id } of rawTactics) expect(locs).toContain(`/tactics/${id}/`);
    expect(locs).toEqual(expect.arrayContaining(['/', '/changes/', '/data/', '/companies/', '/tactics/']));
    expect(locs).not.toContain('/search/');
  });
});
