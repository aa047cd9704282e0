import { z } from 'astro/zod';
import { checkContactIds, checkShortCodes, missingValueSchema } from './company';
import { contactSchema } from './contact';
import { countryCode } from './country';
import { isoDate } from './date';
import { deadlineSchema } from './deadline';
import { sector } from './industry';
import { withPhoneRegion } from './phone';

export const BODY_KINDS = ['regulator', 'ombudsman', 'complaint-board', 'consumer-council', 'court', 'advice'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

export const DECISIONS = ['binding', 'advisory', 'none'] as const;

/** What a person must have done before the body will take the case. */
export const entryConditionSchema = z.strictObject({
  /** In one sentence: "Complain to the company in writing first and keep its answer." */
  condition: z.string().min(1),
  /** The concrete things to have done, in order. */
  steps: z.array(z.string().min(1)).default([]),
  /** How long to give the company before going further, where the body sets it. */
  wait: deadlineSchema.optional(),
  /** The source of the condition. */
  source: z.string().min(1),
});

export const feeSchema = z.strictObject({
  free: z.boolean(),
  /** The fee or its rule, in words, where it is not free: "1% of the claim, at least 50 NIS". */
  note: z.string().min(1).optional(),
  source: z.string().min(1).optional(),
});

/**
 * A complaint body above the companies: a regulator, ombudsman, complaint
 * board, consumer council or small-claims court. One MDX file each; the body
 * holds practical advice.
 */
export const bodyObjectSchema = z
  .strictObject({
    /** The name in English. */
    name: z.string().min(1),
    /** The short name people use: "CFPB", "FinKN". */
    shortName: z.string().min(1).optional(),
    /** The name in the country's own language, where the English name is a translation. */
    localName: z.string().min(1).optional(),
    /** Other names people search for. */
    aliases: z.array(z.string().min(1)).default([]),
    kind: z.enum(BODY_KINDS),
    country: countryCode,
    /** The industries it covers, or ["all"] for a general consumer body. */
    sectors: z.array(sector).min(1),
    /** Its place in the order a person should go to the bodies of its country: 1 first. */
    step: z.number().int().min(1),
    /** One line: what it does for a person. */
    summary: z.string().min(1).max(200),
    /** What it takes on. */
    handles: z.array(z.string().min(1)).min(1),
    /** What it does not take on. */
    doesNotHandle: z.array(z.string().min(1)).default([]),
    entry: entryConditionSchema,
    fee: feeSchema,
    /** Time limits on going to it. */
    deadlines: z.array(deadlineSchema).default([]),
    /** Whether its decision binds the company. */
    decision: z.enum(DECISIONS).optional(),
    website: z.url(),
    /** Where to file a complaint, when it has a page of its own. */
    complaintPage: z.url().optional(),
    lastChecked: isoDate,
    contacts: z.array(contactSchema).default([]),
    missing: z.array(missingValueSchema).default([]),
    /** Ids of the sources the page draws on. */
    sources: z.array(z.string().min(1)).min(1),
  })
  .superRefine((body, ctx) => {
    checkContactIds(body.contacts, ctx);
    checkShortCodes(body.country, body.contacts, ctx);
    if (body.sectors.includes('all') && body.sectors.length > 1) {
      ctx.addIssue({ code: 'custom', path: ['sectors'], message: '"all" already covers every sector: list it alone' });
    }
  });
/** The collection's schema: phone numbers are read for the body's country first. */
export const bodySchema = z.preprocess(withPhoneRegion, bodyObjectSchema);
export type Body = z.output<typeof bodySchema>;
