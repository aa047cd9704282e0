/**
 * /data/contacts.csv: one row per contact of every company, every status, with
 * the source it cites. Scam numbers are not contacts and are not in it (they
 * are in companies.json, under scamNumbers), so a file imported whole into an
 * address book or a dialler can never hold one.
 */
import type { Contact, PostalAddress } from '../../schemas/contact';
import type { Source } from '../../schemas/source';
import { addressLines, displayValue, formatAddress } from '../directory/contacts';
import type { ParsedPhone } from '../directory/phone';
import { toCsv } from './csv';
import { companyPagePath } from './version';

export const CSV_COLUMNS = [
  'company_id',
  'company_name',
  'company_page',
  'contact_id',
  'kind',
  'rung',
  'label',
  'status',
  'value',
  'display',
  'e164',
  'vanity',
  'platform',
  'social_url',
  'address_lines',
  'city',
  'region',
  'postcode',
  'country',
  'hours',
  'note',
  'as_of',
  'ended_on',
  'replaced_by',
  'source_id',
  'source_title',
  'source_url',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

type KeysOfUnion<T> = T extends unknown ? keyof T : never;

/**
 * Where each field of a contact goes. Typed over every key of every contact
 * kind, so a field added to the content model does not compile until it has a
 * column here, and a unit test checks the same against the zod schemas.
 */
export const CONTACT_FIELD_COLUMNS: Record<KeysOfUnion<Contact>, readonly CsvColumn[]> = {
  id: ['contact_id'],
  kind: ['kind'],
  rung: ['rung'],
  label: ['label'],
  status: ['status'],
  value: ['value', 'display'],
  platform: ['platform'],
  url: ['social_url'],
  hours: ['hours'],
  note: ['note'],
  asOf: ['as_of'],
  endedOn: ['ended_on'],
  replacedBy: ['replaced_by'],
  source: ['source_id', 'source_title', 'source_url'],
};

/** Where each part of a postal address goes. */
export const POSTAL_FIELD_COLUMNS: Record<keyof PostalAddress, CsvColumn> = {
  lines: 'address_lines',
  city: 'city',
  region: 'region',
  postcode: 'postcode',
  country: 'country',
};

/**
 * Where each part of a parsed phone number goes; null for the forms that follow
 * from the E.164 number (companies.json carries them all).
 */
export const PHONE_FIELD_COLUMNS: Record<keyof (ParsedPhone & { vanity?: string }), CsvColumn | null> = {
  e164: 'e164',
  national: 'display',
  vanity: 'vanity',
  international: null,
  uri: null,
  countryCode: null,
  nationalNumber: null,
};

export interface CsvCompany {
  id: string;
  data: { name: string; contacts: readonly Contact[] };
}

export function contactsCsv(companies: readonly CsvCompany[], sources: ReadonlyMap<string, { data: Source }>, site: URL): string {
  const rows = companies.flatMap((company) =>
    company.data.contacts.map((contact) => rowOf(company, contact, sources.get(contact.source)?.data, site)),
  );
  return toCsv(CSV_COLUMNS, rows);
}

/** One text per value, the form a program wants: E.164 for numbers, one line for an address. */
function canonicalValue(contact: Contact): string {
  switch (contact.kind) {
    case 'phone':
    case 'fax':
      return contact.value.e164;
    case 'postal':
      return formatAddress(contact.value);
    default:
      return contact.value;
  }
}

function rowOf(company: CsvCompany, contact: Contact, source: Source | undefined, site: URL): Record<CsvColumn, string> {
  const phone = contact.kind === 'phone' || contact.kind === 'fax' ? contact.value : undefined;
  const address = contact.kind === 'postal' ? contact.value : undefined;
  return {
    company_id: company.id,
    company_name: company.data.name,
    company_page: new URL(companyPagePath(company.id), site).href,
    contact_id: contact.id ?? '',
    kind: contact.kind,
    rung: contact.rung,
    label: contact.label,
    status: contact.status,
    value: canonicalValue(contact),
    display: address ? addressLines(address).join('\n') : displayValue(contact),
    e164: phone?.e164 ?? '',
    vanity: phone?.vanity ?? '',
    platform: contact.kind === 'social' ? contact.platform : '',
    social_url: contact.kind === 'social' ? (contact.url ?? '') : '',
    // One address line per line of the field, as on an envelope.
    address_lines: address?.lines.join('\n') ?? '',
    city: address?.city ?? '',
    region: address?.region ?? '',
    postcode: address?.postcode ?? '',
    country: address?.country ?? '',
    hours: contact.hours ?? '',
    note: contact.note ?? '',
    as_of: contact.asOf,
    ended_on: contact.endedOn ?? '',
    replaced_by: contact.replacedBy ?? '',
    source_id: contact.source,
    source_title: source?.title ?? '',
    source_url: source?.url ?? '',
  };
}
