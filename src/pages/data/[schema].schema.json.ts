/**
 * /data/companies.schema.json, /data/tactics.schema.json, /data/sources.schema.json:
 * the JSON Schema of each export, generated from the zod schemas at build time.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { exportJsonSchema } from '../../lib/exports/json-schema';
import { EXPORT_SCHEMAS, type ExportName } from '../../lib/exports/registry';
import { requireSite } from '../../lib/exports/version';

export const getStaticPaths = (() => Object.keys(EXPORT_SCHEMAS).map((schema) => ({ params: { schema } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const entry = EXPORT_SCHEMAS[params.schema as ExportName];
  const schema = exportJsonSchema(entry.schema, {
    id: new URL(entry.schemaPath, requireSite(site)).href,
    title: entry.title,
    description: entry.description,
  });
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};
