/**
 * The little of the directory the case page needs in the browser: each
 * company's names and its live contacts by rung, plus the tactics by stage.
 * Built at build time (directory-data.ts) and read back from the page.
 */
import type { Rung, Stage } from '../directory/ladder';
import type { ContactKind } from '../../schemas/contact';

export interface CaseContact {
  rung: Rung;
  kind: ContactKind;
  label: string;
  /** The value as a person reads it: a national phone number, an address on one line, a handle. */
  value: string;
  /** A postal address line by line, for the head of a letter. */
  lines?: string[];
  /** Where a click goes (tel:, mailto:, a web page); absent for postal addresses and faxes. */
  href?: string;
  status: 'current' | 'unverified';
}

export interface CaseCompany {
  id: string;
  name: string;
  aliases: string[];
  /** Current and unverified contacts only, lowest rung first. */
  contacts: CaseContact[];
}

export interface CaseTactic {
  id: string;
  title: string;
  stage: Stage;
}

export interface CaseDirectory {
  companies: CaseCompany[];
  tactics: CaseTactic[];
}

/** Lower case, no accents, no punctuation: "Jenn-Air" and "JennAir" and "jenn air" meet. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** The directory company a typed name means (its name or an alias), if any. */
export function matchCompany(typed: string, companies: readonly CaseCompany[]): CaseCompany | undefined {
  const key = normalizeName(typed);
  if (!key) return undefined;
  return companies.find((c) => normalizeName(c.name) === key || c.aliases.some((alias) => normalizeName(alias) === key));
}

/** A company's contacts on the given rungs, in the order given. */
export function contactsOn(company: CaseCompany | undefined, rungs: readonly Rung[]): CaseContact[] {
  if (!company) return [];
  return rungs.flatMap((rung) => company.contacts.filter((c) => c.rung === rung));
}
