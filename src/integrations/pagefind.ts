import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { partFromEnv, searchBundleDir, type Part } from '../data/parts';

/**
 * Indexes the built site with Pagefind as the last step of `astro build`.
 * Any Pagefind error fails the build: a site whose search silently broke must not ship.
 *
 * When the site is built in parts (BEYOND_NO_PART, src/data/parts.ts), part 1
 * indexes everything it built, into /pagefind/; every other part indexes only
 * its own company pages, into /pagefind-part-<k>/, for part 1's search to merge
 * (Pagefind's mergeIndex). Parts served from other origins than part 1 name
 * them in BEYOND_NO_SEARCH_ORIGINS: part 1 lets its pages fetch from them
 * (CSP connect-src) and the others let those origins read their index (CORS).
 */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'beyond-no:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const part = partFromEnv();
        await indexSite(dir, part, logger.fork('pagefind'));
        allowSearchOrigins(dir, part, searchOrigins());
      },
    },
  };
}

async function indexSite(dir: URL, part: Part | undefined, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const bundle = searchBundleDir(part);
  try {
    const { index } = check(await pagefind.createIndex({}), logger);
    if (!index) throw new Error('Pagefind returned no index.');
    // Only part 1 holds the shared pages in its index: each page is found once across the merged parts.
    // Its company pages in every language: /companies/, /he/companies/, /nb/companies/.
    const onlyCompanies = part && part.index > 1 ? { glob: '**/companies/*/index.html' } : {};
    const { page_count } = check(await index.addDirectory({ path: fileURLToPath(dir), ...onlyCompanies }), logger);
    if (!page_count) throw new Error('Pagefind found no pages to index.');
    check(await index.writeFiles({ outputPath: fileURLToPath(new URL(`./${bundle}/`, dir)) }), logger);
    const where = part ? ` into /${bundle}/ (part ${part.index} of ${part.count})` : '';
    logger.info(`Indexed ${page_count} pages${where} in ${Math.round(performance.now() - started)} ms.`);
  } finally {
    await pagefind.close();
  }
}

/** BEYOND_NO_SEARCH_ORIGINS: comma-separated origins ("https://part-2.example.org"). */
function searchOrigins(value = process.env.BEYOND_NO_SEARCH_ORIGINS): string[] {
  const origins = (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  for (const origin of origins) {
    if (new URL(origin).origin !== origin) throw new Error(`BEYOND_NO_SEARCH_ORIGINS: "${origin}" is not an origin (scheme://host[:port], no path).`);
  }
  return origins;
}

/**
 * Cross-origin search between parts, in the _headers file that static hosts
 * (and the test server) apply. Same-origin deploys (every part uploaded into
 * one bucket) need none of it.
 */
function allowSearchOrigins(dir: URL, part: Part | undefined, origins: string[]): void {
  if (!part || origins.length === 0) return;
  const file = fileURLToPath(new URL('./_headers', dir));
  if (!existsSync(file)) throw new Error('BEYOND_NO_SEARCH_ORIGINS is set but the build wrote no _headers file to add them to.');
  const headers = readFileSync(file, 'utf8');
  if (part.index === 1) {
    const next = headers.replace(/connect-src 'self'/, `connect-src 'self' ${origins.join(' ')}`);
    if (next === headers) throw new Error("_headers has no \"connect-src 'self'\" to widen for the other parts' search indexes.");
    writeFileSync(file, next);
  } else {
    // The header holds one origin or "*": the index is public data, so several origins simply get "*".
    const allow = origins.length === 1 ? origins[0] : '*';
    writeFileSync(file, `${headers.trimEnd()}\n\n/${searchBundleDir(part)}/*\n  Access-Control-Allow-Origin: ${allow}\n`);
  }
}

function check<T extends { errors: string[] }>(response: T, logger: AstroIntegrationLogger): T {
  if (response.errors.length > 0) {
    for (const error of response.errors) logger.error(`Pagefind: ${error}`);
    throw new Error('Pagefind reported errors; the search index was not written.');
  }
  return response;
}
