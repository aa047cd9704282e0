/**
 * /data/case/directory.json: the little directory data the case builder needs
 * (each company's contacts by rung, the tactics' stages). Fetched by the case
 * page's script from the site itself, so the page's HTML stays small however
 * many companies the directory holds.
 */
import type { APIRoute } from 'astro';
import { loadCatalog } from '../../../data/catalog';
import { buildCaseDirectory } from '../../../lib/case/directory-data';

export const GET: APIRoute = async () => {
  const catalog = await loadCatalog();
  const directory = buildCaseDirectory(catalog.companies, catalog.tactics);
  return new Response(JSON.stringify(directory), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
