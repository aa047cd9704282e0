import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/**
 * Astro hands the content store to the pages as one module,
 * `export default JSON.parse("<the whole store as a string literal>")`.
 * At 10,000 companies that literal is about 60 MB, and a profile of the build
 * showed Node spending 104 s compiling that one module before the first page
 * rendered (V8 scans a string literal full of escaped quotes slowly, and more
 * than linearly: the 6 MB store at 1,000 companies took about a second). The
 * bundler also parsed and copied it.
 *
 * In a build this serves the same module as a few lines that read the store's
 * JSON file at run time: JSON.parse of the same 60 MB takes about 3 s. The
 * content is exactly what Astro would have inlined: the data-store.json that
 * content sync wrote to the cache folder, which nothing changes while pages
 * render. The dev server is left as Astro made it.
 */
export function dataStoreModuleIntegration(): AstroIntegration {
  return {
    name: 'beyond-no:data-store-module',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const storeFile = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'beyond-no:data-store-module',
                apply: 'build',
                load: {
                  // Ahead of Astro's own loader for this module, which would build the 60 MB literal first.
                  order: 'pre',
                  filter: { id: /^\0astro:data-layer-content$/ },
                  handler(id) {
                    if (id !== '\0astro:data-layer-content') return null;
                    return [
                      "import { existsSync, readFileSync } from 'node:fs';",
                      `const file = ${JSON.stringify(storeFile)};`,
                      // An empty collection set writes no store: Astro serves an empty Map then, and so do we.
                      'export default existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : new Map();',
                    ].join('\n');
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
