/**
 * /data/case/<language>.json: the little directory data the case builder needs
 * (each company's contacts by rung, the tactics' stages), with the labels and
 * titles in that language. Fetched by the case page's script from the site
 * itself, so the page's HTML stays small however many companies the
 * directory holds.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../../data/catalog';
import { LOCALES } from '../../../i18n/locales';
import { buildCaseDirectory } from '../../../lib/case/directory-data';

export const getStaticPaths = (() => LOCALES.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const catalog = await loadCatalog(params.lang);
  const directory = buildCaseDirectory(catalog.companies, catalog.tactics);
  return new Response(JSON.stringify(directory), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
