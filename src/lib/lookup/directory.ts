/**
 * Builds the reverse look-up directory from the companies' content: every
 * phone and fax number with its company, rung and status, what replaced it
 * when it is superseded, and every known scam number with the company it
 * impersonates. Runs at build time; the browser only reads the result.
 */
import type { Company } from '../../schemas/company';
import { getCountryCallingCode } from 'libphonenumber-js/max';
import { SHORT_CODE_COUNTRY, type Contact, type PhoneContact, type ShortCodeContact } from '../../schemas/contact';
import { keyContact, isLive } from '../directory/contacts';
import type { DirectoryCompany, DirectoryNumber, LookupDirectory, Replacement } from './match';

export interface DirectoryInput {
  id: string;
  data: Pick<Company, 'name' | 'website' | 'contactPage' | 'contacts' | 'scamNumbers'>;
}

/**
 * A contact's label in the other languages, by company and contact id:
 * { he: "…", nb: "…" }, only where it differs from the label as written.
 * The number files are one for every language, so they carry each label in all.
 */
export type TranslatedLabels = (companyId: string, contactId: string | undefined) => Record<string, string> | undefined;

function isPhone(contact: Contact): contact is PhoneContact {
  return contact.kind === 'phone' || contact.kind === 'fax';
}

function isShortCode(contact: Contact): contact is ShortCodeContact {
  return contact.kind === 'short-code';
}

/** The calling code of the one country where short codes dial: the look-up shows it, never dials it. */
const SHORT_CODE_CALLING_CODE = getCountryCallingCode(SHORT_CODE_COUNTRY);

/** What a person reads about a contact that can stand in for another one. */
function asReplacement(contact: Contact, labels: Record<string, string> | undefined): Replacement {
  if (isPhone(contact)) {
    return {
      label: contact.label,
      labels,
      display: contact.value.national,
      uri: contact.kind === 'phone' && isLive(contact) ? contact.value.uri : undefined,
      status: contact.status,
    };
  }
  // A phone replaced by a web page or an address: show the value as text.
  const display = typeof contact.value === 'string' ? contact.value : [...contact.value.lines, contact.value.city].join(', ');
  return { label: contact.label, labels, display, status: contact.status };
}

/** The live phone to call instead of a scam or dead number: the key contact if it is a phone. */
function keyPhone(contacts: readonly Contact[], translated: (contact: Contact) => Record<string, string> | undefined): Replacement | undefined {
  const key = keyContact(contacts.filter((c) => c.kind === 'phone'));
  return key ? asReplacement(key, translated(key)) : undefined;
}

/**
 * The directory holds no display words (a status or rung is a code), so one
 * build of it serves every language; the words come with each language's strings.
 */
export function buildLookupDirectory(companies: readonly DirectoryInput[], translatedLabels: TranslatedLabels = () => undefined): LookupDirectory {
  const directory: LookupDirectory = { companies: {}, numbers: [] };
  for (const { id, data } of companies) {
    const translated = (contact: Contact) => translatedLabels(id, contact.id);
    const company: DirectoryCompany = withoutUndefined({
      name: data.name,
      url: `/companies/${id}/`,
      checkUrl: data.contactPage ?? data.website,
      keyPhone: keyPhone(data.contacts, translated),
    });
    directory.companies[id] = company;
    const byId = new Map(data.contacts.filter((c) => c.id).map((c) => [c.id, c]));
    for (const contact of data.contacts.filter(isPhone)) {
      const replacedBy = contact.replacedBy ? byId.get(contact.replacedBy) : undefined;
      const entry: DirectoryNumber = {
        digits: contact.value.e164.slice(1),
        countryCode: contact.value.countryCode,
        display: contact.value.national,
        vanity: contact.value.vanity,
        company: id,
        status: contact.status,
        kind: contact.kind,
        label: contact.label,
        labels: translated(contact),
        rung: contact.rung,
        asOf: contact.asOf,
        endedOn: contact.endedOn,
        replacement: replacedBy ? withoutUndefined(asReplacement(replacedBy, translated(replacedBy))) : undefined,
      };
      directory.numbers.push(withoutUndefined(entry));
    }
    for (const contact of data.contacts.filter(isShortCode)) {
      directory.numbers.push(
        withoutUndefined({
          digits: contact.value,
          countryCode: SHORT_CODE_CALLING_CODE,
          display: contact.value,
          company: id,
          status: contact.status,
          kind: contact.kind,
          label: contact.label,
          labels: translated(contact),
          rung: contact.rung,
          asOf: contact.asOf,
          endedOn: contact.endedOn,
        }),
      );
    }
    for (const scam of data.scamNumbers) {
      directory.numbers.push(
        withoutUndefined({
          digits: scam.value.e164.slice(1),
          countryCode: scam.value.countryCode,
          display: scam.value.national,
          company: id,
          status: 'scam',
          asOf: scam.asOf,
          seenOn: scam.seenOn,
        }),
      );
    }
  }
  return directory;
}

/** Drops absent fields so the JSON the browser downloads carries no empty keys. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
