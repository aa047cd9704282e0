import { z } from 'astro/zod';
import { RUNGS } from '../lib/directory/ladder';
import { contactSchema } from './contact';
import { isoDate } from './date';
import { phoneNumber } from './phone';

export const INDUSTRIES = ['airline', 'travel', 'telecom', 'internet-and-tv', 'appliances', 'retail', 'finance', 'other'] as const;
export type Industry = (typeof INDUSTRIES)[number];

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

/** One company in the directory. One MDX file each; its body holds company-specific advice. */
export const companySchema = z
  .strictObject({
    /** The name people search for. */
    name: z.string().min(1),
    /** Other names, brands and spellings ("Xfinity", "JennAir"); all are searchable and must be unique across companies. */
    aliases: z.array(z.string().min(1)).default([]),
    /** One line for listings and search results. */
    summary: z.string().min(1).max(200),
    industry: z.enum(INDUSTRIES),
    /** Where the company is based, ISO 3166-1 alpha-2. */
    country: z.string().regex(/^[A-Z]{2}$/, 'expected a two-letter country code such as "US"'),
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
    const ids = new Set<string>();
    company.contacts.forEach((contact, index) => {
      if (!contact.id) return;
      if (ids.has(contact.id)) {
        ctx.addIssue({ code: 'custom', path: ['contacts', index, 'id'], message: `duplicate contact id "${contact.id}"` });
      }
      ids.add(contact.id);
    });
    company.contacts.forEach((contact, index) => {
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
      if (contact.replacedBy === contact.id && contact.id) {
        ctx.addIssue({ code: 'custom', path: ['contacts', index, 'replacedBy'], message: 'a value cannot replace itself' });
      }
    });
  });

export type Company = z.output<typeof companySchema>;
