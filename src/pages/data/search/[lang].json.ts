/**
 * /data/search/<language>.json: what the browser's search reads once, in the
 * page's language: the everyday vocabulary and small words, which names files
 * exist, and the playbook's words for spelling correction (see src/lib/search/data.ts).
 * A vocabulary that names a missing tactic, or page words no page has, fails the build here.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { searchData, searchLanguages } from './_data';

export const getStaticPaths = (async () => (await searchLanguages()).map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await searchData(params.lang!)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
