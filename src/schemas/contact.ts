import { z } from 'astro/zod';
import { RUNGS } from '../lib/directory/ladder';
import { isoDate } from './date';
import { phoneNumber } from './phone';
import { countryCode } from './country';

export const CONTACT_STATUSES = ['current', 'unverified', 'superseded', 'retired'] as const;
export type ContactStatus = (typeof CONTACT_STATUSES)[number];

/** A structured postal address, so it can be printed, mapped and exported field by field. */
export const postalAddress = z.strictObject({
  /** Street lines or P.O. box, in order. */
  lines: z.array(z.string().min(1)).min(1),
  city: z.string().min(1),
  /** State, province or county. */
  region: z.string().optional(),
  postcode: z.string().optional(),
  country: countryCode,
});
export type PostalAddress = z.output<typeof postalAddress>;

/** What every contact value says about itself: where it sits, where it came from, and whether it still holds. */
const contactBase = {
  /**
   * A stable id within the company: a superseded value names what replaced it
   * by id, and translations attach their labels and notes to it.
   */
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected lower-case letters, digits and dashes'),
  /** The rung of the escalation ladder this contact serves. */
  rung: z.enum(RUNGS),
  /** What a person should call it: "Tier 3 customer service", "Corporate fax". */
  label: z.string().min(1),
  /** The id of the source that gives this value (a file in content/sources/). */
  source: z.string().min(1),
  /** The date the source gave this value (its filing or page date). */
  asOf: isoDate,
  /** current: confirmed by a good source; unverified: one unconfirmed mention; superseded: replaced; retired: gone. */
  status: z.enum(CONTACT_STATUSES).default('current'),
  /** For a superseded value, the id of the contact that replaced it. */
  replacedBy: z.string().optional(),
  /** For a superseded or retired value, the date it stopped being right. */
  endedOn: isoDate.optional(),
  /** Opening hours, where the source gives them. */
  hours: z.string().optional(),
  /** A short note a reader needs beside the value. */
  note: z.string().optional(),
};

export const contactSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...contactBase, kind: z.literal('phone'), value: phoneNumber }),
  z.strictObject({ ...contactBase, kind: z.literal('fax'), value: phoneNumber }),
  z.strictObject({
    ...contactBase,
    kind: z.literal('short-code'),
    /**
     * An Israeli star or short number as dialled ("*2000", "199"). It dials only
     * inside Israel, so it is shown as written and never turned into E.164.
     */
    value: z.string().regex(/^\*?\d{3,5}$/, 'expected a short number as dialled, such as "*2000" or "199"'),
  }),
  z.strictObject({ ...contactBase, kind: z.literal('email'), value: z.email() }),
  z.strictObject({ ...contactBase, kind: z.literal('postal'), value: postalAddress }),
  z.strictObject({ ...contactBase, kind: z.literal('web'), value: z.url() }),
  z.strictObject({
    ...contactBase,
    kind: z.literal('social'),
    /** The platform's name: "X (Twitter)", "Facebook". */
    platform: z.string().min(1),
    /** The handle as written, "@United". */
    value: z.string().regex(/^@?[\w.]+$/, 'expected a handle such as "@United"'),
    url: z.url().optional(),
  }),
]);

export type Contact = z.output<typeof contactSchema>;
export type ContactKind = Contact['kind'];
export type PhoneContact = Extract<Contact, { kind: 'phone' | 'fax' }>;
export type ShortCodeContact = Extract<Contact, { kind: 'short-code' }>;

/** The one country where short codes dial: Israel's star numbers. */
export const SHORT_CODE_COUNTRY = 'IL';
