import { z } from 'astro/zod';
import { RUNGS } from '../lib/directory/ladder';
import { contactSchema, SHORT_CODE_COUNTRY, type Contact } from './contact';
import { countryCode } from './country';
import { isoDate } from './date';
import { industry } from './industry';
import { phoneNumber, withPhoneRegion } from './phone';

export { INDUSTRIES, type Industry } from './industry';

/** A fake "support" number seen posing as the company. Shown only as a warning, never as a contact. */
export const scamNumberSchema = z.strictObject({
  value: phoneNumber,
  /** Where it was seen: "a free help-desk subdomain page". */
  seenOn: z.string().min(1),
  source: z.string().min(1),
  asOf: isoDate,
  note: z.string().optional(),
});

/** A value a source gives that cannot be published (unreadable, lost), kept so readers know it was looked for. */
export const missingValueSchema = z.strictObject({
  label: z.string().min(1),
  rung: z.enum(RUNGS),
  source: z.string().min(1),
  reason: z.string().min(1),
});

/**
 * One company in the directory, as its fields are checked once its phone
 * numbers are tagged with its country. Exports spread its `.shape`; to parse a
 * company, use companySchema, which reads the numbers for the country first.
 */
export const companyObjectSchema = z
  .strictObject({
    /** The name people search for. */
    name: z.string().min(1),
    /** Other names, brands and spellings ("Xfinity", "JennAir"); all are searchable and must be unique across companies. */
    aliases: z.array(z.string().min(1)).default([]),
    /** One line for listings and search results. */
    summary: z.string().min(1).max(200),
    industry,
    /** The country whose customers this entry serves, ISO 3166-1 alpha-2. Numbers in national form are read as this country's. */
    country: countryCode,
    website: z.url(),
    /** The company's own contact page: the place to confirm any number. */
    contactPage: z.url().optional(),
    /** A parent company, when the brand belongs to one. */
    parent: z.string().optional(),
    /** When someone last checked this company's values against its sources. */
    lastChecked: isoDate,
    contacts: z.array(contactSchema).min(1),
    scamNumbers: z.array(scamNumberSchema).default([]),
    missing: z.array(missingValueSchema).default([]),
    /** Ids of the tactics that fit this company best. */
    tactics: z.array(z.string().min(1)).default([]),
  })
  .superRefine((company, ctx) => {
    checkContactIds(company.contacts, ctx);
    checkShortCodes(company.country, company.contacts, ctx);
    // The executive rung is never silently empty: a sourced contact, or a note that none was found.
    const hasExecutive =
      company.contacts.some((c) => c.rung === 'executive') || company.missing.some((m) => m.rung === 'executive');
    if (!hasExecutive) {
      ctx.addIssue({
        code: 'custom',
        path: ['missing'],
        message:
          'no contact on the executive rung: add a sourced executive office or complaints officer, or a "missing" entry with rung: executive saying none was found',
      });
    }
  });
/** One company in the directory, the collection's schema: phone numbers are read for the company's country before the fields are checked. */
export const companySchema = z.preprocess(withPhoneRegion, companyObjectSchema);
export type Company = z.output<typeof companySchema>;

type Ctx = z.core.$RefinementCtx;

/** Short codes dial only inside Israel: anywhere else they reach nobody. */
export function checkShortCodes(country: string, contacts: readonly Contact[], ctx: Ctx): void {
  contacts.forEach((contact, index) => {
    if (contact.kind === 'short-code' && country !== SHORT_CODE_COUNTRY) {
      ctx.addIssue({
        code: 'custom',
        path: ['contacts', index, 'kind'],
        message: `a short code such as "${contact.value}" dials only inside Israel; this entry's country is ${country}`,
      });
    }
  });
}

/** Contact ids are unique, and a superseded value names a real replacement. */
export function checkContactIds(contacts: readonly Contact[], ctx: Ctx): void {
  const ids = new Set<string>();
  contacts.forEach((contact, index) => {
      if (ids.has(contact.id)) {
        ctx.addIssue({ code: 'custom', path: ['contacts', index, 'id'], message: `duplicate contact id "${contact.id}"` });
      }
      ids.add(contact.id);
    });
  contacts.forEach((contact, index) => {
      if (contact.status === 'superseded' && !contact.replacedBy) {
        ctx.addIssue({
          code: 'custom',
          path: ['contacts', index, 'replacedBy'],
          message: 'a superseded value must name the contact id that replaced it',
        });
      }
      if (contact.replacedBy && !ids.has(contact.replacedBy)) {
        ctx.addIssue({
          code: 'custom',
          path: ['contacts', index, 'replacedBy'],
          message: `no contact with id "${contact.replacedBy}" in this company`,
        });
      }
      if (contact.replacedBy === contact.id) {
        ctx.addIssue({ code: 'custom', path: ['contacts', index, 'replacedBy'], message: 'a value cannot replace itself' });
      }
  });
}
