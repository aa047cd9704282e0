/**
 * The words a look-up answer is made of. They live in src/i18n/ui.ts like every
 * interface string; the build hands this subset to the browser in each
 * language's look-up manifest, so the script that writes answers carries no
 * text of its own, and the number files it reads hold no words at all.
 */
import type { Rung } from '../directory/ladder';
import type { NumberStatus } from './match';

export const LOOKUP_ANSWER_KEYS = [
  'current',
  'unverified',
  'superseded',
  'retired',
  'scam',
  'unknown',
  'belongs',
  'fax',
  'shortCode',
  'asOf',
  'unverifiedNote',
  'supersededNote',
  'replacedNote',
  'retiredNote',
  'scamNote',
  'callInstead',
  'unknownNote',
  'invalid',
  'companyLink',
  'checkLink',
  'browse',
] as const;
export type LookupAnswerKey = (typeof LOOKUP_ANSWER_KEYS)[number];
export type LookupStrings = Record<LookupAnswerKey, string>;

export const NUMBER_STATUSES: readonly NumberStatus[] = ['current', 'unverified', 'superseded', 'retired', 'scam'];

/**
 * What /data/lookup/<language>.json holds: the words to answer with, the
 * names of statuses and rungs, and which number files exist
 * (/data/lookup/numbers/<prefix>.json) for the country codes it knows.
 */
export interface LookupManifest {
  /** The manifest's language: a contact's label is shown in it when translated. */
  lang: string;
  strings: LookupStrings;
  statusNames: Record<NumberStatus, string>;
  rungNames: Record<Rung, string>;
  countryCodes: string[];
  /** The digit prefixes of the number files; "" when one file holds every number. */
  shards: string[];
  /** The locale dates are written in ("en-GB": 12 February 2024). */
  dateLocale: string;
  /** The size of all number files together, in bytes: a page may fetch them all ahead when it is small. */
  totalBytes: number;
  /** Where the number files are, with "{shard}" for the file name. */
  shardUrl: string;
  /** Where the companies index is, for the "browse" link of an unknown number. */
  companiesUrl: string;
  /** A company's page in the manifest's language, with "{id}" for its id. */
  companyUrl: string;
}

/** Fills "{company}" style slots; a slot with no value is left visible so a missing value shows in tests. */
export function fill(template: string, values: Record<string, string | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => values[name] ?? slot);
}

