/**
 * The shapes of the JSON exports, built from the content schemas themselves
 * (by spreading their shapes), so that a field added to the content model is
 * in the export and its JSON Schema without being written twice.
 *
 * Only one thing is said twice, on purpose: what a phone number becomes once
 * parsed. Its content schema is a transform (text in, an object out), which
 * JSON Schema cannot express, so the output object is described here and the
 * type check at the bottom of the file fails if it drifts from ParsedPhone.
 */
import { z } from 'astro/zod';
import { bodyObjectSchema } from '../../schemas/body';
import { companyObjectSchema } from '../../schemas/company';
import { isoDate } from '../../schemas/date';
import { sourceSchema } from '../../schemas/source';
import { tacticSchema } from '../../schemas/tactic';
import type { ParsedPhone } from '../directory/phone';
import { SCHEMA_VERSION } from './version';

/** A phone number as exported: the parsed forms, and the vanity spelling when the content wrote one. */
export const parsedPhoneSchema = z.strictObject({
  e164: z.string().regex(/^\+[1-9]\d{1,14}$/),
  national: z.string(),
  international: z.string(),
  uri: z.string().regex(/^tel:\+/),
  countryCode: z.string().regex(/^\d{1,3}$/),
  nationalNumber: z.string().regex(/^\d+$/),
  vanity: z.string().optional(),
});

const entryId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);

export const companyExportSchema = z.strictObject({
  /** The file name, and the page address /companies/<id>/. */
  id: entryId,
  /** The company's page on this site. */
  url: z.url(),
  /** Its contact card (vCard 4.0) of current contacts. */
  vcard: z.url(),
  ...companyObjectSchema.shape,
  /** The advice on the page, as written in the content file (Markdown/MDX). */
  body: z.string(),
});

export const tacticExportSchema = z.strictObject({
  id: entryId,
  url: z.url(),
  ...tacticSchema.shape,
  /** The numbered steps, as plain text, taken from the body. */
  steps: z.array(z.string().min(1)),
  /** The page body as written in the content file (Markdown/MDX): the steps and why it works. */
  body: z.string(),
});

export const bodyExportSchema = z.strictObject({
  /** The file name, and the page address /bodies/<id>/. */
  id: entryId,
  url: z.url(),
  ...bodyObjectSchema.shape,
  /** The advice on the page, as written in the content file (Markdown/MDX). */
  body: z.string(),
});

export const sourceExportSchema = z.strictObject({
  id: entryId,
  ...sourceSchema.shape,
});

/** What every export file says about itself. */
const header = {
  /** The JSON Schema that describes this file. */
  $schema: z.url(),
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** The site the data comes from. */
  site: z.url(),
};

export const companiesDocumentSchema = z.strictObject({
  ...header,
  /** The latest date any company's values were checked. */
  lastChecked: isoDate,
  companies: z.array(companyExportSchema),
});

export const tacticsDocumentSchema = z.strictObject({ ...header, tactics: z.array(tacticExportSchema) });

export const bodiesDocumentSchema = z.strictObject({ ...header, bodies: z.array(bodyExportSchema) });

export const sourcesDocumentSchema = z.strictObject({ ...header, sources: z.array(sourceExportSchema) });

export type CompaniesDocument = z.output<typeof companiesDocumentSchema>;
export type BodiesDocument = z.output<typeof bodiesDocumentSchema>;
export type TacticsDocument = z.output<typeof tacticsDocumentSchema>;
export type SourcesDocument = z.output<typeof sourcesDocumentSchema>;

// Fails to compile when parsedPhoneSchema and the phone transform's output disagree, in either direction.
type PhoneOutput = ParsedPhone & { vanity?: string };
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const phoneShapesAgree: Same<z.output<typeof parsedPhoneSchema>, PhoneOutput> = true;
void phoneShapesAgree;
