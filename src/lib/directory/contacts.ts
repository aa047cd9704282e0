/**
 * How a contact value is shown and linked. Pure functions over the parsed
 * contact shape, so pages and exports agree on one rendering.
 */
import type { Contact, PostalAddress } from '../../schemas/contact';
import { compareIsoDates } from '../text/dates';
import { rungIndex } from './ladder';

/** One line per address part, in the order an envelope wants them. */
export function addressLines(address: PostalAddress): string[] {
  const cityLine = [address.city, [address.region, address.postcode].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return [...address.lines, cityLine, address.country];
}

export function formatAddress(address: PostalAddress): string {
  return addressLines(address).join(', ');
}

/** The text a person reads for a contact's value. */
export function displayValue(contact: Contact, readerCallingCode?: string): string {
  switch (contact.kind) {
    case 'phone':
    case 'fax':
      // A number from another country than the reader's is shown as dialled from abroad: "+1 800 742 5877".
      return readerCallingCode && readerCallingCode !== contact.value.countryCode ? contact.value.international : contact.value.national;
    case 'postal':
      return formatAddress(contact.value);
    default:
      return contact.value;
  }
}

/** Where a contact's value links to: a call, an email, a map, a page. */
export function contactHref(contact: Contact): string | undefined {
  switch (contact.kind) {
    case 'phone':
      return contact.value.uri;
    case 'fax':
      return undefined;
    case 'short-code':
      // Dialled as written: a star number has no international form.
      return `tel:${contact.value}`;
    case 'email':
      return `mailto:${contact.value}`;
    case 'postal':
      return `https://www.openstreetmap.org/search?query=${encodeURIComponent(formatAddress(contact.value))}`;
    case 'web':
      return contact.value;
    case 'social':
      return contact.url;
  }
}

/** Values still worth using: current and unverified ones. */
export function isLive(contact: Contact): boolean {
  return contact.status === 'current' || contact.status === 'unverified';
}

/** Splits contacts into the ones to use now and the history, each ordered for display. */
export function splitByStatus<T extends Contact>(contacts: readonly T[]): { live: T[]; history: T[] } {
  const byRung = (a: T, b: T) => rungIndex(a.rung) - rungIndex(b.rung);
  const live = contacts.filter(isLive).sort((a, b) => byRung(a, b) || statusRank(a) - statusRank(b));
  const history = contacts
    .filter((c) => !isLive(c))
    .sort((a, b) => byRung(a, b) || compareIsoDates(b.endedOn ?? b.asOf, a.endedOn ?? a.asOf));
  return { live, history };
}

/** Current before unverified within a rung: the surer value first. */
function statusRank(contact: Contact): number {
  return contact.status === 'current' ? 0 : 1;
}

/** The contact a person should reach first: the first live phone on the lowest rung, else any live value. */
export function keyContact<T extends Contact>(contacts: readonly T[]): T | undefined {
  const { live } = splitByStatus(contacts);
  return live.find((c) => c.kind === 'phone' && c.status === 'current') ?? live[0];
}

