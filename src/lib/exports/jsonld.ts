/**
 * schema.org structured data for company and tactic pages, typed with
 * schema-dts so that a misspelt or misplaced property does not compile.
 *
 * Only current values go into an Organization: structured data is read by
 * machines that show no "unverified" badge, so an unconfirmed or superseded
 * number must not reach them. areaServed is left out because the content does
 * not say where a line serves; hoursAvailable carries the content's own words.
 */
import type { ContactPoint, HowTo, HowToStep, Organization, PostalAddress as SchemaPostalAddress, WithContext } from 'schema-dts';
import type { Contact, PostalAddress } from '../../schemas/contact';
import { cardContacts } from './vcard';
import { jsonForScript } from '../text/json-in-html';

export interface JsonLdCompany {
  name: string;
  aliases: readonly string[];
  summary: string;
  website: string;
  contactPage?: string | undefined;
  parent?: string | undefined;
  contacts: readonly Contact[];
}

export function organizationJsonLd(company: JsonLdCompany, pageUrl: string): WithContext<Organization> {
  const current = cardContacts(company.contacts);
  const headquarters = current.find((c) => c.kind === 'postal' && c.rung === 'headquarters');
  const profiles = current.flatMap((c) => (c.kind === 'social' && c.url ? [c.url] : []));
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': `${pageUrl}#organization`,
    name: company.name,
    ...(company.aliases.length > 0 ? { alternateName: [...company.aliases] } : {}),
    description: company.summary,
    url: company.website,
    mainEntityOfPage: pageUrl,
    ...(company.parent ? { parentOrganization: { '@type': 'Organization', name: company.parent } } : {}),
    ...(headquarters?.kind === 'postal' ? { address: postalAddress(headquarters.value) } : {}),
    ...(profiles.length > 0 ? { sameAs: profiles } : {}),
    contactPoint: current.flatMap(contactPointOf),
  };
}

function contactPointOf(contact: Contact): (ContactPoint | SchemaPostalAddress)[] {
  const common = {
    contactType: contact.label,
    ...(contact.hours ? { hoursAvailable: { '@type': 'OpeningHoursSpecification' as const, description: contact.hours } } : {}),
  };
  switch (contact.kind) {
    case 'phone':
      return [{ '@type': 'ContactPoint', telephone: contact.value.e164, ...common }];
    case 'short-code':
      // schema.org telephone is free text; a star number is dialled as written.
      return [{ '@type': 'ContactPoint', telephone: contact.value, areaServed: 'IL', ...common }];
    case 'fax':
      return [{ '@type': 'ContactPoint', faxNumber: contact.value.e164, ...common }];
    case 'email':
      return [{ '@type': 'ContactPoint', email: contact.value, ...common }];
    case 'web':
      return [{ '@type': 'ContactPoint', url: contact.value, ...common }];
    case 'postal':
      // A PostalAddress is a kind of ContactPoint in schema.org, so a mailing address can carry its purpose.
      return [{ ...postalAddress(contact.value), ...common }];
    case 'social':
      return [];
  }
}

function postalAddress(address: PostalAddress): SchemaPostalAddress {
  return {
    '@type': 'PostalAddress',
    streetAddress: address.lines.join(', '),
    addressLocality: address.city,
    ...(address.region ? { addressRegion: address.region } : {}),
    ...(address.postcode ? { postalCode: address.postcode } : {}),
    addressCountry: address.country,
  };
}

export interface JsonLdTactic {
  title: string;
  summary: string;
  aka: readonly string[];
}

export function howToJsonLd(tactic: JsonLdTactic, steps: readonly string[], pageUrl: string): WithContext<HowTo> {
  return {
    '@context': 'https://schema.org',
    '@type': 'HowTo',
    '@id': `${pageUrl}#howto`,
    name: tactic.title,
    ...(tactic.aka.length > 0 ? { alternateName: [...tactic.aka] } : {}),
    description: tactic.summary,
    url: pageUrl,
    step: steps.map((text, index): HowToStep => ({ '@type': 'HowToStep', position: index + 1, text })),
  };
}

/** JSON for a <script type="application/ld+json"> block (see jsonForScript for the escaping). */
export function serializeJsonLd(data: object): string {
  return jsonForScript(data);
}
