/**
 * The version of the exported data's shape, in semantic versioning: the major
 * number changes when a field is removed, renamed or changes type (a consumer
 * must adapt); the minor number when a field is added; the patch number for a
 * fix to the schema's wording. Content edits do not change it.
 */
export const SCHEMA_VERSION = '2.0.0';

/** Where each export is published, relative to the site root. */
export const DATA_PATHS = {
  companies: '/data/companies.json',
  companiesSchema: '/data/companies.schema.json',
  tactics: '/data/tactics.json',
  tacticsSchema: '/data/tactics.schema.json',
  sources: '/data/sources.json',
  sourcesSchema: '/data/sources.schema.json',
  bodies: '/data/bodies.json',
  bodiesSchema: '/data/bodies.schema.json',
  contactsCsv: '/data/contacts.csv',
} as const;

/** A company's page and its contact card. */
export const companyPagePath = (id: string): string => `/companies/${id}/`;
export const companyCardPath = (id: string): string => `/companies/${id}.vcf`;
export const tacticPagePath = (id: string): string => `/tactics/${id}/`;
export const bodyPagePath = (id: string): string => `/bodies/${id}/`;

/** The site's public address (astro.config `site`): exports use absolute URLs so they still work once downloaded. */
export function requireSite(site: URL | undefined): URL {
  if (!site) throw new Error('astro.config.mjs has no `site`: the data exports need it for absolute URLs');
  return site;
}
