/**
 * A vCard 4.0 (RFC 6350) of a company's current contacts, for "add to
 * contacts". Only values with status "current" go in: an address book keeps
 * no badge, so an unverified or superseded number would lose its warning
 * there. Each value keeps its label through an item group and X-ABLABEL, the
 * form Apple and Google contacts read.
 */
import type { Contact, PostalAddress } from '../../schemas/contact';
import { addressLines, splitByStatus } from '../directory/contacts';

export interface VCardCompany {
  name: string;
  aliases: readonly string[];
  website: string;
  contacts: readonly Contact[];
}

export interface VCardOptions {
  /** The company's page on this site: the card's UID, so re-importing updates rather than duplicates. */
  pageUrl: string;
  /** Where this card is published (the SOURCE property), so a client can fetch it again. */
  cardUrl: string;
  /** A note for the card: where it came from and the advice to confirm numbers. */
  note: string;
}

/** The contacts a card carries: current ones only, in ladder order. */
export function cardContacts<C extends Contact>(contacts: readonly C[]): C[] {
  return splitByStatus(contacts).live.filter((c) => c.status === 'current');
}

export function companyVCard(company: VCardCompany, options: VCardOptions): string {
  const lines: string[] = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    'PRODID:-//Beyond No//Company directory//EN',
    'KIND:org',
    `FN:${escapeText(company.name)}`,
    `ORG:${escapeComponent(company.name)}`,
  ];
  if (company.aliases.length > 0) lines.push(`NICKNAME:${company.aliases.map(escapeText).join(',')}`);
  lines.push(`URL;TYPE=work:${company.website}`);
  cardContacts(company.contacts).forEach((contact, index) => {
    const group = `item${index + 1}`;
    // VALUE=text: an X- property is otherwise of unknown type, and a reader would keep the escapes.
    lines.push(`${group}.${propertyOf(contact)}`, `${group}.X-ABLABEL;VALUE=text:${escapeText(contact.label)}`);
  });
  lines.push(`UID:${options.pageUrl}`, `SOURCE:${options.cardUrl}`, `NOTE:${escapeText(options.note)}`, 'END:VCARD');
  return lines.map(fold).join('\r\n') + '\r\n';
}

function propertyOf(contact: Contact): string {
  switch (contact.kind) {
    case 'phone':
      return `TEL;VALUE=uri;TYPE="work,voice":${contact.value.uri}`;
    case 'fax':
      return `TEL;VALUE=uri;TYPE="work,fax":${contact.value.uri}`;
    case 'short-code':
      // A star number has no E.164 form: keep it as text, which phones dial as written.
      return `TEL;VALUE=text;TYPE="work,voice":${escapeText(contact.value)}`;
    case 'email':
      return `EMAIL;TYPE=work:${escapeText(contact.value)}`;
    case 'postal':
      return `ADR;TYPE=work;LABEL=${paramValue(addressLines(contact.value).join('\n'))}:${adrValue(contact.value)}`;
    case 'web':
      return `URL;TYPE=work:${contact.value}`;
    case 'social':
      // SOCIALPROFILE (RFC 9554): a URI when the content gives one, else the handle as text.
      return contact.url
        ? `SOCIALPROFILE;SERVICE-TYPE=${paramValue(contact.platform)}:${contact.url}`
        : `SOCIALPROFILE;SERVICE-TYPE=${paramValue(contact.platform)};VALUE=text:${escapeText(contact.value)}`;
  }
}

/** ADR's seven components: PO box and extended address stay empty (RFC 6350 advises against them); street lines are a list. */
function adrValue(address: PostalAddress): string {
  return [
    '',
    '',
    address.lines.map(escapeComponent).join(','),
    escapeComponent(address.city),
    escapeComponent(address.region ?? ''),
    escapeComponent(address.postcode ?? ''),
    escapeComponent(address.country),
  ].join(';');
}

/** Escapes a TEXT value (RFC 6350 §3.4): backslash, comma and newline; a semicolon is plain text outside compound values. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Escapes one component of a compound value (ORG, ADR), where a semicolon separates components. */
export function escapeComponent(value: string): string {
  return escapeText(value).replace(/;/g, '\\;');
}

/** A quoted parameter value, with RFC 6868's ^-escapes for the caret, newline and double quote. */
function paramValue(value: string): string {
  return `"${value.replace(/\^/g, '^^').replace(/\r?\n/g, '^n').replace(/"/g, "^'")}"`;
}

/**
 * Folds a content line at 75 octets (RFC 6350 §3.2) without splitting a UTF-8
 * character or an escape such as "\," (the RFC allows it, some readers do not).
 */
export function fold(line: string): string {
  // Most lines are short ASCII: nothing to fold (at 10,000 cards the slow path showed in the build's profile).
  if (line.length <= 75 && /^[\x00-\x7f]*$/.test(line)) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const [char] of line.matchAll(/\\.|[\s\S]/gu)) {
    const bytes = utf8Length(char);
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** UTF-8 octets of a short string, counted from its code points (no encoder per character). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
