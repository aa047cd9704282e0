/** /data/bodies.json: see src/lib/exports/bodies.ts and the README's "Open data" section. */
import type { APIRoute } from 'astro';
import { loadCatalog } from '../../data/catalog';
import { bodiesDocument } from '../../lib/exports/bodies';
import { requireSite } from '../../lib/exports/version';

export const GET: APIRoute = async ({ site }) => {
  const catalog = await loadCatalog();
  const body = JSON.stringify(bodiesDocument(catalog.bodies, requireSite(site)), null, 2);
  return new Response(`${body}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
