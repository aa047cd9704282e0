import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Indexes the built site with Pagefind as the last step of `astro build`.
 * Any Pagefind error fails the build: a site whose search silently broke must not ship.
 */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'beyond-no:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await indexSite(dir, logger.fork('pagefind'));
      },
    },
  };
}

async function indexSite(dir: URL, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  try {
    const { index } = check(await pagefind.createIndex({}), logger);
    if (!index) throw new Error('Pagefind returned no index.');
    const { page_count } = check(await index.addDirectory({ path: fileURLToPath(dir) }), logger);
    if (!page_count) throw new Error('Pagefind found no pages to index.');
    check(await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) }), logger);
    logger.info(`Indexed ${page_count} pages in ${Math.round(performance.now() - started)} ms.`);
  } finally {
    await pagefind.close();
  }
}

function check<T extends { errors: string[] }>(response: T, logger: AstroIntegrationLogger): T {
  if (response.errors.length > 0) {
    for (const error of response.errors) logger.error(`Pagefind: ${error}`);
    throw new Error('Pagefind reported errors; the search index was not written.');
  }
  return response;
}
