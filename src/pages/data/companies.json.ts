/** /data/companies.json: see src/lib/exports/companies.ts and the README's "Open data" section. */
import type { APIRoute } from 'astro';
import { loadCatalog } from '../../data/catalog';
import { companiesDocument } from '../../lib/exports/companies';
import { requireSite } from '../../lib/exports/version';

export const GET: APIRoute = async ({ site }) => {
  const catalog = await loadCatalog();
  const body = JSON.stringify(companiesDocument(catalog.companies, requireSite(site)), null, 2);
  return new Response(`${body}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
