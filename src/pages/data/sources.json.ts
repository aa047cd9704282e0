/** /data/sources.json: see src/lib/exports/sources.ts and the README's "Open data" section. */
import type { APIRoute } from 'astro';
import { loadCatalog } from '../../data/catalog';
import { sourcesDocument } from '../../lib/exports/sources';
import { requireSite } from '../../lib/exports/version';

export const GET: APIRoute = async ({ site }) => {
  const catalog = await loadCatalog();
  const body = JSON.stringify(sourcesDocument(catalog.sources.values(), requireSite(site)), null, 2);
  return new Response(`${body}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
