/** /data/contacts.csv: see src/lib/exports/contacts-csv.ts and the README's "Open data" section. */
import type { APIRoute } from 'astro';
import { loadCatalog } from '../../data/catalog';
import { contactsCsv } from '../../lib/exports/contacts-csv';
import { requireSite } from '../../lib/exports/version';

export const GET: APIRoute = async ({ site }) => {
  const catalog = await loadCatalog();
  const body = contactsCsv(catalog.companies, catalog.sources, requireSite(site));
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
